import { useQuery } from '@apollo/client/react';
import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../../i18n/use-t';
import { EmptyState, LoadingState, ProblemAlert } from '../../ui/states';
import { usePageTitle } from '../../ui/use-page-title';
import { PublishedCollaborativesQuery } from './operations';

/** Collaboratives that publish their decisions and dollars; no sign-in needed. */
export function PublicDirectoryPage() {
  const t = useT();
  usePageTitle(t('public.directory.title'));
  const { data, loading, error, refetch } = useQuery(PublishedCollaborativesQuery);
  const collaboratives = data?.publishedCollaboratives;
  return (
    <Stack gap="lg">
      <Title order={1}>{t('public.directory.title')}</Title>
      <Text>{t('public.directory.explain')}</Text>
      {loading && !collaboratives ? (
        <LoadingState />
      ) : error && !collaboratives ? (
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      ) : !collaboratives || collaboratives.length === 0 ? (
        <EmptyState>{t('public.directory.empty')}</EmptyState>
      ) : (
        <List listStyleType="none" spacing="sm" p={0}>
          {collaboratives.map((collaborative) => (
            <List.Item key={collaborative.id}>
              <Anchor component={Link} to={`/public/${collaborative.slug}`} fw={600}>
                {collaborative.name}
              </Anchor>
              {collaborative.region && <Text size="sm">{collaborative.region}</Text>}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
