import { useQuery } from '@apollo/client/react';
import { Anchor, List, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { MyCollaborativesQuery } from '../../app/operations';
import { useT } from '../../i18n/use-t';
import { EmptyState, LoadingState, ProblemAlert } from '../../ui/states';
import { Section } from '../../ui/Section';
import { usePageTitle } from '../../ui/use-page-title';
import { MyWork, MyWorkHeading } from '../my-work/MyWork';
import { NewCollaborativeLink } from '../setup/NewCollaborativeLink';
import { lastCollaborative } from './last-collaborative';

/**
 * Home is the person's own work, across their collaboratives (votes, action items, reports,
 * minutes, meetings), with a way into each collaborative's overview: the one last opened first.
 */
export function HomePage() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(MyCollaborativesQuery);
  const collaboratives = data?.myCollaboratives ?? [];
  usePageTitle(t(collaboratives.length || loading ? 'myWork.title' : 'home.title'));

  if (loading && !data) return <LoadingState />;
  if (error) return <ProblemAlert error={error} onRetry={() => void refetch()} />;

  if (!collaboratives.length)
    return (
      <Stack gap="md">
        <Title order={1}>{t('home.title')}</Title>
        <EmptyState action={<NewCollaborativeLink />}>{t('home.noCollaborative')}</EmptyState>
      </Stack>
    );

  const remembered = lastCollaborative();
  const ordered = [...collaboratives].sort(
    (a, b) => Number(b.id === remembered) - Number(a.id === remembered),
  );
  return (
    <Stack gap="lg">
      <MyWorkHeading />
      <Section id="my-work-collaboratives" title={t('myWork.collaboratives')}>
        <List listStyleType="none" spacing="xs">
          {ordered.map((collaborative) => (
            <List.Item key={collaborative.id}>
              <Anchor
                component={Link}
                to={`/collaboratives/${collaborative.id}`}
                data-testid="my-work-collaborative"
              >
                {collaborative.name}
              </Anchor>
            </List.Item>
          ))}
        </List>
      </Section>
      <MyWork />
    </Stack>
  );
}
