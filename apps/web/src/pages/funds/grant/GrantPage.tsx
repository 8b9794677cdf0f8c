import { useQuery } from '@apollo/client/react';
import { subject } from '@casl/ability';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { GrantDetailQuery as GrantData } from '../../../graphql/generated/graphql';
import { useFormat, useT } from '../../../i18n/use-t';
import { Can } from '../../../session/ability';
import { Section } from '../../../ui/Section';
import { EmptyState, LoadingState } from '../../../ui/states';
import { PageProblem } from '../../../ui/PageProblem';
import { usePageTitle } from '../../../ui/use-page-title';
import { AmountCell, AmountHeader, WideTable } from '../WideTable';
import { GrantReporting } from './GrantReporting';
import { GrantSources } from './GrantSources';
import { TrancheDraws } from './TrancheDraws';
import { GrantDetailQuery } from './operations';
import { ReleaseDialog, type TrancheToRelease } from './ReleaseDialog';
import {
  CancelTrancheDialog,
  MarkPaidDialog,
  ReverseReleaseDialog,
  type TrancheToSettle,
} from './TrancheDialogs';

/** What a tranche's row can do besides releasing it. */
type Settlement = 'paid' | 'cancel' | 'reverse';

type Grant = GrantData['grant'];

const STATUS_COLOR = { SCHEDULED: 'gray', RELEASED: 'teal', PAID: 'green', CANCELLED: 'red' } as const;

