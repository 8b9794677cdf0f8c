import { useMutation } from '@apollo/client/react';
import { subject } from '@casl/ability';
import { Button, Group, NativeSelect, Paper, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useFormSending } from '../../forms/use-form-sending';
import { useFormRules } from '../../forms/use-form-rules';
import { useT } from '../../i18n/use-t';
import { useSession } from '../../session/session';
import { ProblemAlert } from '../../ui/states';
import { SaveOrCancel } from '../workgroups/EditorControls';
import { MeetingDetailsFields } from './MeetingDetailsFields';
import { ScheduleMeetingMutation } from './operations';
import {
  MEETING_DETAIL_FIELDS,
  meetingDetailsRules,
  type ScheduleMeetingValues,
  scheduledInstant,
} from './schedule-meeting.form';

/**
 * The chair schedules leadership team meetings, a lead their workgroup's: the "for" choice offers
 * only what this person may schedule (null when nothing).
 */
export function ScheduleMeeting({
  collaborativeId,
  workgroups,
  fixedWorkgroupId,
}: {
  collaborativeId: string;
  workgroups: readonly { id: string; name: string }[];
  /** On a workgroup's page: schedule for that workgroup only. */
  fixedWorkgroupId?: string;
}) {
  const t = useT();
  const { ability } = useSession();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [schedule, { loading }] = useMutation(ScheduleMeetingMutation);
  const mayFor = (workgroupId: string | null) =>
    ability.can('create', subject('Meeting', { collaborativeId, workgroupId }));
  const choices = [
    ...(fixedWorkgroupId === undefined && mayFor(null)
      ? [{ value: '', label: t('governance.meetings.leadershipTeam') }]
      : []),
    ...workgroups
      .filter(
        (workgroup) =>
          (fixedWorkgroupId === undefined || workgroup.id === fixedWorkgroupId) && mayFor(workgroup.id),
      )
      .map((workgroup) => ({ value: workgroup.id, label: workgroup.name })),
  ];
  const validate = useFormRules<ScheduleMeetingValues>(meetingDetailsRules);
  const form = useForm<ScheduleMeetingValues>({
    mode: 'uncontrolled',
    initialValues: {
      title: '',
      scheduledAt: '',
      location: '',
      remoteLink: '',
      workgroupId: choices[0]?.value ?? '',
    },
    validate,
    validateInputOnBlur: true,
  });
  const { failure, onSubmit } = useFormSending(
    form,
    [...MEETING_DETAIL_FIELDS, 'workgroupId'],
    async (values: ScheduleMeetingValues) => {
      const result = await schedule({
        variables: {
          input: {
            collaborativeId,
            title: values.title.trim(),
            scheduledAt: scheduledInstant(values.scheduledAt),
            location: values.location.trim() || null,
            remoteLink: values.remoteLink.trim() || null,
            workgroupId: values.workgroupId || null,
          },
        },
      });
      const id = result.data?.scheduleMeeting.id;
      if (id) await navigate(`/collaboratives/${collaborativeId}/meetings/${id}`);
    },
  );

  if (choices.length === 0) return null;

  if (!open)
    return (
      <Group>
        <Button onClick={() => setOpen(true)}>{t('governance.meetings.schedule')}</Button>
      </Group>
    );
  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={onSubmit} noValidate aria-label={t('governance.meetings.schedule')}>
        <Stack gap="md">
          {failure !== null && <ProblemAlert error={failure} />}
          <MeetingDetailsFields form={form} />
          {choices.length > 1 && (
            <NativeSelect
              label={t('governance.meetings.for')}
              data={choices}
              key={form.key('workgroupId')}
              {...form.getInputProps('workgroupId')}
            />
          )}
          <SaveOrCancel
            label={t('governance.meetings.scheduleSubmit')}
            saving={loading}
            onCancel={() => setOpen(false)}
          />
        </Stack>
      </form>
    </Paper>
  );
}
