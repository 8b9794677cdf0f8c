import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import type { MeetingSummaryFragment } from '../../graphql/generated/graphql';
import { useFormat, useT } from '../../i18n/use-t';
import { LoadMore } from '../../ui/LoadMore';
import { Section } from '../../ui/Section';
import { EmptyState, LoadingState, ProblemAlert } from '../../ui/states';
import { usePageTitle } from '../../ui/use-page-title';
import { MeetingStatusBadge } from './MeetingBadge';
import { pastMeetings, upcomingMeetings } from './meeting-order';
import { MeetingsQuery, WorkgroupNamesQuery } from './operations';
import { ScheduleMeeting } from './ScheduleMeeting';

export const MEETINGS_PAGE_SIZE = 50;

/** Meetings of the leadership team and the workgroups: what is coming, what was held. */
export function MeetingsPage() {
  const t = useT();
  const { collaborativeId = '' } = useParams();
  usePageTitle(t('governance.meetings.title'));
  const { data, loading, error, refetch, fetchMore } = useQuery(MeetingsQuery, {
    variables: { collaborativeId, first: MEETINGS_PAGE_SIZE },
  });
  const workgroups = useQuery(WorkgroupNamesQuery, { variables: { collaborativeId } });
  const nodes = data?.meetings.nodes;
  const [upcoming, past] = useMemo(() => {
    const now = new Date();
    return [upcomingMeetings(nodes ?? [], now), pastMeetings(nodes ?? [], now)];
  }, [nodes]);
  const names = new Map(
    (workgroups.data?.workgroups ?? []).map((workgroup) => [workgroup.id, workgroup.name]),
  );

  return (
    <Stack gap="xl">
      <Title order={1}>{t('governance.meetings.title')}</Title>
      <ScheduleMeeting collaborativeId={collaborativeId} workgroups={workgroups.data?.workgroups ?? []} />
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <Section id="upcoming" title={t('governance.meetings.upcoming')}>
            <MeetingList
              meetings={upcoming}
              names={names}
              empty={t('governance.agenda.noUpcomingMeetings')}
            />
          </Section>
          <Section id="past" title={t('governance.meetings.past')}>
            <MeetingList meetings={past} names={names} empty={t('governance.meetings.noPast')} />
          </Section>
          {data && (
            <LoadMore
              pageInfo={data.meetings.pageInfo}
              fetchNext={(after) => fetchMore({ variables: { after } })}
              label={t('governance.meetings.loadMore')}
            />
          )}
        </>
      )}
    </Stack>
  );
}

export function MeetingList({
  meetings,
  names,
  empty,
}: {
  meetings: readonly MeetingSummaryFragment[];
  names: Map<string, string>;
  empty: string;
}) {
  const t = useT();
  const format = useFormat();
  if (meetings.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {meetings.map((meeting) => (
        <Paper key={meeting.id} withBorder p="sm" radius="md" component="li">
          <Stack gap={4}>
            <Anchor
              component={Link}
              to={`/collaboratives/${meeting.collaborativeId}/meetings/${meeting.id}`}
              fw={600}
            >
              {meeting.title}
            </Anchor>
            <Group gap="xs" wrap="wrap">
              <MeetingStatusBadge status={meeting.status} />
              <Text size="sm">{format.dateTime(meeting.scheduledAt)}</Text>
              <Text size="sm" c="dimmed">
                {meeting.workgroupId
                  ? (names.get(meeting.workgroupId) ?? t('governance.meetings.workgroup'))
                  : t('governance.meetings.leadershipTeam')}
              </Text>
            </Group>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
