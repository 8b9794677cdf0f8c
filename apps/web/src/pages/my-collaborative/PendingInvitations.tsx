import { useMutation, useQuery } from '@apollo/client/react';
import { subject } from '@casl/ability';
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { PendingInvitationFragment as Invitation } from '../../graphql/generated/graphql';
import { Section } from '../../ui/Section';
import { useFormat, useT } from '../../i18n/use-t';
import { Can } from '../../session/ability';
import { RoleBadges } from '../../ui/RoleBadges';
import { EmptyState, LoadingState, ProblemAlert } from '../../ui/states';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { InvitationsQuery, RevokeInvitationMutation } from './operations';

/** Invitations not yet accepted, for the administrators who issued them, who may withdraw one. */
export function PendingInvitations({ collaborativeId }: { collaborativeId: string }) {
  const t = useT();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(InvitationsQuery, { variables: { collaborativeId } });
  const pending = (data?.invitations ?? []).filter((invitation) => invitation.status === 'PENDING');
  const [withdrawing, setWithdrawing] = useState<Invitation | null>(null);
  const [withdrawn, setWithdrawn] = useState<string | null>(null);

  return (
    <Section id="pending-invitations" title={t('invitations.title')}>
      {withdrawn && (
        <Alert color="green" variant="light" role="status">
          {t('invitations.revoked', { name: withdrawn })}
        </Alert>
      )}
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
              <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
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
                <Can I="update" this={subject('Invitation', { collaborativeId })}>
                  <Button
                    variant="default"
                    size="xs"
                    aria-label={t('invitations.revokeLabel', { name: invitation.displayName })}
                    onClick={() => {
                      setWithdrawn(null);
                      setWithdrawing(invitation);
                    }}
                  >
                    {t('invitations.revoke')}
                  </Button>
                </Can>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {withdrawing && (
        <WithdrawInvitationDialog
          invitation={withdrawing}
          onClose={() => setWithdrawing(null)}
          onWithdrawn={() => {
            setWithdrawing(null);
            setWithdrawn(withdrawing.displayName);
          }}
        />
      )}
    </Section>
  );
}

/** The invitation's answer comes back REVOKED, so the cached list drops it without a refetch. */
function WithdrawInvitationDialog({
  invitation,
  onClose,
  onWithdrawn,
}: {
  invitation: Invitation;
  onClose: () => void;
  onWithdrawn: () => void;
}) {
  const t = useT();
  const [revoke] = useMutation(RevokeInvitationMutation);
  return (
    <ConfirmDialog
      title={t('invitations.revokeTitle', { name: invitation.displayName })}
      confirmLabel={t('invitations.revoke')}
      cancelLabel={t('invitations.keep')}
      onClose={onClose}
      onConfirm={async () => {
        await revoke({ variables: { id: invitation.id } });
        onWithdrawn();
      }}
    >
      <Text>{t('invitations.revokeExplain', { name: invitation.displayName, email: invitation.email })}</Text>
    </ConfirmDialog>
  );
}
