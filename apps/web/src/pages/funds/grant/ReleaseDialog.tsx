import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, List, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { MoneyValue } from '../../../i18n/format';
import { useFormat, useT } from '../../../i18n/use-t';
import { holdSentence } from '../../../ui/problem-message';
import { ProblemAlert } from '../../../ui/states';
import { BALANCE_QUERIES } from '../contributions/operations';
import { FundSummaryQuery } from '../operations';
import { ReleaseDisbursementMutation } from './operations';
import { holdsOf, newIdempotencyKey, previewRelease } from './release';

export interface TrancheToRelease {
  id: string;
  sequence: number;
  plannedOn: string;
  amount: MoneyValue;
}

/**
 * Confirms a release: what will be paid, to whom, and what the fund and the grant will have left.
 * A refusal (not enough cash, a hold for a missing report, another release first) is shown in the
 * API's own words. The idempotency key is made once per dialog, so trying again after a lost
 * answer cannot pay twice. A tranche held for a late report names the report; whoever may release
 * it can release it anyway with a reason, which the API records and audits.
 */
export function ReleaseDialog({
  opened,
  onClose,
  collaborativeId,
  tranche,
  recipient,
  grantRemaining,
  streamCash,
}: {
  opened: boolean;
  onClose: () => void;
  collaborativeId: string;
  tranche: TrancheToRelease;
  recipient: string;
  grantRemaining: MoneyValue;
  streamCash: readonly (MoneyValue | null)[];
}) {
  const t = useT();
  const format = useFormat();
  const [key] = useState(newIdempotencyKey);
  const [failure, setFailure] = useState<unknown>(null);
  const [released, setReleased] = useState(false);
  const [overrideReason, setOverrideReason] = useState('');
  const [overrideError, setOverrideError] = useState<string | null>(null);
  const holds = failure === null ? null : holdsOf(failure);
  const summary = useQuery(FundSummaryQuery, {
    variables: { collaborativeId },
    fetchPolicy: 'cache-and-network',
  });
  const [release, { loading }] = useMutation(ReleaseDisbursementMutation, {
    refetchQueries: BALANCE_QUERIES,
    awaitRefetchQueries: true,
  });
  const fundCash =
    summary.data?.fundSummary.totals.find((totals) => totals.currency === tranche.amount.currency)
      ?.cashOnHand ?? null;
  // After the release the summary has been read again: "now" is then the API's own figure.
  const current = previewRelease({ amount: tranche.amount, fundCash, grantRemaining, streamCash });

  const confirm = async (override: boolean) => {
    const reason = overrideReason.trim();
    if (override && !reason) {
      setOverrideError(t('funds.release.overrideRequired'));
      return;
    }
    setOverrideError(null);
    setFailure(null);
    try {
      await release({
        variables: {
          input: {
            disbursementId: tranche.id,
            idempotencyKey: key,
            ...(override ? { holdOverrideReason: reason } : {}),
          },
        },
      });
      setReleased(true);
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('funds.release.title', { n: tranche.sequence })}
      closeButtonProps={{ 'aria-label': t('funds.release.close') }}
      size="lg"
    >
      <Stack gap="md" data-testid="release-dialog">
        {released ? (
          <Alert color="green" variant="light" role="status" title={t('funds.release.done')}>
            {fundCash && (
              <Text size="sm" data-testid="cash-after-release">
                {t('funds.release.cashNow', { cash: format.money(fundCash) })}
              </Text>
            )}
          </Alert>
        ) : (
          <Text>
            {t('funds.release.explain', {
              amount: format.money(tranche.amount),
              recipient,
              date: format.localDate(tranche.plannedOn),
            })}
          </Text>
        )}
        {!released && (
          <Table withTableBorder verticalSpacing="xs" data-testid="release-preview">
            <Table.Thead>
              <Table.Tr>
                <Table.Td />
                <Table.Th scope="col" ta="right">
                  {t('funds.release.now')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('funds.release.after')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row">{t('funds.figure.cashOnHand')}</Table.Th>
                <Table.Td ta="right">{fundCash ? format.money(fundCash) : '—'}</Table.Td>
                <Table.Td ta="right" data-testid="fund-cash-after">
                  {current.fundCashAfter ? format.money(current.fundCashAfter) : '—'}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t('funds.figure.remaining')}</Table.Th>
                <Table.Td ta="right">{format.money(grantRemaining)}</Table.Td>
                <Table.Td ta="right">{format.money(current.grantRemainingAfter)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}
        {!released && current.streamsCover === false && (
          <Alert color="yellow" variant="light" role="note" title={t('funds.release.shortTitle')}>
            {t('funds.release.short')}
          </Alert>
        )}
        {holds !== null ? (
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
        ) : (
          failure !== null && <ProblemAlert error={failure} />
        )}
        {holds !== null && (
          <Textarea
            label={t('funds.release.overrideLabel')}
            description={t('funds.release.overrideHint')}
            value={overrideReason}
            onChange={(event) => setOverrideReason(event.currentTarget.value)}
            error={overrideError}
            maxLength={1000}
            rows={3}
            data-testid="hold-override-reason"
          />
        )}
        <Group justify="flex-end" gap="sm">
          {released ? (
            <Button onClick={onClose}>{t('funds.release.close')}</Button>
          ) : (
            <>
              <Button variant="default" onClick={onClose}>
                {t('funds.release.cancel')}
              </Button>
              {holds !== null ? (
                <Button onClick={() => void confirm(true)} loading={loading} data-testid="override-release">
                  {t('funds.release.override', { amount: format.money(tranche.amount) })}
                </Button>
              ) : (
                <Button onClick={() => void confirm(false)} loading={loading} data-testid="confirm-release">
                  {t('funds.release.confirm', { amount: format.money(tranche.amount) })}
                </Button>
              )}
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
