import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, List, Stack, Table, Text, Textarea } from '@mantine/core';
import type { DisbursementHoldFigure } from '@braid/contracts';
import { useState } from 'react';
import type { MoneyValue } from '../../../i18n/format';
import { useFormat, useT } from '../../../i18n/use-t';
import { holdSentence } from '../../../ui/problem-message';
import { useSending } from '../../../forms/use-form-sending';
import { DialogFrame } from '../../../ui/DialogFrame';
import { BALANCE_QUERIES } from '../contributions/operations';
import { REASON_MAX_LENGTH } from '../ReasonDialog';
import { FundSummaryQuery } from '../operations';
import { AmountCell, AmountHeader, WideTable } from '../WideTable';
import { ReleaseDisbursementMutation, ReleasePreviewQuery } from './operations';
import { daysEarly, holdFigure, holdsOf, localToday, newIdempotencyKey, remainingAfter } from './release';

export interface TrancheToRelease {
  id: string;
  sequence: number;
  plannedOn: string;
  amount: MoneyValue;
}

/**
 * Confirms a release: what will be paid, to whom, when it was planned, and what each of the
 * grant's own streams will have left (the API's preview, planned as the release plans it). A hold
 * for a late report shows before anyone presses Release, with a box for the reason to release
 * anyway; what was typed there stays through any later refusal. Any other refusal is shown by
 * ProblemAlert. The idempotency key is made once per dialog, so trying again after a lost answer
 * cannot pay twice.
 */
