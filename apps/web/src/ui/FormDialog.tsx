import { Button, Group, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { type ReactNode, useState } from 'react';
import { showServerFieldErrors } from '../forms/server-field-errors';
import { problemOf } from '../graphql/problem';
import { useT } from '../i18n/use-t';
import { DialogModal } from './DialogModal';
import { ProblemAlert } from './states';

/**
 * A small form in a dialog (a member's roles, a seat, an organization): its fields, the API's
 * refusal under them, and the choice to save or leave it as it was. The form's rules run before
 * `send`; when the API refuses, its messages about `fields` go beside those inputs and the refusal
 * stays in the dialog. `send` closes the dialog itself once saved.
 */
export function FormDialog<Values extends object>({
  title,
  submitLabel,
  cancelLabel,
  loading,
  form,
  fields,
  send,
  onClose,
  children,
}: {
  title: string;
  submitLabel: string;
  cancelLabel: string;
  loading: boolean;
  form: UseFormReturnType<Values>;
  fields: readonly (keyof Values & string)[];
  send: (values: Values) => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}) {
  const t = useT();
  const { failure, onSubmit } = useFormSending(form, fields, send);

  return (
    <DialogModal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('confirm.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {children}
          {failure !== null && <ProblemAlert error={failure} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {cancelLabel}
            </Button>
            <Button type="submit" loading={loading}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </DialogModal>
  );
}

/**
 * Sends a form once its rules pass: `failure` is the API's last refusal (its messages about
 * `fields` also go beside those inputs), `saved` whether the last send went through.
 */
export function useFormSending<Values extends object>(
  form: UseFormReturnType<Values>,
  fields: readonly (keyof Values & string)[],
  send: (values: Values) => Promise<void>,
) {
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const onSubmit = form.onSubmit(async (values) => {
    setFailure(null);
    setSaved(false);
    try {
      await send(values);
      setSaved(true);
    } catch (error) {
      showServerFieldErrors(form, problemOf(error), fields);
      setFailure(error);
    }
  });
  return { failure, saved, onSubmit };
}
