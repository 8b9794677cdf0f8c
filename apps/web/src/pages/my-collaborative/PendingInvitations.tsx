import { useQuery } from '@apollo/client/react';
import { Paper, Stack, Text } from '@mantine/core';
import { Section } from '../../ui/Section';
import { useFormat, useT } from '../../i18n/use-t';
import { RoleBadges } from '../../ui/RoleBadges';
import { EmptyState, LoadingState, ProblemAlert } from '../../ui/states';
import { InvitationsQuery } from './operations';

/** Invitations not yet accepted, for the administrators who issued them. */
export function PendingInvitations({ collaborativeId }: { collaborativeId: string }) {
  const t = useT();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(InvitationsQuery, { variables: { collaborativeId } });
  const pending = (data?.invitations ?? []).filter((invitation) => invitation.status === 'PENDING');

  return (
    <Section id="pending-invitations" title={t('invitations.title')}>
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      ) : pending.length === 0 ? (
        <EmptyState>{t('invitations.empty')}</EmptyState>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {pending.map((invitation) => (
            <Paper key={invitation.id} withBorder p="sm" radius="md" component="li">
              <Stack gap={4}>
                <Text fw={600}>
                  {invitation.displayName}{' '}
                  <Text span size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {invitation.email}
                  </Text>
                </Text>
                <RoleBadges roles={invitation.roles} />
                <Text size="sm">
                  {t('invitations.dates', {
                    sent: format.date(invitation.createdAt),
                    expires: format.date(invitation.expiresAt),
                  })}
                </Text>
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
    </Section>
  );
}
