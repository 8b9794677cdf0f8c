import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useT, type MessageValues } from '../../../i18n/use-t';
import { ProblemAlert } from '../../../ui/states';

/** The API keeps a reason of at most this many characters (the reason fields of libs/funds' inputs). */
export const REASON_MAX_LENGTH = 1000;

/** The frame the fund's dialogs share: the form until it succeeds, then what happened and a way out. */
export function ConfirmationDialog({
  title,
  testId,
  onClose,
  done,
  failure,
  actions,
  children,
}: {
  title: string;
  testId: string;
  onClose: () => void;
  done: string | null;
  failure: unknown;
  actions: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('funds.release.close') }}
    >
      <Stack gap="md" data-testid={testId}>
        {done ? (
          <Alert color="green" variant="light" role="status" title={done} />
        ) : (
          <>
            {children}
            {failure !== null && <ProblemAlert error={failure} />}
          </>
        )}
        <Group justify="flex-end" gap="sm">
          {done ? <Button onClick={onClose}>{t('funds.release.close')}</Button> : actions}
        </Group>
      </Stack>
    </Modal>
  );
}

/** A dialog's buttons for the form inside it: close, and send the form (named by its id). */
export function FormDialogActions({
  formId,
  submitLabel,
  loading,
  onClose,
}: {
  formId: string;
  submitLabel: string;
  loading: boolean;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <>
      <Button variant="default" onClick={onClose}>
        {t('funds.release.close')}
      </Button>
      <Button type="submit" form={formId} loading={loading}>
        {submitLabel}
      </Button>
    </>
  );
}

/** The dialogs whose messages follow the reason dialog's pattern (title, explain, reasonLabel…). */
export type ReasonMessages = 'funds.cancelTranche' | 'funds.reverseRelease' | 'funds.writeOff';

/**
 * A move of money that needs a reason, which the API keeps with it and in the audit log. Every
 * message of the `messages` family gets the same `values` (the amount formatted, and what else
 * the sentences name).
 */
export function ReasonDialog({
  onClose,
  messages,
  values,
  testId,
  loading,
  submit,
  refusal = null,
}: {
  onClose: () => void;
  messages: ReasonMessages;
  values: MessageValues;
  testId: string;
  loading: boolean;
  submit: (reason: string) => Promise<unknown>;
  /** Why the API would refuse as things stand, known before sending: shown instead of the form. */
  refusal?: string | null;
}) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  const confirm = async () => {
    const trimmed = reason.trim();
    if (!trimmed) {
      setReasonError(t(`${messages}.reasonRequired`));
      return;
    }
    setReasonError(null);
    setFailure(null);
    try {
      await submit(trimmed);
      setDone(true);
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <ConfirmationDialog
      title={t(`${messages}.title`, values)}
      testId={testId}
      onClose={onClose}
      done={done ? t(`${messages}.done`, values) : null}
      failure={failure}
      actions={
        <>
          <Button variant="default" onClick={onClose}>
            {t(`${messages}.keep`)}
          </Button>
          {refusal === null && (
            <Button
              color="red"
              onClick={() => void confirm()}
              loading={loading}
              data-testid="confirm-with-reason"
            >
              {t(`${messages}.confirm`, values)}
            </Button>
          )}
        </>
      }
    >
      <Text>{t(`${messages}.explain`, values)}</Text>
      {refusal !== null ? (
        <Alert color="orange" variant="light" role="alert">
          {refusal}
        </Alert>
      ) : (
        <Textarea
          label={t(`${messages}.reasonLabel`)}
          description={t(`${messages}.reasonHint`)}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={reasonError}
          required
          maxLength={REASON_MAX_LENGTH}
          rows={3}
          data-autofocus
          data-testid="reason"
        />
      )}
    </ConfirmationDialog>
  );
}
