import { useMutation } from '@apollo/client/react';
import type { ContributionStatus } from '../../../graphql/generated/graphql';
import type { MoneyValue } from '../../../i18n/format';
import { useFormat, useT } from '../../../i18n/use-t';
import { ReasonDialog } from '../ReasonDialog';
import type { Stream } from './ContributionsPage';
import { BALANCE_QUERIES, WriteOffContributionMutation } from './operations';

type Contribution = Stream['contributions'][number];

/**
 * The lifecycle's moves to WRITTEN_OFF (libs/funds contribution-lifecycle.ts): a pledge still
 * waiting for some or all of its money. A received or written-off one has nothing left to write off.
 */
const WRITABLE_OFF: readonly ContributionStatus[] = ['PLEDGED', 'PARTIALLY_RECEIVED'];

export function canWriteOff(contribution: { status: ContributionStatus; outstanding: MoneyValue }): boolean {
  return WRITABLE_OFF.includes(contribution.status) && BigInt(contribution.outstanding.cents) > 0n;
}

/**
 * The funds service refuses a write-off larger than what the stream has not committed to grants
 * (grants awarded against the pledge would be promised money that never comes): the same check,
 * on the figures the page has read.
 */
export function leavesGrantsUncovered(outstanding: MoneyValue, availableToCommit: MoneyValue): boolean {
  return BigInt(outstanding.cents) > BigInt(availableToCommit.cents);
}

/**
 * Records that the rest of a pledge will not arrive: the amount still expected stops counting as
 * pledged and as available to commit. Needs a reason, kept in the ledger and the audit log.
 */
export function WriteOffDialog({
  contribution,
  stream,
  onClose,
}: {
  contribution: Contribution;
  stream: Stream;
  onClose: () => void;
}) {
  const t = useT();
  const format = useFormat();
  const [writeOff, { loading }] = useMutation(WriteOffContributionMutation, {
    refetchQueries: BALANCE_QUERIES,
    awaitRefetchQueries: true,
  });
  const values = {
    amount: format.money(contribution.outstanding),
    date: format.localDate(contribution.pledgedOn),
    funder: stream.funder?.name ?? '—',
    stream: stream.name,
    available: format.money(stream.totals.availableToCommit),
  };
  return (
    <ReasonDialog
      onClose={onClose}
      messages="funds.writeOff"
      values={values}
      testId="write-off-dialog"
      loading={loading}
      refusal={
        leavesGrantsUncovered(contribution.outstanding, stream.totals.availableToCommit)
          ? t('funds.writeOff.committed', values)
          : null
      }
      submit={(reason) => writeOff({ variables: { input: { contributionId: contribution.id, reason } } })}
    />
  );
}
