import { useMutation } from '@apollo/client/react';
import { subject } from '@casl/ability';
import { NativeSelect, Paper, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useFormSending } from '../../forms/use-form-sending';
import { useFormRules } from '../../forms/use-form-rules';
import type { MeetingStatus } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/use-t';
import { useSession } from '../../session/session';
import { LoadingState, ProblemAlert } from '../../ui/states';
import { EditOpener, SaveOrCancel } from '../workgroups/EditorControls';
import { useCollaborativePeople } from '../workgroups/use-collaborative-people';
import { choosablePeople } from '../workgroups/workgroup.form';
import { MeetingDetailsFields } from './MeetingDetailsFields';
import { MeetingQuery, UpdateMeetingMutation } from './operations';
import {
  type EditMeetingValues,
  MEETING_DETAIL_FIELDS,
  localDateTimeValue,
  meetingDetailsRules,
  scheduledInstant,
} from './schedule-meeting.form';

/** The meeting service's rule: details change until the meeting is adjourned or cancelled. */
const CHANGEABLE: readonly MeetingStatus[] = ['SCHEDULED', 'IN_PROGRESS'];

interface EditableMeeting {
  id: string;
  collaborativeId: string;
  workgroupId: string | null;
  status: MeetingStatus;
  title: string;
  scheduledAt: string;
  location: string | null;
  remoteLink: string | null;
  noteTakerUserId: string | null;
}

/**
 * Whoever runs the meeting (the chair for the leadership team, a lead for their workgroup) moves
 * it, changes its place or link, or names its note-taker, while it can still change.
 */
export function EditMeeting({ meeting }: { meeting: EditableMeeting }) {
  const t = useT();
  const { ability } = useSession();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const mayUpdate = ability.can(
    'update',
    subject('Meeting', { collaborativeId: meeting.collaborativeId, workgroupId: meeting.workgroupId }),
  );
  if (!mayUpdate || !CHANGEABLE.includes(meeting.status)) return null;
  if (open)
    return (
      <EditMeetingForm
        meeting={meeting}
        onClose={(changed) => {
          setOpen(false);
          setSaved(changed);
        }}
      />
    );
  return (
    <EditOpener
      label={t('governance.meetingForm.edit')}
      saved={saved ? t('governance.meetingForm.saved') : null}
      onOpen={() => {
        setSaved(false);
        setOpen(true);
      }}
    />
  );
}

function EditMeetingForm({
  meeting,
  onClose,
}: {
  meeting: EditableMeeting;
  onClose: (changed: boolean) => void;
}) {
  const t = useT();
  const [update, { loading }] = useMutation(UpdateMeetingMutation, {
    refetchQueries: [{ query: MeetingQuery, variables: { id: meeting.id } }],
    awaitRefetchQueries: true,
  });
  const people = useCollaborativePeople(meeting.collaborativeId);
  const noteTakers = useMemo(
    () =>
      choosablePeople(
        people.people,
        people.people.filter((person) => person.userId === meeting.noteTakerUserId),
      ),
    [people.people, meeting.noteTakerUserId],
  );
  const validate = useFormRules<EditMeetingValues>(meetingDetailsRules);
  const initialWhen = localDateTimeValue(meeting.scheduledAt);
  const form = useForm<EditMeetingValues>({
    mode: 'uncontrolled',
    initialValues: {
      title: meeting.title,
      scheduledAt: initialWhen,
      location: meeting.location ?? '',
      remoteLink: meeting.remoteLink ?? '',
      noteTakerUserId: meeting.noteTakerUserId ?? '',
    },
    validate,
    validateInputOnBlur: true,
  });

  const { failure, onSubmit } = useFormSending(
    form,
    [...MEETING_DETAIL_FIELDS, 'noteTakerUserId'],
    async (values: EditMeetingValues) => {
      await update({
        variables: {
          input: {
            id: meeting.id,
            title: values.title.trim(),
            // Sent only when moved: the field shows minutes, and the meeting may be set to the second.
            ...(values.scheduledAt !== initialWhen
              ? { scheduledAt: scheduledInstant(values.scheduledAt) }
              : {}),
            location: values.location.trim() || null,
            remoteLink: values.remoteLink.trim() || null,
            noteTakerUserId: values.noteTakerUserId || null,
          },
        },
      });
      onClose(true);
    },
  );

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={onSubmit} noValidate aria-label={t('governance.meetingForm.edit')}>
        <Stack gap="md">
          {failure !== null && <ProblemAlert error={failure} />}
          <MeetingDetailsFields form={form} />
          {people.loading ? (
            <LoadingState label={t('governance.workgroupForm.loadingPeople')} />
          ) : (
            <>
              {people.error && <ProblemAlert error={people.error} onRetry={() => void people.refetch()} />}
              <NativeSelect
                label={t('governance.meetingForm.noteTaker')}
                description={t('governance.meetingForm.noteTakerHint')}
                data={[{ value: '', label: t('governance.meetingForm.noNoteTaker') }, ...noteTakers]}
                key={form.key('noteTakerUserId')}
                {...form.getInputProps('noteTakerUserId')}
              />
            </>
          )}
          <SaveOrCancel label={t('governance.save')} saving={loading} onCancel={() => onClose(false)} />
        </Stack>
      </form>
    </Paper>
  );
}