export function ReleaseDialog({
  onClose,
  collaborativeId,
  tranche,
  recipient,
  grantRemaining,
}: {
  onClose: () => void;
  collaborativeId: string;
  tranche: TrancheToRelease;
  recipient: string;
  grantRemaining: MoneyValue;
}) {
  const t = useT();
  const format = useFormat();
  const [key] = useState(newIdempotencyKey);
  const [overrideReason, setOverrideReason] = useState('');
  const [overrideError, setOverrideError] = useState<string | null>(null);
  // Holds once known stay known: a later refusal of another kind must not take away the reason box.
  const [refusedFor, setRefusedFor] = useState<DisbursementHoldFigure[] | null>(null);
  const previewQuery = useQuery(ReleasePreviewQuery, {
    variables: { id: tranche.id },
    fetchPolicy: 'network-only',
  });
  const preview = previewQuery.data?.disbursement.releasePreview ?? null;
  const holds = refusedFor ?? (preview && preview.holds.length > 0 ? preview.holds.map(holdFigure) : null);
  const summary = useQuery(FundSummaryQuery, {
    variables: { collaborativeId },
    fetchPolicy: 'cache-and-network',
  });
  const [release] = useMutation(ReleaseDisbursementMutation, {
    refetchQueries: BALANCE_QUERIES,
    awaitRefetchQueries: true,
  });
  const fundCash =
    summary.data?.fundSummary.totals.find((totals) => totals.currency === tranche.amount.currency)
      ?.cashOnHand ?? null;
  const early = daysEarly(tranche.plannedOn, localToday());
  const shortfall = preview && preview.shortfall.cents !== '0' ? preview.shortfall : null;

  const {
    failure,
    saved: released,
    sending,
    run,
  } = useSending(async (override: boolean) => {
    try {
      await release({
        variables: {
          input: {
            disbursementId: tranche.id,
            idempotencyKey: key,
            ...(override ? { holdOverrideReason: overrideReason.trim() } : {}),
          },
        },
      });
    } catch (error) {
      const heldFor = holdsOf(error);
      if (heldFor) setRefusedFor(heldFor);
      throw error;
    }
  });
  // A refusal for holds shows as the holds and the reason box, not as an alert.
  const refusal = failure !== null && holdsOf(failure) === null ? failure : null;

  const confirm = (override: boolean) => {
    if (override && !overrideReason.trim()) {
      setOverrideError(t('funds.release.overrideRequired'));
      return;
    }
    setOverrideError(null);
    void run(override);
  };

  return (
    <DialogFrame
      title={t('funds.release.title', { n: tranche.sequence })}
      onClose={onClose}
      size="lg"
      testId="release-dialog"
      done={released ? t('funds.release.done') : null}
      doneDetail={
        fundCash && (
          <Text size="sm" data-testid="cash-after-release">
            {t('funds.release.cashNow', { cash: format.money(fundCash) })}
          </Text>
        )
      }
      failure={refusal}
      actions={
        <>
          <Button variant="default" onClick={onClose}>
            {t('funds.release.cancel')}
          </Button>
          {holds !== null ? (
            <Button onClick={() => confirm(true)} loading={sending} data-testid="override-release">
              {t('funds.release.override', { amount: format.money(tranche.amount) })}
            </Button>
          ) : (
            <Button onClick={() => confirm(false)} loading={sending} data-testid="confirm-release">
              {t('funds.release.confirm', { amount: format.money(tranche.amount) })}
            </Button>
          )}
        </>
      }
    >
      <Text>
        {t('funds.release.explain', {
          amount: format.money(tranche.amount),
          recipient,
          date: format.localDate(tranche.plannedOn),
        })}
      </Text>
      {early > 0 && (
        <Alert
          color="yellow"
          variant="light"
          role="note"
          title={t('funds.release.earlyTitle', { date: format.localDate(tranche.plannedOn) })}
          data-testid="release-early"
        >
          {t('funds.release.early', { date: format.localDate(tranche.plannedOn), days: early })}
        </Alert>
      )}
      <Stack gap="xs">
        {preview && preview.draws.length > 0 && (
          <WideTable label={t('funds.release.streamsTable')} minWidth={320} testId="release-preview">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('funds.release.stream')}</Table.Th>
                <AmountHeader>{t('funds.release.streamCashNow')}</AmountHeader>
                <AmountHeader>{t('funds.release.draw')}</AmountHeader>
                <AmountHeader>{t('funds.release.streamCashAfter')}</AmountHeader>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.draws.map((draw) => (
                <Table.Tr key={draw.fundingStream.id}>
                  <Table.Th scope="row" fw={400}>
                    {draw.fundingStream.name}
                  </Table.Th>
                  <AmountCell>{format.money(draw.cashNow)}</AmountCell>
                  <AmountCell>{format.money(draw.draw)}</AmountCell>
                  <AmountCell>{format.money(draw.cashAfter)}</AmountCell>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </WideTable>
        )}
        {previewQuery.loading && !preview && (
          <Text size="sm" role="status">
            {t('funds.release.previewLoading')}
          </Text>
        )}
        <Text size="sm" data-testid="grant-remaining">
          {t('funds.release.remaining', {
            now: format.money(grantRemaining),
            after: format.money(remainingAfter(grantRemaining, tranche.amount)),
          })}
        </Text>
      </Stack>
      {shortfall && (
        <Alert color="yellow" variant="light" role="note" title={t('funds.release.shortTitle')}>
          {t('funds.release.shortBy', { amount: format.money(shortfall) })}
        </Alert>
      )}
      {holds !== null && (
        <Alert color="orange" variant="light" role="alert" title={t('funds.release.heldTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('funds.release.heldExplain')}</Text>
            {holds.length > 0 && (
              <List size="sm" data-testid="release-holds">
                {holds.map((hold) => {
                  const sentence = holdSentence(hold, t, format);
                  return <List.Item key={sentence}>{sentence}</List.Item>;
                })}
              </List>
            )}
          </Stack>
        </Alert>
      )}
      {holds !== null && (
        <Textarea
          label={t('funds.release.overrideLabel')}
          description={t('funds.release.overrideHint')}
          value={overrideReason}
          onChange={(event) => setOverrideReason(event.currentTarget.value)}
          error={overrideError}
          maxLength={REASON_MAX_LENGTH}
          rows={3}
          data-testid="hold-override-reason"
        />
      )}
    </DialogFrame>
  );
}
