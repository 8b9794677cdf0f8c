import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../i18n/use-t';
import { Section } from '../../ui/Section';
import { LoadingState, ProblemAlert } from '../../ui/states';
import { PageProblem } from '../../ui/PageProblem';
import { usePageTitle } from '../../ui/use-page-title';
import { MeetingList } from '../meetings/MeetingsPage';
import { MeetingsQuery } from '../meetings/operations';
import { ScheduleMeeting } from '../meetings/ScheduleMeeting';
import { ActionItems } from './ActionItems';
import { EditWorkgroup } from './EditWorkgroup';
import { WorkgroupQuery } from './operations';
import { WorkgroupStatusBadge } from './WorkgroupStatusBadge';

/** A workgroup: its purpose and people, its action items and progress, its meetings and minutes. */
export function WorkgroupPage() {
  const t = useT();
  const { workgroupId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(WorkgroupQuery, { variables: { id: workgroupId } });
  const workgroup = data?.workgroup;
  usePageTitle(workgroup?.name ?? t('governance.workgroups.title'));
  const meetings = useQuery(MeetingsQuery, {
    variables: { collaborativeId: workgroup?.collaborativeId ?? '', workgroupId, first: 50 },
    skip: !workgroup,
  });
  const sortedMeetings = useMemo(
    () =>
      [...(meetings.data?.meetings.nodes ?? [])].sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt)),
    [meetings.data],
  );

  if (loading && !workgroup) return <LoadingState />;
  if (error || !workgroup)
    return (
      <PageProblem
        title={t('governance.workgroups.title')}
        error={error}
        specific={{
          NOT_FOUND: 'governance.workgroup.notFound',
          BAD_USER_INPUT: 'governance.workgroup.notFound',
        }}
        onRetry={() => void refetch()}
      />
    );
  const leads = workgroup.members.filter((member) => member.lead);
  const others = workgroup.members.filter((member) => !member.lead);
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Anchor component={Link} to={`/collaboratives/${workgroup.collaborativeId}/workgroups`} size="sm">
          {t('governance.workgroups.back')}
        </Anchor>
        <Group gap="sm" wrap="wrap">
          <Title order={1}>{workgroup.name}</Title>
          <WorkgroupStatusBadge status={workgroup.status} />
        </Group>
        {workgroup.purpose && <Text>{workgroup.purpose}</Text>}
        <Text size="sm">
          {leads.length > 0
            ? t('governance.workgroups.leads', {
                names: leads.map((m) => m.user?.displayName ?? '…').join(', '),
              })
            : t('governance.workgroups.noLead')}
        </Text>
        {others.length > 0 && (
          <Text size="sm">
            {t('governance.workgroup.members', {
              names: others.map((m) => m.user?.displayName ?? '…').join(', '),
            })}
          </Text>
        )}
        <EditWorkgroup workgroup={workgroup} />
      </Stack>

      <Section id="action-items" title={t('governance.actionItems.heading')}>
        <ActionItems workgroup={workgroup} />
      </Section>

      <Section id="workgroup-meetings" title={t('governance.meetings.title')}>
        <ScheduleMeeting
          collaborativeId={workgroup.collaborativeId}
          workgroups={[workgroup]}
          fixedWorkgroupId={workgroup.id}
        />
        {meetings.loading && !meetings.data ? (
          <LoadingState />
        ) : meetings.error ? (
          <ProblemAlert error={meetings.error} onRetry={() => void meetings.refetch()} />
        ) : (
          <MeetingList
            meetings={sortedMeetings}
            names={new Map([[workgroup.id, workgroup.name]])}
            empty={t('governance.workgroup.noMeetings')}
          />
        )}
      </Section>
    </Stack>
  );
}
