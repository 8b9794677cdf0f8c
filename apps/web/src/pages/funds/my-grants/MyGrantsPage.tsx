import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { CollaborativeOverviewQuery } from '../../my-collaborative/operations';
import { useT } from '../../../i18n/use-t';
import { usePageTitle } from '../../../ui/use-page-title';
import { GrantList } from '../grants/GrantList';

/**
 * A funded partner's grants: the API answers only their own organization's, so this page cannot
 * show another partner's grant even by mistake.
 */
export function MyGrantsPage() {
  const t = useT();
  usePageTitle(t('funds.myGrants.title'));
  const { collaborativeId = '' } = useParams();
  const { data } = useQuery(CollaborativeOverviewQuery, { variables: { id: collaborativeId } });
  const organization = data?.collaborative.myMembership?.organization;
  return (
    <Stack gap="lg">
      <Title order={1}>{t('funds.myGrants.title')}</Title>
      {organization && <Text>{t('funds.myGrants.explain', { organization: organization.name })}</Text>}
      <GrantList collaborativeId={collaborativeId} emptyText={t('funds.myGrants.empty')} />
    </Stack>
  );
}
