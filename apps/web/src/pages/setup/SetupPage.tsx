import { useQuery } from '@apollo/client/react';
import { subject } from '@casl/ability';
import { Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { useT } from '../../i18n/use-t';
import { Can } from '../../session/ability';
import { LoadingState, ProblemAlert } from '../../ui/states';
import { usePageTitle } from '../../ui/use-page-title';
import { SetupQuery } from './operations';
import { NewCollaborativeLink } from './NewCollaborativeLink';
import { OrganizationsSetup } from './OrganizationsSetup';
import { ReportSettingsSetup } from './ReportSettingsSetup';
import { SeatsSetup } from './SeatsSetup';
import { TimeZoneSetup } from './TimeZoneSetup';
import { TransparencySetup } from './TransparencySetup';
import { VotingRulesSetup } from './VotingRulesSetup';

/** The administrator's set-up of a collaborative: organizations, seats and holders, voting rules, publishing. */
export function SetupPage() {
  const t = useT();
  const { collaborativeId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SetupQuery, { variables: { id: collaborativeId } });
  const collaborative = data?.collaborative;
  usePageTitle(collaborative ? t('admin.setup.title', { name: collaborative.name }) : null);

  if (loading && !data) return <LoadingState />;
  if (error || !collaborative || !data?.votingRules) {
    return (
      <ProblemAlert
        error={error}
        specific={{ NOT_FOUND: 'collaborative.notFound', BAD_USER_INPUT: 'collaborative.notFound' }}
        onRetry={() => void refetch()}
      />
    );
  }

  const people = data.memberships.nodes.map((membership) => membership.user);
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{t('admin.setup.title', { name: collaborative.name })}</Title>
        <Text>{t('admin.setup.explain')}</Text>
      </Stack>
      <OrganizationsSetup collaborativeId={collaborative.id} organizations={collaborative.organizations} />
      <SeatsSetup
        collaborativeId={collaborative.id}
        seats={collaborative.seats}
        organizations={collaborative.organizations}
        people={people}
      />
      <VotingRulesSetup collaborativeId={collaborative.id} rules={data.votingRules} />
      <Can I="read" this={subject('ReportSettings', { collaborativeId: collaborative.id })}>
        <ReportSettingsSetup collaborativeId={collaborative.id} />
      </Can>
      <Can I="update" this={subject('Collaborative', { id: collaborative.id })}>
        <TransparencySetup collaborativeId={collaborative.id} published={collaborative.publicTransparency} />
      </Can>
      <Can I="update" this={subject('Collaborative', { id: collaborative.id })}>
        <TimeZoneSetup collaborativeId={collaborative.id} timeZone={collaborative.timeZone} />
      </Can>
      <NewCollaborativeLink />
    </Stack>
  );
}
