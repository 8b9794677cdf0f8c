import { useQuery } from '@apollo/client/react';
import { subject } from '@casl/ability';
import { Alert, Button, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { Section } from '../../ui/Section';
import { useT } from '../../i18n/use-t';
import type { CollaborativeOverviewQuery } from '../../graphql/generated/graphql';
import { useSession } from '../../session/session';
import { LoadMore } from '../../ui/LoadMore';
import { RoleBadges } from '../../ui/RoleBadges';
import { EmptyState, LoadingState, ProblemAlert } from '../../ui/states';
import { isOnlyAdministrator } from './membership.form';
import { deferred } from '../../ui/deferred';
import type { Member } from './MembershipDialogs';
import { MembersQuery } from './operations';

// The dialogs (their forms and Mantine's form library) open on a click: fetched after the page.
const EditMembershipDialog = deferred(() =>
  import('./MembershipDialogs').then((module) => module.EditMembershipDialog),
);
const RemoveMemberDialog = deferred(() =>
  import('./MembershipDialogs').then((module) => module.RemoveMemberDialog),
);

/** Enough to fill a phone screen or two; the rest come on request ("load more"). */
export const MEMBERS_PAGE_SIZE = 12;

type Collaborative = Pick<
  CollaborativeOverviewQuery['collaborative'],
  'id' | 'name' | 'seats' | 'organizations'
>;

/** What an administrator is doing to one member: changing their roles, or removing them. */
type Change = { kind: 'edit' | 'remove'; member: Member };

export function Members({ collaborative }: { collaborative: Collaborative }) {
  const t = useT();
  const collaborativeId = collaborative.id;
  const { me, ability } = useSession();
  // Changing and removing members is for those the API lets update memberships (administrators).
  const mayManage = ability.can('update', subject('Membership', { collaborativeId }));
  const { data, loading, error, refetch, fetchMore } = useQuery(MembersQuery, {
    variables: { collaborativeId, first: MEMBERS_PAGE_SIZE },
  });
  const page = data?.memberships;
  const [change, setChange] = useState<Change | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const members = page?.nodes ?? [];
  const dialogProps = (member: Member) => ({
    member,
    onlyAdministrator: isOnlyAdministrator(member, members, page?.pageInfo.hasNextPage === false),
    self: member.user.id === me?.id,
    onClose: () => setChange(null),
  });
  const begin = (kind: Change['kind'], member: Member) => {
    setDone(null);
    setChange({ kind, member });
  };

  return (
    <Section id="members" title={t('members.title')}>
      {done && (
        <Alert color="green" variant="light" role="status">
          {done}
        </Alert>
      )}
      {loading && !page ? (
        <LoadingState label={t('members.loading')} />
      ) : error && !page ? (
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      ) : !page || page.nodes.length === 0 ? (
        <EmptyState>{t('members.empty')}</EmptyState>
      ) : (
        <>
          <MemberList
            members={page.nodes}
            actions={mayManage ? (member) => <MemberActions member={member} onBegin={begin} /> : undefined}
          />
          <Text size="sm" aria-live="polite">
            {t('members.shown', { count: page.nodes.length })}
          </Text>
          <LoadMore
            pageInfo={page.pageInfo}
            fetchNext={(after) => fetchMore({ variables: { after } })}
            label={t('members.loadMore')}
          />
        </>
      )}
      {change?.kind === 'edit' && (
        <EditMembershipDialog
          {...dialogProps(change.member)}
          organizations={collaborative.organizations}
          onDone={() => {
            setChange(null);
            setDone(t('members.saved', { name: change.member.user.displayName }));
          }}
        />
      )}
      {change?.kind === 'remove' && (
        <RemoveMemberDialog
          {...dialogProps(change.member)}
          collaborative={collaborative}
          onDone={() => {
            setChange(null);
            setDone(t('members.removed', { name: change.member.user.displayName }));
          }}
        />
      )}
    </Section>
  );
}

function MemberActions({
  member,
  onBegin,
}: {
  member: Member;
  onBegin: (kind: Change['kind'], member: Member) => void;
}) {
  const t = useT();
  const name = member.user.displayName;
  return (
    <Group gap="xs" wrap="wrap">
      <Button
        variant="default"
        size="xs"
        aria-label={t('members.editLabel', { name })}
        onClick={() => onBegin('edit', member)}
      >
        {t('members.edit')}
      </Button>
      <Button
        variant="default"
        size="xs"
        aria-label={t('members.removeLabel', { name })}
        onClick={() => onBegin('remove', member)}
      >
        {t('members.remove')}
      </Button>
    </Group>
  );
}

/**
 * A table where there is room for one; on a phone, one card per member (three columns of names,
 * roles and organizations would leave each a word wide).
 */
function MemberList({
  members,
  actions,
}: {
  members: readonly Member[];
  /** The controls for one member, for those who may manage members; no column otherwise. */
  actions?: (member: Member) => ReactNode;
}) {
  const t = useT();
  const wide = useMediaQuery('(min-width: 48em)', false, { getInitialValueInEffect: false });
  if (!wide) {
    return (
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {members.map((membership) => (
          <Paper key={membership.id} withBorder p="sm" radius="md" component="li">
            <Stack gap={6}>
              <MemberName membership={membership} />
              <RoleBadges roles={membership.roles} />
              {membership.organization && <Text size="sm">{membership.organization.name}</Text>}
              {actions?.(membership)}
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  }
  return (
    <Table verticalSpacing="xs" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('members.name')}</Table.Th>
          <Table.Th scope="col">{t('members.roles')}</Table.Th>
          <Table.Th scope="col">{t('members.organization')}</Table.Th>
          {actions && (
            <Table.Th scope="col">
              <VisuallyHidden>{t('members.actions')}</VisuallyHidden>
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {members.map((membership) => (
          <Table.Tr key={membership.id}>
            <Table.Th scope="row" fw={500}>
              <MemberName membership={membership} />
            </Table.Th>
            <Table.Td>
              <RoleBadges roles={membership.roles} />
            </Table.Td>
            <Table.Td>{membership.organization?.name ?? '—'}</Table.Td>
            {actions && <Table.Td>{actions(membership)}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function MemberName({ membership }: { membership: Member }) {
  return (
    <div>
      <Text fw={600} component="span">
        {membership.user.displayName}
      </Text>
      {membership.email && (
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {membership.email}
        </Text>
      )}
    </div>
  );
}
