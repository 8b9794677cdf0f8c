import { Anchor, Badge, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { MotionKind, MotionOutcome, MotionStatus } from '../../graphql/generated/graphql';
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

/**
 * A motion in a list (a meeting's motions, the decisions page): its title linking to its page,
 * where it stands and what kind it is; `children` adds to the badges' row (e.g. when it was decided).
 */
export function MotionHeading({
  motion,
  collaborativeId,
  children,
}: {
  motion: {
    id: string;
    title: string;
    status: MotionStatus;
    outcome: MotionOutcome | null;
    kind: MotionKind;
  };
  collaborativeId: string;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <>
      <Anchor component={Link} to={`/collaboratives/${collaborativeId}/motions/${motion.id}`} fw={600}>
        {motion.title}
      </Anchor>
      <Group gap="xs" wrap="wrap">
        <MotionStatusBadge status={motion.status} outcome={motion.outcome} />
        <Badge variant="outline" color="gray" tt="none">
          {t(`governance.motionKind.${motion.kind}`)}
        </Badge>
        {children}
      </Group>
    </>
  );
}
