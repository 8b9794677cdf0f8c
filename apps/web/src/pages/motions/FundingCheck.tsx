import { Alert, List, Text } from '@mantine/core';
import type { MotionQuery as MotionData } from '../../graphql/generated/graphql';
import { useFormat, useT } from '../../i18n/use-t';
import { fundingProblemSentence } from '../../ui/problem-message';

type Funding = NonNullable<MotionData['motion']['funding']>;
type Status = MotionData['motion']['status'];

/**
 * What the fund says about a FUNDING motion's grant: before and during the vote, whether it could
 * make the grant if the motion passed now (the checks the grant itself runs); after a pass, that
 * the grant could not be made. Figures come from the API, sentences from the catalogue.
 */
export function FundingCheck({ funding, status }: { funding: Funding; status: Status }) {
  const t = useT();
  const format = useFormat();
  const currency = funding.amount.currency;

  if (funding.grantStatus === 'NOT_MADE') {
    return (
      <Alert color="red" variant="light" role="alert" title={t('governance.fundingCheck.notMadeTitle')}>
        <Text size="sm">
          {t(
            funding.grantProblemReason === 'INSUFFICIENT_FUNDS'
              ? 'governance.fundingCheck.notMadeInsufficient'
              : 'governance.fundingCheck.notMadeOther',
          )}
        </Text>
        <Text size="sm">
          {t('governance.fundingCheck.notMadeWhen', {
            date: funding.grantRefusedAt ? format.date(funding.grantRefusedAt) : '',
          })}
        </Text>
      </Alert>
    );
  }
  if (status !== 'DRAFT' && status !== 'OPEN') return null;
  if (funding.problems.length === 0) {
    // A motion that names no streams leaves them to the fund administrator: nothing to check yet.
    if (funding.allocations.length === 0) return null;
    return (
      <Alert color="green" variant="light" role="status">
        {t('governance.fundingCheck.holds')}
      </Alert>
    );
  }
  return (
    <Alert color="yellow" variant="light" role="status" title={t('governance.fundingCheck.problemsTitle')}>
      <List size="sm" spacing={4}>
        {funding.problems.map((problem) => (
          <List.Item key={`${problem.reason}-${problem.fundingStreamId}`}>
            {fundingProblemSentence(problem, currency, t, format)}
          </List.Item>
        ))}
      </List>
      <Text size="sm" mt="xs">
        {t('governance.fundingCheck.problemsHint')}
      </Text>
    </Alert>
  );
}
