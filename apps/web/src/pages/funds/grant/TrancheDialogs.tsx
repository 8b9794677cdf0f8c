import { useMutation } from '@apollo/client/react';
import { Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { MoneyValue } from '../../../i18n/format';
import { useFormat, useT } from '../../../i18n/use-t';
import { BALANCE_QUERIES } from '../contributions/operations';
import {
  CancelDisbursementMutation,
  MarkDisbursementPaidMutation,
  ReverseReleaseMutation,
} from './operations';
import { FormDialog } from '../../../ui/FormDialog';
import { ReasonDialog } from '../ReasonDialog';

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
  const form = useForm({ mode: 'uncontrolled', initialValues: { paymentReference: '' } });
  const [markPaid, { loading }] = useMutation(MarkDisbursementPaidMutation, {
    refetchQueries: ['GrantDetail'],
    awaitRefetchQueries: true,
  });

  return (
    <FormDialog
      title={t('funds.markPaid.title', { n: tranche.sequence })}
      testId="mark-paid-dialog"
      submitLabel={t('funds.markPaid.confirm')}
      cancelLabel={t('funds.release.close')}
      loading={loading}
      form={form}
      fields={['paymentReference']}
      send={async (values) => {
        const paymentReference = values.paymentReference.trim();
        await markPaid({
          variables: { input: { disbursementId: tranche.id, paymentReference: paymentReference || null } },
        });
        return t('funds.markPaid.done', { n: tranche.sequence });
      }}
      onClose={onClose}
    >
      <Text>{t('funds.markPaid.explain', { amount: format.money(tranche.amount), recipient })}</Text>
      <TextInput
        label={t('funds.markPaid.referenceLabel')}
        description={t('funds.markPaid.referenceHint')}
        maxLength={200}
        data-autofocus
        data-testid="payment-reference"
        key={form.key('paymentReference')}
        {...form.getInputProps('paymentReference')}
      />
    </FormDialog>
  );
}

/**
 * Cancels a scheduled tranche: its money stops being committed to the grant and returns to the
 * streams' money available to commit, so the fund's figures move too.
 */
export function CancelTrancheDialog(props: DialogProps) {
  const values = useTrancheValues(props);
  const [cancel, { loading }] = useMutation(CancelDisbursementMutation, {
    refetchQueries: BALANCE_QUERIES,
    awaitRefetchQueries: true,
  });
  return (
    <ReasonDialog
      onClose={props.onClose}
      values={values}
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
  const values = useTrancheValues(props);
  const [reverse, { loading }] = useMutation(ReverseReleaseMutation, {
    refetchQueries: BALANCE_QUERIES,
    awaitRefetchQueries: true,
  });
  return (
    <ReasonDialog
      onClose={props.onClose}
      values={values}
      messages="funds.reverseRelease"
      testId="reverse-release-dialog"
      loading={loading}
      submit={(reason) =>
        reverse({ variables: { input: { ledgerTransactionId: props.releaseTransactionId, reason } } })
      }
    />
  );
}

/** What the sentences of a tranche's dialogs name: its number, amount, partner and planned date. */
function useTrancheValues({ tranche, recipient }: DialogProps) {
  const format = useFormat();
  return {
    n: tranche.sequence,
    amount: format.money(tranche.amount),
    recipient,
    date: format.localDate(tranche.plannedOn),
  };
}
