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
import { MotionStatusBadge } from '../motions/MotionBadges';
import { GovernanceAgendaQuery } from './operations';

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
