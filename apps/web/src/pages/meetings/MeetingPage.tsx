import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import type { MeetingQuery as MeetingData } from '../../graphql/generated/graphql';
import { useFormat, useT } from '../../i18n/use-t';
import { Section } from '../../ui/Section';
import { LoadingState, ProblemAlert } from '../../ui/states';
import { PageProblem } from '../../ui/PageProblem';
import { usePageTitle } from '../../ui/use-page-title';
import { AgendaList } from './AgendaList';
import type { AttendanceLine } from './attendance';
import { AttendanceSheet } from './AttendanceSheet';
import { EditMeeting } from './EditMeeting';
import { MeetingStatusBadge } from './MeetingBadge';
import { MeetingControls } from './MeetingControls';
import { MeetingMotions } from './MeetingMotions';
import { MinutesPanel } from './MinutesPanel';
import { MeetingQuery, MeetingRosterQuery, WorkgroupRosterQuery } from './operations';
import { QuorumIndicator } from './QuorumIndicator';

type Meeting = MeetingData['meeting'];

/** Running a meeting: who is here, whether there is a quorum, the agenda, the votes and the minutes. */
export function MeetingPage() {
  const t = useT();
  const { meetingId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MeetingQuery, { variables: { id: meetingId } });
  const meeting = data?.meeting;
  usePageTitle(meeting?.title ?? t('governance.meeting.title'));
  if (loading && !meeting) return <LoadingState />;
  if (error || !meeting)
    return (
      <PageProblem
        title={t('governance.meeting.title')}
        error={error}
        specific={{ NOT_FOUND: 'governance.meeting.notFound', BAD_USER_INPUT: 'governance.meeting.notFound' }}
        onRetry={() => void refetch()}
      />
    );
  return <MeetingView meeting={meeting} refetch={() => void refetch()} />;
}

function MeetingView({ meeting, refetch }: { meeting: Meeting; refetch: () => void }) {
  const t = useT();
  const format = useFormat();
  const leadership = meeting.workgroupId === null;
  const seats = useQuery(MeetingRosterQuery, {
    variables: { collaborativeId: meeting.collaborativeId },
    skip: !leadership,
  });
  const workgroup = useQuery(WorkgroupRosterQuery, {
    variables: { id: meeting.workgroupId ?? '' },
    skip: leadership,
  });
  const roster = leadership ? seats : workgroup;

  const lines = useMemo<AttendanceLine[]>(() => {
    const recordedBySeat = new Map(
      meeting.attendance.map((entry) => [entry.seatId ?? `u:${entry.userId}`, entry.status]),
    );
    if (leadership)
      return (seats.data?.collaborative.seats ?? [])
        .filter((seat) => !seat.vacant)
        .map((seat) => ({
          key: seat.id,
          seatId: seat.id,
          userId: null,
          label: seat.name,
          detail: [
            seat.holder?.displayName,
            seat.alternate && t('governance.attendance.alternate', { name: seat.alternate.displayName }),
          ]
            .filter(Boolean)
            .join(' · '),
          hasAlternate: seat.alternate !== null,
          recorded: recordedBySeat.get(seat.id) ?? null,
        }));
    return (workgroup.data?.workgroup.members ?? []).map((member) => ({
      key: member.userId,
      seatId: null,
      userId: member.userId,
      label: member.user?.displayName ?? '…',
      detail: member.lead ? t('governance.workgroup.lead') : null,
      hasAlternate: false,
      recorded: recordedBySeat.get(`u:${member.userId}`) ?? null,
    }));
  }, [meeting.attendance, leadership, seats.data, workgroup.data, t]);

  const recipients = (seats.data?.collaborative.organizations ?? []).filter((org) =>
    org.kinds.includes('FUNDED_PARTNER'),
  );
  const base = `/collaboratives/${meeting.collaborativeId}`;

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Anchor component={Link} to={`${base}/meetings`} size="sm">
          {t('governance.meetings.back')}
        </Anchor>
        <Title order={1}>{meeting.title}</Title>
        <Group gap="xs" wrap="wrap">
          <MeetingStatusBadge status={meeting.status} />
          <Text>{format.dateTime(meeting.scheduledAt)}</Text>
        </Group>
        {meeting.location && <Text size="sm">{meeting.location}</Text>}
        {meeting.remoteLink && /^https?:\/\//.test(meeting.remoteLink) && (
          <Anchor href={meeting.remoteLink} target="_blank" rel="noreferrer" size="sm">
            {t('governance.meeting.joinRemotely')}
          </Anchor>
        )}
        {/* A plain download: the API answers the .ics with the session cookie, 404 to anyone who may not read it. */}
        <Anchor
          href={`/api/meetings/${encodeURIComponent(meeting.id)}.ics`}
          download
          size="sm"
          title={t('calendar.addToCalendarHint')}
        >
          {t('calendar.addToCalendar')}
        </Anchor>
        <MeetingControls meeting={meeting} />
        <EditMeeting meeting={meeting} />
      </Stack>

      <Section id="attendance" title={t('governance.attendance.title')}>
        {meeting.quorum && <QuorumIndicator quorum={meeting.quorum} />}
        {roster.loading && !roster.data ? (
          <LoadingState />
        ) : roster.error ? (
          <ProblemAlert error={roster.error} onRetry={() => void roster.refetch()} />
        ) : (
          <AttendanceSheet meeting={meeting} lines={lines} />
        )}
      </Section>

      <Section id="agenda" title={t('governance.agenda.heading')}>
        <AgendaList meeting={meeting} />
      </Section>

      {leadership && (
        <Section id="motions" title={t('governance.meeting.motions')}>
          <MeetingMotions meeting={meeting} recipients={recipients} onChanged={refetch} />
        </Section>
      )}

      <Section id="minutes" title={t('governance.minutes.title')}>
        <MinutesPanel meeting={meeting} />
      </Section>
    </Stack>
  );
}
