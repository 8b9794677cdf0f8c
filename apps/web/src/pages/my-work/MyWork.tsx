import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useFormat, useT } from '../../i18n/use-t';
import { Section } from '../../ui/Section';
import { LoadingState, ProblemAlert } from '../../ui/states';
import { MyWorkQuery } from './operations';

const base = (collaborativeId: string) => `/collaboratives/${collaborativeId}`;

/** One section of My work: its rows, "and N more" past the first few, or "Nothing needs you". */
function WorkSection({
  id,
  title,
  totalCount,
  shown,
  children,
}: {
  id: string;
  title: string;
  totalCount: number;
  shown: number;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Section id={id} title={title}>
      {shown === 0 ? (
        <Text c="dimmed">{t('myWork.nothing')}</Text>
      ) : (
        <List listStyleType="none" spacing="sm" data-testid={id}>
          {children}
        </List>
      )}
      {totalCount > shown && <Text size="sm">{t('myWork.more', { count: totalCount - shown })}</Text>}
    </Section>
  );
}

/**
 * What needs the signed-in person, across their collaboratives: each section links to the page
 * where the thing is done. Overdue and late are said in words, not only in colour.
 */
export function MyWork() {
  const t = useT();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(MyWorkQuery, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ProblemAlert error={error} onRetry={() => void refetch()} />;
  const work = data?.myWork;
  if (!work) return null;

  return (
    <Stack gap="lg">
      <WorkSection
        id="my-work-votes-owed"
        title={t('myWork.votesOwed')}
        totalCount={work.votesOwed.totalCount}
        shown={work.votesOwed.nodes.length}
      >
        {work.votesOwed.nodes.map((owed) => (
          <List.Item key={`${owed.motion.id}-${owed.seatId}`}>
            <Stack gap={2}>
              <Anchor
                component={Link}
                to={`${base(owed.motion.collaborativeId)}/motions/${owed.motion.id}#your-vote`}
                fw={600}
              >
                {owed.motion.title}
              </Anchor>
              <Group gap="xs">
                <Badge color="orange" variant="light">
                  {t('myWork.voteNeeded')}
                </Badge>
                <Text size="sm">
                  {t(owed.asAlternate ? 'myWork.forSeatAsAlternate' : 'myWork.forSeat', {
                    seat: owed.seatName,
                  })}
                </Text>
              </Group>
            </Stack>
          </List.Item>
        ))}
      </WorkSection>

      <WorkSection
        id="my-work-votes-cast"
        title={t('myWork.votesCast')}
        totalCount={work.votesCast.totalCount}
        shown={work.votesCast.nodes.length}
      >
        {work.votesCast.nodes.map((cast) => {
          const to = `${base(cast.motion.collaborativeId)}/motions/${cast.motion.id}`;
          return (
            <List.Item key={`${cast.motion.id}-${cast.seatId}`}>
              <Stack gap={2}>
                <Anchor component={Link} to={to} fw={600}>
                  {cast.motion.title}
                </Anchor>
                <Text size="sm" data-testid={`my-work-cast-${cast.motion.id}`}>
                  {cast.choice
                    ? t('myWork.youVoted', { choice: t(`governance.choice.${cast.choice}`) })
                    : t('myWork.youVotedSecret')}{' '}
                  —{' '}
                  <Anchor
                    component={Link}
                    to={`${to}#your-vote`}
                    aria-label={t('myWork.changeOn', { title: cast.motion.title })}
                  >
                    {t('myWork.change')}
                  </Anchor>
                </Text>
              </Stack>
            </List.Item>
          );
        })}
      </WorkSection>

      <WorkSection
        id="my-work-action-items"
        title={t('myWork.actionItems')}
        totalCount={work.actionItems.totalCount}
        shown={work.actionItems.nodes.length}
      >
        {work.actionItems.nodes.map(({ actionItem, workgroupName, overdue, dueToday }) => (
          <List.Item key={actionItem.id}>
            <Stack gap={2}>
              <Anchor
                component={Link}
                to={`${base(actionItem.collaborativeId)}/workgroups/${actionItem.workgroupId}`}
                fw={600}
              >
                {actionItem.title}
              </Anchor>
              <Group gap="xs">
                <Text size="sm">{workgroupName}</Text>
                {overdue && actionItem.dueOn ? (
                  <Badge color="red" variant="light">
                    {t('myWork.overdue', { date: format.localDate(actionItem.dueOn) })}
                  </Badge>
                ) : dueToday ? (
                  <Badge color="orange" variant="light">
                    {t('myWork.dueToday')}
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    {actionItem.dueOn
                      ? t('myWork.dueOn', { date: format.localDate(actionItem.dueOn) })
                      : t('myWork.noDueDate')}
                  </Text>
                )}
              </Group>
            </Stack>
          </List.Item>
        ))}
      </WorkSection>

      <WorkSection
        id="my-work-reports"
        title={t('myWork.reportsOwed')}
        totalCount={work.reportsOwed.totalCount}
        shown={work.reportsOwed.nodes.length}
      >
        {work.reportsOwed.nodes.map(({ requirement, status, daysLate }) => (
          <List.Item key={requirement.id}>
            <Stack gap={2}>
              <Anchor
                component={Link}
                to={`${base(requirement.collaborativeId)}/reports/${requirement.id}`}
                fw={600}
              >
                {requirement.grant ? `${requirement.grant.title}: ${requirement.covers}` : requirement.covers}
              </Anchor>
              {status === 'LATE' ? (
                <Badge color="red" variant="light">
                  {t('myWork.reportLate', { days: daysLate ?? 0, date: format.localDate(requirement.dueOn) })}
                </Badge>
              ) : status === 'CHANGES_REQUESTED' ? (
                <Badge color="orange" variant="light">
                  {t('myWork.reportChanges')}
                </Badge>
              ) : (
                <Text size="sm">{t('myWork.reportDue', { date: format.localDate(requirement.dueOn) })}</Text>
              )}
            </Stack>
          </List.Item>
        ))}
      </WorkSection>

      <WorkSection
        id="my-work-minutes"
        title={t('myWork.minutes')}
        totalCount={work.minutesToReview.totalCount}
        shown={work.minutesToReview.nodes.length}
      >
        {work.minutesToReview.nodes.map(({ minutes, meeting }) => (
          <List.Item key={minutes.id}>
            <Stack gap={2}>
              <Anchor
                component={Link}
                to={`${base(meeting.collaborativeId)}/meetings/${meeting.id}`}
                fw={600}
              >
                {t('myWork.minutesOf', { meeting: meeting.title })}
              </Anchor>
              <Text size="sm">{format.date(meeting.scheduledAt)}</Text>
            </Stack>
          </List.Item>
        ))}
      </WorkSection>

      <WorkSection
        id="my-work-meetings"
        title={t('myWork.meetings')}
        totalCount={work.nextMeetings.totalCount}
        shown={work.nextMeetings.nodes.length}
      >
        {work.nextMeetings.nodes.map((meeting) => (
          <List.Item key={meeting.id}>
            <Stack gap={2}>
              <Anchor
                component={Link}
                to={`${base(meeting.collaborativeId)}/meetings/${meeting.id}`}
                fw={600}
              >
                {meeting.title}
              </Anchor>
              <Text size="sm">
                {format.dateTime(meeting.scheduledAt)}
                {meeting.location ? ` · ${meeting.location}` : ''}
              </Text>
            </Stack>
          </List.Item>
        ))}
      </WorkSection>
    </Stack>
  );
}

/** The page's heading and introduction, shared by the home page. */
export function MyWorkHeading() {
  const t = useT();
  return (
    <Stack gap={4}>
      <Title order={1}>{t('myWork.title')}</Title>
      <Text>{t('myWork.intro')}</Text>
    </Stack>
  );
}