/** One grant: what it is for, the streams that pay it, and its tranches, released one by one. */
export function GrantPage() {
  const t = useT();
  const format = useFormat();
  const { collaborativeId = '', grantId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(GrantDetailQuery, {
    variables: { id: grantId },
    fetchPolicy: 'cache-and-network',
  });
  const grant = data?.grant;
  usePageTitle(grant?.title ?? t('funds.grant.title'));

  if (loading && !grant) return <LoadingState label={t('funds.grant.loading')} />;
  if (error || !grant) {
    return (
      <PageProblem
        title={t('funds.grant.title')}
        error={error}
        specific={{ NOT_FOUND: 'funds.grant.notFound', BAD_USER_INPUT: 'funds.grant.notFound' }}
        onRetry={() => void refetch()}
      />
    );
  }

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Anchor component={Link} to={`/collaboratives/${collaborativeId}/funds/grants`}>
          {t('funds.grant.back')}
        </Anchor>
        <Title order={1}>{grant.title}</Title>
        <Text>
          {t('funds.grant.to', { recipient: grant.recipient?.name ?? '—', purpose: grant.purpose })}
        </Text>
        <Text size="sm">
          {t('funds.grant.periodRange', {
            start: format.localDate(grant.periodStart),
            end: format.localDate(grant.periodEnd),
          })}
        </Text>
        {/* Partner contacts read their grant but not the deliberations that approved it. */}
        <Can I="read" this={subject('Motion', { collaborativeId })}>
          <Anchor
            component={Link}
            to={`/collaboratives/${collaborativeId}/motions/${grant.approvingMotionId}`}
            size="sm"
            data-testid="grant-motion"
          >
            {t('governance.links.grantMotion')}
          </Anchor>
        </Can>
      </Stack>
      <SimpleGrid cols={{ base: 1, xs: 3 }} component="dl" m={0} spacing="sm" data-testid="grant-totals">
        {(
          [
            ['funds.figure.awarded', grant.totals.awarded],
            ['funds.figure.disbursed', grant.totals.disbursed],
            ['funds.figure.remaining', grant.totals.remaining],
          ] as const
        ).map(([label, money]) => (
          <Paper key={label} withBorder p="sm" radius="md">
            <Text component="dt" size="sm" fw={600}>
              {t(label)}
            </Text>
            <Text component="dd" m={0} fz="xl" fw={700}>
              {format.money(money)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Tranches grant={grant} collaborativeId={collaborativeId} />
      <Allocations grant={grant} />
      <Can I="read" this={subject('FundingStream', { collaborativeId })}>
        <GrantSources grantId={grant.id} collaborativeId={collaborativeId} />
      </Can>
      <Can I="read" this={subject('LedgerTransaction', { collaborativeId })}>
        <Anchor component={Link} to={`/collaboratives/${collaborativeId}/funds/ledger?grantId=${grant.id}`}>
          {t('funds.grant.ledger')}
        </Anchor>
      </Can>
      <GrantReporting grant={grant} collaborativeId={collaborativeId} />
    </Stack>
  );
}

function Tranches({ grant, collaborativeId }: { grant: Grant; collaborativeId: string }) {
  const t = useT();
  const format = useFormat();
  const [releasing, setReleasing] = useState<TrancheToRelease | null>(null);
  const [settling, setSettling] = useState<{ kind: Settlement; tranche: TrancheToSettle } | null>(null);
  const recipient = grant.recipient?.name ?? '—';
  const release = settling?.tranche.releaseTransactionId;
  return (
    <Section id="tranches" title={t('funds.grant.tranches')}>
      {grant.disbursements.length === 0 ? (
        <EmptyState>{t('funds.grant.noTranches')}</EmptyState>
      ) : (
        <WideTable label={t('funds.grant.tranchesTable')} testId="tranches-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('funds.tranche.number')}</Table.Th>
              <Table.Th scope="col">{t('funds.tranche.plannedOn')}</Table.Th>
              <AmountHeader>{t('funds.tranche.amount')}</AmountHeader>
              <Table.Th scope="col">{t('funds.tranche.status')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('funds.tranche.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grant.disbursements.map((tranche) => {
              const asSubject = subject('Disbursement', {
                collaborativeId,
                recipientOrganizationId: tranche.recipientOrganizationId,
              });
              return (
                <Table.Tr key={tranche.id} data-testid={`tranche-${tranche.sequence}`}>
                  <Table.Th scope="row">{t('funds.tranche.nth', { n: tranche.sequence })}</Table.Th>
                  <Table.Td>{format.localDate(tranche.plannedOn)}</Table.Td>
                  <AmountCell>{format.money(tranche.amount)}</AmountCell>
                  <Table.Td>
                    {/* miw: the whole word, not an ellipsis, when a phone narrows the column (the table scrolls). */}
                    <Badge
                      variant="light"
                      color={STATUS_COLOR[tranche.status]}
                      tt="none"
                      size="lg"
                      miw="max-content"
                    >
                      {t(`funds.trancheStatus.${tranche.status}`)}
                    </Badge>
                    {tranche.status === 'SCHEDULED' && (tranche.releasePreview?.holds.length ?? 0) > 0 && (
                      // Seen before anyone presses Release: the release would be refused for these.
                      <Text size="xs" c="red.9" fw={600} data-testid={`tranche-${tranche.sequence}-held`}>
                        {t('funds.tranche.onHold')}
                      </Text>
                    )}
                    {tranche.releasedAt && (
                      <Text size="xs">
                        {t('funds.tranche.releasedOn', { date: format.date(tranche.releasedAt) })}
                      </Text>
                    )}
                    {tranche.paidAt && (
                      <Text size="xs">
                        {t('funds.tranche.paidOn', { date: format.date(tranche.paidAt) })}
                      </Text>
                    )}
                    {tranche.releaseTransactionId &&
                      (tranche.status === 'RELEASED' || tranche.status === 'PAID') && (
                        <Can I="read" this={subject('FundingStream', { collaborativeId })}>
                          <TrancheDraws tranche={tranche} />
                        </Can>
                      )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      {tranche.status === 'SCHEDULED' && (
                        <Can I="release" this={asSubject}>
                          <Button
                            size="xs"
                            onClick={() => setReleasing(tranche)}
                            aria-label={t('funds.release.openNth', { n: tranche.sequence })}
                          >
                            {t('funds.release.open')}
                          </Button>
                        </Can>
                      )}
                      {(tranche.status === 'SCHEDULED' || tranche.status === 'RELEASED') && (
                        <Can I="update" this={asSubject}>
                          {tranche.status === 'RELEASED' ? (
                            <Button
                              size="xs"
                              variant="light"
                              onClick={() => setSettling({ kind: 'paid', tranche })}
                              aria-label={t('funds.markPaid.openNth', { n: tranche.sequence })}
                            >
                              {t('funds.markPaid.open')}
                            </Button>
                          ) : (
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              onClick={() => setSettling({ kind: 'cancel', tranche })}
                              aria-label={t('funds.cancelTranche.openNth', { n: tranche.sequence })}
                            >
                              {t('funds.cancelTranche.open')}
                            </Button>
                          )}
                        </Can>
                      )}
                      {tranche.status === 'RELEASED' && tranche.releaseTransactionId && (
                        <Can I="reverse" this={subject('LedgerTransaction', { collaborativeId })}>
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            onClick={() => setSettling({ kind: 'reverse', tranche })}
                            aria-label={t('funds.reverseRelease.openNth', { n: tranche.sequence })}
                          >
                            {t('funds.reverseRelease.open')}
                          </Button>
                        </Can>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </WideTable>
      )}
      {releasing && (
        <ReleaseDialog
          key={releasing.id}
          onClose={() => setReleasing(null)}
          collaborativeId={collaborativeId}
          tranche={releasing}
          recipient={recipient}
          grantRemaining={grant.totals.remaining}
        />
      )}
      {settling?.kind === 'paid' && (
        <MarkPaidDialog
          key={settling.tranche.id}
          onClose={() => setSettling(null)}
          tranche={settling.tranche}
          recipient={recipient}
        />
      )}
      {settling?.kind === 'cancel' && (
        <CancelTrancheDialog
          key={settling.tranche.id}
          onClose={() => setSettling(null)}
          tranche={settling.tranche}
          recipient={recipient}
        />
      )}
      {settling?.kind === 'reverse' && release && (
        <ReverseReleaseDialog
          key={settling.tranche.id}
          onClose={() => setSettling(null)}
          tranche={settling.tranche}
          recipient={recipient}
          releaseTransactionId={release}
        />
      )}
    </Section>
  );
}

function Allocations({ grant }: { grant: Grant }) {
  const t = useT();
  const format = useFormat();
  return (
    <Section id="allocations" title={t('funds.grant.allocations')}>
      <WideTable label={t('funds.grant.allocationsTable')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('funds.stream.name')}</Table.Th>
            <AmountHeader>{t('funds.figure.committed')}</AmountHeader>
            <AmountHeader>{t('funds.grant.streamCash')}</AmountHeader>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {grant.allocations.map((allocation) => (
            <Table.Tr key={allocation.id}>
              <Table.Th scope="row" fw={500}>
                {allocation.fundingStream?.name ?? t('funds.grant.streamHidden')}
              </Table.Th>
              <AmountCell>{format.money(allocation.amount)}</AmountCell>
              <AmountCell>
                {allocation.fundingStream ? format.money(allocation.fundingStream.totals.cashOnHand) : '—'}
              </AmountCell>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </WideTable>
    </Section>
  );
}
