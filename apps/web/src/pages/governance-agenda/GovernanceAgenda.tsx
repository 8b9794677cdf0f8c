import { useQuery } from '@apollo/client/react';
import { subject } from '@casl/ability';
import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useFormat, useT } from '../../i18n/use-t';
import { useSession } from '../../session/session';
import { Section } from '../../ui/Section';
import { EmptyState, LoadingState, ProblemAlert } from '../../ui/states';
import { MeetingStatusBadge } from '../meetings/MeetingBadge';
import { upcomingMeetings } from '../meetings/meeting-order';
import type { GovernanceAgendaQuery as AgendaData } from '../../graphql/generated/graphql';
import { MotionStatusBadge } from '../motions/MotionBadges';
import { receiptStore, seatVotes } from '../motions/vote-state';
import { GovernanceAgendaQuery } from './operations';

type OpenMotion = AgendaData['motions']['nodes'][number];
type AgendaSeat = AgendaData['collaborative']['seats'][number];

/** How many upcoming meetings the overview lists; the meetings page has them all. */
const UPCOMING_SHOWN = 4;

/**
 * On the collaborative's overview, what a leadership member acts on next: the motions open for a
 * vote, and the meetings coming up. Not shown to those who do not read the deliberations (partners).
 */
export function GovernanceAgenda({ collaborativeId }: { collaborativeId: string }) {
  const { ability } = useSession();
  if (!ability.can('read', subject('Meeting', { collaborativeId }))) return null;
  return <Agenda collaborativeId={collaborativeId} />;
}

function Agenda({ collaborativeId }: { collaborativeId: string }) {
  const t = useT();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(GovernanceAgendaQuery, {
    variables: { collaborativeId },
  });
  const upcoming = useMemo(
    () => upcomingMeetings(data?.meetings.nodes ?? [], new Date()).slice(0, UPCOMING_SHOWN),
    [data],
  );
  const base = `/collaboratives/${collaborativeId}`;

  return (
    <Section id="governance-agenda" title={t('governance.agenda.title')}>
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap="xs" component="section" aria-labelledby="open-motions">
            <Title order={3} size="h4" id="open-motions">
              {t('governance.agenda.openMotions')}
            </Title>
            {(data?.motions.nodes.length ?? 0) === 0 ? (
              <EmptyState>{t('governance.agenda.noOpenMotions')}</EmptyState>
            ) : (
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {data?.motions.nodes.map((motion) => (
                  <Paper key={motion.id} withBorder p="sm" radius="md" component="li">
                    <Stack gap={4}>
                      <Anchor component={Link} to={`${base}/motions/${motion.id}`} fw={600}>
                        {motion.title}
                      </Anchor>
                      <Group gap="xs" wrap="wrap">
                        <MotionStatusBadge status={motion.status} outcome={motion.outcome} />
                        {motion.meeting && (
                          <Text size="sm">
                            {t('governance.motion.atMeeting', {
                              meeting: motion.meeting.title,
                              date: format.date(motion.meeting.scheduledAt),
                            })}
                          </Text>
                        )}
                      </Group>
                      <MyVoteStatus
                        motion={motion}
                        seats={data?.collaborative.seats ?? []}
                        to={`${base}/motions/${motion.id}#your-vote`}
                      />
                    </Stack>
                  </Paper>
                ))}
              </Stack>
            )}
          </Stack>
          <Stack gap="xs" component="section" aria-labelledby="upcoming-meetings">
            <Title order={3} size="h4" id="upcoming-meetings">
              {t('governance.agenda.upcomingMeetings')}
            </Title>
            {upcoming.length === 0 ? (
              <EmptyState>{t('governance.agenda.noUpcomingMeetings')}</EmptyState>
            ) : (
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {upcoming.map((meeting) => (
                  <Paper key={meeting.id} withBorder p="sm" radius="md" component="li">
                    <Stack gap={4}>
                      <Anchor component={Link} to={`${base}/meetings/${meeting.id}`} fw={600}>
                        {meeting.title}
                      </Anchor>
                      <Group gap="xs" wrap="wrap">
                        <MeetingStatusBadge status={meeting.status} />
                        <Text size="sm">{format.dateTime(meeting.scheduledAt)}</Text>
                      </Group>
                      {meeting.location && (
                        <Text size="sm" c="dimmed">
                          {meeting.location}
                        </Text>
                      )}
                    </Stack>
                  </Paper>
                ))}
              </Stack>
            )}
            <Anchor component={Link} to={`${base}/meetings`} size="sm">
              {t('governance.agenda.allMeetings')}
            </Anchor>
          </Stack>
        </SimpleGrid>
      )}
    </Section>
  );
}

/**
 * Whether the signed-in person's seat has voted on an open motion, with the way to vote or change
 * it. A secret ballot's choice is known only to the device that kept its receipt; elsewhere the
 * voter is told only that the seat has voted.
 */
function MyVoteStatus({
  motion,
  seats,
  to,
}: {
  motion: OpenMotion;
  seats: readonly AgendaSeat[];
  to: string;
}) {
  const t = useT();
  const { me } = useSession();
  if (!me) return null;
  const mine = seats.filter((seat) => seat.holderUserId === me.id || seat.alternateUserId === me.id);
  if (mine.length === 0) return null;
  const votes = seatVotes({
    userId: me.id,
    motion,
    seats,
    attendance: motion.meeting?.attendance ?? [],
    conflicts: motion.conflicts,
    ballots: motion.ballots,
    receipts: motion.secret
      ? receiptStore.read(
          motion.id,
          mine.map((seat) => seat.id),
        )
      : {},
  });
  const named = { motion: motion.title };
  return (
    <Stack gap={2} data-testid={`my-vote-${motion.id}`}>
      {votes.map((vote) => {
        const seat = votes.length > 1 ? `${vote.seatName}: ` : '';
        if (vote.state === 'recused' || vote.state === 'not-seated')
          return (
            <Text key={vote.seatId} size="sm" c="dimmed">
              {seat}
              {t(`governance.vote.state.${vote.state}`)}
            </Text>
          );
        if (!vote.voted)
          return (
            <Group key={vote.seatId} gap="xs" wrap="wrap">
              {/* Bold body text: orange 9, the darkest orange, is 4.3:1 on white, short of AA's 4.5:1. */}
              <Text size="sm" fw={700}>
                {seat}
                {t('governance.agenda.voteNeeded')}
              </Text>
              <Anchor
                component={Link}
                to={to}
                size="sm"
                aria-label={t('governance.agenda.voteNowNamed', named)}
              >
                {t('governance.agenda.voteNow')}
              </Anchor>
            </Group>
          );
        return (
          <Group key={vote.seatId} gap={6} wrap="wrap">
            <Text size="sm">
              {seat}
              {vote.current
                ? t('governance.agenda.youVoted', { choice: t(`governance.choice.${vote.current}`) })
                : t('governance.agenda.youVotedSecret')}
            </Text>
            {vote.state === 'can-vote' && (
              <>
                <Text size="sm" aria-hidden="true">
                  —
                </Text>
                <Anchor
                  component={Link}
                  to={to}
                  size="sm"
                  aria-label={t('governance.agenda.changeNamed', named)}
                >
                  {t('governance.agenda.change')}
                </Anchor>
              </>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}
