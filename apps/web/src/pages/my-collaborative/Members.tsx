import { useQuery } from '@apollo/client/react';
import { Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Section } from '../../ui/Section';
import { useT } from '../../i18n/use-t';
import type { MembersQuery as MembersData } from '../../graphql/generated/graphql';
import { LoadMore } from '../../ui/LoadMore';
import { RoleBadges } from '../../ui/RoleBadges';
import { EmptyState, LoadingState, ProblemAlert } from '../../ui/states';
import { MembersQuery } from './operations';

/** Enough to fill a phone screen or two; the rest come on request ("load more"). */
export const MEMBERS_PAGE_SIZE = 12;

export function Members({ collaborativeId }: { collaborativeId: string }) {
  const t = useT();
  const { data, loading, error, refetch, fetchMore } = useQuery(MembersQuery, {
    variables: { collaborativeId, first: MEMBERS_PAGE_SIZE },
  });
  const page = data?.memberships;

  return (
    <Section id="members" title={t('members.title')}>
      {loading && !page ? (
        <LoadingState label={t('members.loading')} />
      ) : error && !page ? (
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      ) : !page || page.nodes.length === 0 ? (
        <EmptyState>{t('members.empty')}</EmptyState>
      ) : (
        <>
          <MemberList members={page.nodes} />
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
    </Section>
  );
}

type Member = MembersData['memberships']['nodes'][number];

/**
 * A table where there is room for one; on a phone, one card per member (three columns of names,
 * roles and organizations would leave each a word wide).
 */
function MemberList({ members }: { members: readonly Member[] }) {
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
