import { subject } from '@casl/ability';
import { Paper, Stack } from '@mantine/core';
import type { MeetingQuery as MeetingData } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/use-t';
import { Can } from '../../session/ability';
import { EmptyState } from '../../ui/states';
import { MotionHeading } from '../motions/MotionBadges';
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
  return (
    <Stack gap="sm">
      {meeting.motions.length === 0 ? (
        <EmptyState>{t('governance.meeting.noMotions')}</EmptyState>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {meeting.motions.map((motion) => (
            <Paper key={motion.id} withBorder p="sm" radius="md" component="li">
              <Stack gap={6}>
                <MotionHeading motion={motion} collaborativeId={meeting.collaborativeId} />
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
