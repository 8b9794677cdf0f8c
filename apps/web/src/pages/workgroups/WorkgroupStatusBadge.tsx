import { Badge } from '@mantine/core';
import type { ActionItemStatus, WorkgroupStatus } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/use-t';

const WORKGROUP_COLOR: Record<WorkgroupStatus, string> = {
  ACTIVE: 'green',
  PAUSED: 'orange',
  CLOSED: 'gray',
};
const ITEM_COLOR: Record<ActionItemStatus, string> = {
  OPEN: 'blue',
  IN_PROGRESS: 'teal',
  BLOCKED: 'red',
  DONE: 'gray',
};

export function WorkgroupStatusBadge({ status }: { status: WorkgroupStatus }) {
  const t = useT();
  return (
    <Badge color={WORKGROUP_COLOR[status]} variant="light" tt="none">
      {t(`governance.workgroupStatus.${status}`)}
    </Badge>
  );
}

export function ActionItemStatusBadge({ status }: { status: ActionItemStatus }) {
  const t = useT();
  return (
    <Badge color={ITEM_COLOR[status]} variant="light" tt="none" data-testid="action-item-status">
      {t(`governance.actionStatus.${status}`)}
    </Badge>
  );
}
