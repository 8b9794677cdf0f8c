import { Badge } from '@mantine/core';
import type { MeetingStatus } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/use-t';

const COLOR: Record<MeetingStatus, string> = {
  SCHEDULED: 'blue',
  IN_PROGRESS: 'green',
  ADJOURNED: 'gray',
  CANCELLED: 'orange',
};

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const t = useT();
  return (
    <Badge color={COLOR[status]} variant="light" tt="none" data-testid="meeting-status">
      {t(`governance.meetingStatus.${status}`)}
    </Badge>
  );
}
