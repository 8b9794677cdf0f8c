import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { MoneyValue } from '../../../i18n/format';
import { useFormat, useT } from '../../../i18n/use-t';
import { ProblemAlert } from '../../../ui/states';
import { BALANCE_QUERIES } from '../contributions/operations';
import {
  CancelDisbursementMutation,
  MarkDisbursementPaidMutation,
  ReverseReleaseMutation,
} from './operations';

export interface TrancheToSettle {
  id: string;
  sequence: number;
  plannedOn: string;
  amount: MoneyValue;
  /** The ledger transaction of its current release, for a reversal. */
  releaseTransactionId?: string | null;
}

interface DialogProps {
  onClose: () => void;
  tranche: TrancheToSettle;
  recipient: string;
}

/** Records that a released tranche reached the partner, with the cheque or transfer number. */
export function MarkPaidDialog({ onClose, tranche, recipient }: DialogProps) {
  const t = useT();
  const format = useFormat();
  const [reference, setReference] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const [markPaid, { loading }] = useMutation(MarkDisbursementPaidMutation, {
    refetchQueries: ['GrantDetail'],
    awaitRefetchQueries: true,
  });

  const confirm = async () => {
    setFailure(null);
    try {
      const paymentReference = reference.trim();
      await markPaid({
        variables: { input: { disbursementId: tranche.id, paymentReference: paymentReference || null } },
      });
      setDone(true);
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <TrancheDialog
      title={t('funds.markPaid.title', { n: tranche.sequence })}
      testId="mark-paid-dialog"
      onClose={onClose}
      done={done ? t('funds.markPaid.done', { n: tranche.sequence }) : null}
      failure={failure}
      actions={
        <>
          <Button variant="default" onClick={onClose}>
            {t('funds.release.close')}
          </Button>
          <Button onClick={() => void confirm()} loading={loading} data-testid="confirm-mark-paid">
            {t('funds.markPaid.confirm')}
          </Button>
        </>
      }
    >
      <Text>{t('funds.markPaid.explain', { amount: format.money(tranche.amount), recipient })}</Text>
      <TextInput
        label={t('funds.markPaid.referenceLabel')}
        description={t('funds.markPaid.referenceHint')}
        value={reference}
        onChange={(event) => setReference(event.currentTarget.value)}
        maxLength={200}
        data-autofocus
        data-testid="payment-reference"
      />
    </TrancheDialog>
  );
}

/**
 * Cancels a scheduled tranche: its money stops being committed to the grant and returns to the
 * streams' money available to commit, so the fund's figures move too.
 */
export function CancelTrancheDialog(props: DialogProps) {
  const [cancel, { loading }] = useMutation(CancelDisbursementMutation, {
    refetchQueries: BALANCE_QUERIES,
    awaitRefetchQueries: true,
  });
  return (
    <ReasonDialog
      {...props}
      messages="funds.cancelTranche"
      testId="cancel-tranche-dialog"
      loading={loading}
      submit={(reason) => cancel({ variables: { input: { disbursementId: props.tranche.id, reason } } })}
    />
  );
}

/**
 * Reverses a release recorded in error: the API posts the reversing entry and schedules the
 * tranche again. Only a released tranche has a release to reverse.
 */
export function ReverseReleaseDialog(props: DialogProps & { releaseTransactionId: string }) {
  const [reverse, { loading }] = useMutation(ReverseReleaseMutation, {
    refetchQueries: BALANCE_QUERIES,
    awaitRefetchQueries: true,
  });
  return (
    <ReasonDialog
      {...props}
      messages="funds.reverseRelease"
      testId="reverse-release-dialog"
      loading={loading}
      submit={(reason) =>
        reverse({ variables: { input: { ledgerTransactionId: props.releaseTransactionId, reason } } })
      }
    />
  );
}

/** A move of money that needs a reason, which the API keeps with it and in the audit log. */
function ReasonDialog({
  onClose,
  tranche,
  recipient,
  messages,
  testId,
  loading,
  submit,
}: DialogProps & {
  messages: 'funds.cancelTranche' | 'funds.reverseRelease';
  testId: string;
  loading: boolean;
  submit: (reason: string) => Promise<unknown>;
}) {
  const t = useT();
  const format = useFormat();
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
    <TrancheDialog
      title={t(`${messages}.title`, { n: tranche.sequence })}
      testId={testId}
      onClose={onClose}
      done={done ? t(`${messages}.done`, { n: tranche.sequence }) : null}
      failure={failure}
      actions={
        <>
          <Button variant="default" onClick={onClose}>
            {t(`${messages}.keep`)}
          </Button>
          <Button
            color="red"
            onClick={() => void confirm()}
            loading={loading}
            data-testid="confirm-with-reason"
          >
            {t(`${messages}.confirm`, { amount: format.money(tranche.amount) })}
          </Button>
        </>
      }
    >
      <Text>
        {t(`${messages}.explain`, {
          amount: format.money(tranche.amount),
          recipient,
          date: format.localDate(tranche.plannedOn),
        })}
      </Text>
      <Textarea
        label={t(`${messages}.reasonLabel`)}
        description={t(`${messages}.reasonHint`)}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={reasonError}
        required
        maxLength={1000}
        rows={3}
        data-autofocus
        data-testid="reason"
      />
    </TrancheDialog>
  );
}

/** The frame the dialogs share: the form until it succeeds, then what happened and a way out. */
function TrancheDialog({
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
