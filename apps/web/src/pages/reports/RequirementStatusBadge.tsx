import { Badge } from '@mantine/core';
import type { RequirementStatus } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/use-t';

const COLOR: Record<RequirementStatus, string> = {
  UPCOMING: 'gray',
  DUE: 'blue',
  LATE: 'red',
  UNDER_REVIEW: 'violet',
  CHANGES_REQUESTED: 'orange',
  ACCEPTED: 'teal',
};

/** Where a report stands; the words carry the meaning, the colour only helps. */
export function RequirementStatusBadge({ status }: { status: RequirementStatus }) {
  const t = useT();
  return (
    <Badge color={COLOR[status]} variant="light" tt="none">
      {t(`reports.requirementStatus.${status}`)}
    </Badge>
  );
}
