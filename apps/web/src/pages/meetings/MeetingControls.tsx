import { useMutation } from '@apollo/client/react';
import { subject } from '@casl/ability';
import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import type { MeetingStatus } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/use-t';
import { Can } from '../../session/ability';
import { ProblemAlert } from '../../ui/states';
import {
  AdjournMeetingMutation,
  CancelMeetingMutation,
  MeetingQuery,
  StartMeetingMutation,
} from './operations';

/** The chair (or the workgroup's lead) starts, adjourns or cancels the meeting. */
export function MeetingControls({
  meeting,
}: {
  meeting: { id: string; collaborativeId: string; workgroupId: string | null; status: MeetingStatus };
}) {
  const t = useT();
  const refetch = {
    refetchQueries: [{ query: MeetingQuery, variables: { id: meeting.id } }],
    awaitRefetchQueries: true,
  };
  const [start, starting] = useMutation(StartMeetingMutation, refetch);
  const [adjourn, adjourning] = useMutation(AdjournMeetingMutation, refetch);
  const [cancel, cancelling] = useMutation(CancelMeetingMutation, refetch);
  const [failure, setFailure] = useState<unknown>(null);
  const record = subject('Meeting', {
    collaborativeId: meeting.collaborativeId,
    workgroupId: meeting.workgroupId,
  });
  const run = async (action: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(error);
    }
  };
  const variables = { variables: { id: meeting.id } };
  if (meeting.status === 'ADJOURNED' || meeting.status === 'CANCELLED') return null;
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        {meeting.status === 'SCHEDULED' && (
          <Can I="open" this={record}>
            <Button loading={starting.loading} onClick={() => void run(() => start(variables))}>
              {t('governance.meeting.start')}
            </Button>
          </Can>
        )}
        {meeting.status === 'IN_PROGRESS' && (
          <Can I="close" this={record}>
            <Button
              color="dark"
              loading={adjourning.loading}
              onClick={() => void run(() => adjourn(variables))}
            >
              {t('governance.meeting.adjourn')}
            </Button>
          </Can>
        )}
        {meeting.status === 'SCHEDULED' && (
          <Can I="close" this={record}>
            <Button
              variant="subtle"
              color="red"
              loading={cancelling.loading}
              onClick={() => void run(() => cancel(variables))}
            >
              {t('governance.meeting.cancel')}
            </Button>
          </Can>
        )}
      </Group>
      {failure !== null && <ProblemAlert error={failure} />}
    </Stack>
  );
}
