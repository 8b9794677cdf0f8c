import { subject } from '@casl/ability';
import { Anchor, Badge, Group, Paper, Stack } from '@mantine/core';
import { Link } from 'react-router';
import type { MeetingQuery as MeetingData } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/use-t';
import { Can } from '../../session/ability';
import { EmptyState } from '../../ui/states';
import { MotionStatusBadge } from '../motions/MotionBadges';
import { MotionControls } from '../motions/MotionControls';
import { MoveMotion } from './MoveMotion';

type Meeting = MeetingData['meeting'];

/** The motions of a leadership team meeting; the chair opens and closes each vote from here. */
export function MeetingMotions({
  meeting,
  recipients,
  onChanged,
}: {
  meeting: Meeting;
  recipients: readonly { id: string; name: string }[];
  onChanged: () => void;
}) {
  const t = useT();
  const base = `/collaboratives/${meeting.collaborativeId}`;
  return (
    <Stack gap="sm">
      {meeting.motions.length === 0 ? (
        <EmptyState>{t('governance.meeting.noMotions')}</EmptyState>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {meeting.motions.map((motion) => (
            <Paper key={motion.id} withBorder p="sm" radius="md" component="li">
              <Stack gap={6}>
                <Anchor component={Link} to={`${base}/motions/${motion.id}`} fw={600}>
                  {motion.title}
                </Anchor>
                <Group gap="xs" wrap="wrap">
                  <MotionStatusBadge status={motion.status} outcome={motion.outcome} />
                  <Badge variant="outline" color="gray" tt="none">
                    {t(`governance.motionKind.${motion.kind}`)}
                  </Badge>
                </Group>
                <MotionControls
                  motion={{ ...motion, collaborativeId: meeting.collaborativeId }}
                  onChanged={onChanged}
                />
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
      {(meeting.status === 'SCHEDULED' || meeting.status === 'IN_PROGRESS') && (
        <Can I="create" this={subject('Motion', { collaborativeId: meeting.collaborativeId })}>
          <MoveMotion
            meetingId={meeting.id}
            collaborativeId={meeting.collaborativeId}
            recipients={recipients}
          />
        </Can>
      )}
    </Stack>
  );
}
