import { Button, type ModalProps, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { type ReactNode, useId } from 'react';
import { useFormSending } from '../forms/use-form-sending';
import { DialogFrame } from './DialogFrame';

/**
 * A small form in a dialog (a member's roles, a seat, a tranche's payment reference): its fields,
 * the API's refusal under them, and the choice to save or leave it as it was. The form's rules run
 * before `send`; when the API refuses, its messages about `fields` go beside those inputs and the
 * refusal stays in the dialog. `send` either closes the dialog itself once saved, or resolves to a
 * sentence saying what happened, which the dialog then shows with a way out. Without `send` the
 * dialog only explains why nothing can be sent, with no button that would send it.
 */
export function FormDialog<Values extends object>({
  title,
  submitLabel,
  cancelLabel,
  loading = false,
  danger = false,
  size,
  testId,
  form,
  fields,
  send,
  onClose,
  children,
  after,
}: {
  title: string;
  submitLabel: string;
  cancelLabel: string;
  loading?: boolean;
  /** The action moves money or cannot be taken back: its button is red. */
  danger?: boolean;
  size?: ModalProps['size'];
  testId?: string;
  form: UseFormReturnType<Values>;
  fields: readonly (keyof Values & string)[];
  send?: (values: Values) => Promise<string | void>;
  onClose: () => void;
  children: ReactNode;
  /** Below the form and outside it: a form of its own (a new catalogue entry) cannot nest in it. */
  after?: ReactNode;
}) {
  const formId = useId();
  const { failure, done, sending, onSubmit } = useFormSending(
    form,
    fields,
    send ?? (() => Promise.resolve()),
  );

  return (
    <DialogFrame
      title={title}
      onClose={onClose}
      size={size}
      testId={testId}
      done={typeof done === 'string' ? done : null}
      failure={failure}
      actions={
        <>
          <Button variant="default" onClick={onClose}>
            {cancelLabel}
          </Button>
          {send && (
            <Button
              type="submit"
              form={formId}
              color={danger ? 'red' : undefined}
              loading={loading || sending}
            >
              {submitLabel}
            </Button>
          )}
        </>
      }
    >
      <form id={formId} onSubmit={onSubmit} noValidate>
        <Stack gap="md">{children}</Stack>
      </form>
      {after}
    </DialogFrame>
  );
}
