import { useQuery } from '@apollo/client/react';
import { Stack, Title } from '@mantine/core';
import { Navigate } from 'react-router';
import { MyCollaborativesQuery } from '../../app/operations';
import { useT } from '../../i18n/use-t';
import { EmptyState, LoadingState, ProblemAlert } from '../../ui/states';
import { usePageTitle } from '../../ui/use-page-title';
import { NewCollaborativeLink } from '../setup/NewCollaborativeLink';
import { lastCollaborative } from './last-collaborative';

/** Home is the person's collaborative: the one they last opened, else their first. */
export function HomePage() {
  const t = useT();
  usePageTitle(t('home.title'));
  const { data, loading, error, refetch } = useQuery(MyCollaborativesQuery);

  if (loading && !data) return <LoadingState />;
  if (error) return <ProblemAlert error={error} onRetry={() => void refetch()} />;

  const collaboratives = data?.myCollaboratives ?? [];
  const remembered = lastCollaborative();
  const target = collaboratives.find((collaborative) => collaborative.id === remembered) ?? collaboratives[0];
  if (target) return <Navigate to={`/collaboratives/${target.id}`} replace />;

  return (
    <Stack gap="md">
      <Title order={1}>{t('home.title')}</Title>
      <EmptyState action={<NewCollaborativeLink />}>{t('home.noCollaborative')}</EmptyState>
    </Stack>
  );
}
