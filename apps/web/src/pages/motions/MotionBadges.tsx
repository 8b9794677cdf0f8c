import { Badge } from '@mantine/core';
import type { MotionOutcome, MotionStatus } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/use-t';

const STATUS_COLOR: Record<MotionStatus, string> = {
  DRAFT: 'gray',
  OPEN: 'blue',
  CLOSED: 'dark',
  WITHDRAWN: 'gray',
};
const OUTCOME_COLOR: Record<MotionOutcome, string> = { PASSED: 'green', FAILED: 'red', NO_QUORUM: 'orange' };

/** Where a motion stands; a closed one says how it ended (the tally decided, nobody typed it in). */
export function MotionStatusBadge({
  status,
  outcome,
}: {
  status: MotionStatus;
  outcome: MotionOutcome | null;
}) {
  const t = useT();
  if (status === 'CLOSED' && outcome) {
    return (
      <Badge color={OUTCOME_COLOR[outcome]} variant="light" tt="none" data-testid="motion-outcome">
        {t(`governance.outcome.${outcome}`)}
      </Badge>
    );
  }
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" tt="none" data-testid="motion-status">
      {t(`governance.motionStatus.${status}`)}
    </Badge>
  );
}
