import { useQuery } from '@apollo/client/react';
import { subject } from '@casl/ability';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import { useT } from '../../i18n/use-t';
import { Can } from '../../session/ability';
import { deferred } from '../../ui/deferred';
import { LoadingState, ProblemAlert } from '../../ui/states';
import { RoleBadges } from '../../ui/RoleBadges';
import { usePageTitle } from '../../ui/use-page-title';
import { GovernanceAgenda } from '../governance-agenda/GovernanceAgenda';
import { FundBalances } from '../funds/FundBalances';
import { rememberCollaborative } from '../home/last-collaborative';
import { LeadershipTeam } from './LeadershipTeam';
import { CollaborativeOverviewQuery } from './operations';
import { Organizations } from './Organizations';
import { PendingInvitations } from './PendingInvitations';

// Below the fold, so their code follows the page (behind a LoadingState if reached sooner): the
// invitation form, only for those who may invite (the form library, text inputs, copy button), and
// the members' table (Mantine's Table with its scroll area, and the membership dialogs).
const InviteMember = deferred(
  () => import('./InviteMember').then((module) => module.InviteMember),
  <LoadingState />,
);
const Members = deferred(() => import('./Members').then((module) => module.Members), <LoadingState />);

/** A member's view of their collaborative: who governs it, who belongs, and their own place in it. */
export function MyCollaborativePage() {
  const t = useT();
  const { collaborativeId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CollaborativeOverviewQuery, {
    variables: { id: collaborativeId },
  });
  const collaborative = data?.collaborative;
  usePageTitle(collaborative?.name ?? null);

  useEffect(() => {
    if (collaborative) rememberCollaborative(collaborative.id);
  }, [collaborative]);

  if (loading && !collaborative) return <LoadingState />;
  if (error || !collaborative) {
    return (
      <ProblemAlert
        error={error}
        // FORBIDDEN: someone who belongs to no collaborative any more (removed from their only one)
        // has no rule about collaboratives at all, and the API's guard refuses before looking.
        specific={{
          NOT_FOUND: 'collaborative.notFound',
          BAD_USER_INPUT: 'collaborative.notFound',
          FORBIDDEN: 'collaborative.notFound',
        }}
        onRetry={() => void refetch()}
      />
    );
  }

  const membership = collaborative.myMembership;
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{collaborative.name}</Title>
        <Text c="dimmed">{collaborative.region}</Text>
        {collaborative.description && <Text>{collaborative.description}</Text>}
        {membership && (
          <Group gap="xs" align="center" wrap="wrap">
            <Text fw={600} component="span">
              {t('collaborative.yourRoles')}
            </Text>
            <RoleBadges roles={membership.roles} />
            {membership.organization && (
              <Text component="span" size="sm">
                {t('collaborative.yourOrganization', { organization: membership.organization.name })}
              </Text>
            )}
          </Group>
        )}
      </Stack>

      <GovernanceAgenda collaborativeId={collaborative.id} />
      <LeadershipTeam seats={collaborative.seats} />
      <FundBalances collaborativeId={collaborative.id} />

      <Can I="invite" this={subject('Invitation', { collaborativeId: collaborative.id })}>
        <InviteMember collaborativeId={collaborative.id} organizations={collaborative.organizations} />
      </Can>
      <Can I="read" this={subject('Invitation', { collaborativeId: collaborative.id })}>
        <PendingInvitations collaborativeId={collaborative.id} />
      </Can>

      <Members collaborative={collaborative} />
      <Organizations organizations={collaborative.organizations} />
    </Stack>
  );
}
