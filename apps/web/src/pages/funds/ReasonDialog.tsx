import { Alert, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useT, type MessageValues } from '../../i18n/use-t';
import { FormDialog } from '../../ui/FormDialog';

/** The API keeps a reason of at most this many characters (the reason fields of libs/funds' inputs). */
export const REASON_MAX_LENGTH = 1000;

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
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { reason: '' },
    validate: { reason: (reason) => (reason.trim() ? null : t(`${messages}.reasonRequired`)) },
  });

  return (
    <FormDialog
      title={t(`${messages}.title`, values)}
      testId={testId}
      submitLabel={t(`${messages}.confirm`, values)}
      cancelLabel={t(`${messages}.keep`)}
      loading={loading}
      danger
      form={form}
      fields={['reason']}
      send={
        refusal === null
          ? async ({ reason }) => {
              await submit(reason.trim());
              return t(`${messages}.done`, values);
            }
          : undefined
      }
      onClose={onClose}
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
          required
          maxLength={REASON_MAX_LENGTH}
          rows={3}
          data-autofocus
          data-testid="reason"
          key={form.key('reason')}
          {...form.getInputProps('reason')}
        />
      )}
    </FormDialog>
  );
}
