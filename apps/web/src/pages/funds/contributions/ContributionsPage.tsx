import { useQuery } from '@apollo/client/react';
import { subject } from '@casl/ability';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { FundingStreamsQuery as StreamsData } from '../../../graphql/generated/graphql';
import { useFormat, useT } from '../../../i18n/use-t';
import { Can } from '../../../session/ability';
import { Section } from '../../../ui/Section';
import { EmptyState, LoadingState, ProblemAlert } from '../../../ui/states';
import { usePageTitle } from '../../../ui/use-page-title';
import { AmountCell, AmountHeader, WideTable } from '../WideTable';
import { CreateStreamForm } from './CreateStreamForm';
import { FundingStreamsQuery } from './operations';
import { RecordPledgeForm } from './RecordPledgeForm';
import { RecordReceiptForm } from './RecordReceiptForm';
import { canWriteOff, WriteOffDialog } from './WriteOffDialog';

export type Stream = StreamsData['fundingStreams'][number];

/**
 * Where money comes in: the funding streams, the funders' pledges on each and what has arrived.
 * The fund administrator records streams, pledges and receipts here.
 */
export function ContributionsPage() {
  const t = useT();
  usePageTitle(t('funds.contributions.title'));
  const { collaborativeId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(FundingStreamsQuery, {
    variables: { collaborativeId },
    fetchPolicy: 'cache-and-network',
  });
  const streams = data?.fundingStreams;

  return (
    <Stack gap="xl">
      <Title order={1}>{t('funds.contributions.title')}</Title>
      {loading && !streams ? (
        <LoadingState label={t('funds.contributions.loading')} />
      ) : error && !streams ? (
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <Can I="create" this={subject('Contribution', { collaborativeId })}>
            {streams && streams.length > 0 && <RecordPledgeForm streams={streams} />}
          </Can>
          <Can I="update" this={subject('Contribution', { collaborativeId })}>
            {streams && streams.length > 0 && <RecordReceiptForm streams={streams} />}
          </Can>
          <Section id="streams" title={t('funds.budget.streams')}>
            {!streams || streams.length === 0 ? (
              <EmptyState>{t('funds.budget.noStreams')}</EmptyState>
            ) : (
              streams.map((stream) => (
                <StreamCard key={stream.id} stream={stream} collaborativeId={collaborativeId} />
              ))
            )}
          </Section>
          <Can I="create" this={subject('FundingStream', { collaborativeId })}>
            <CreateStreamForm
              collaborativeId={collaborativeId}
              funders={(data?.organizations ?? []).filter((organization) =>
                organization.kinds.includes('FUNDER'),
              )}
            />
          </Can>
        </>
      )}
    </Stack>
  );
}

type Contribution = Stream['contributions'][number];

function StreamCard({ stream, collaborativeId }: { stream: Stream; collaborativeId: string }) {
  const t = useT();
  const format = useFormat();
  // The pledge as it was when the dialog opened: after the write-off its outstanding amount is zero.
  const [writingOff, setWritingOff] = useState<Contribution | null>(null);
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={`stream-${stream.id}`}>
      <Stack gap="xs">
        <Title order={3} id={`stream-${stream.id}`}>
          {stream.name}
        </Title>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color="gray" tt="none" size="lg">
            {t(`funds.kind.${stream.kind}`)}
          </Badge>
          <Badge variant="light" color={stream.restricted ? 'orange' : 'teal'} tt="none" size="lg">
            {stream.restricted
              ? t('funds.stream.restrictedTo', { purposes: stream.allowedPurposes.join(', ') || '—' })
              : t('funds.stream.unrestricted')}
          </Badge>
        </Group>
        <Text size="sm">
          {t('funds.stream.summary', {
            funder: stream.funder?.name ?? '—',
            award: format.money(stream.award),
            start: format.localDate(stream.startsOn),
            end: format.localDate(stream.endsOn),
          })}
        </Text>
        {stream.funder && (
          <Anchor
            component={Link}
            to={`/collaboratives/${collaborativeId}/funds/funders/${stream.funder.id}`}
            size="sm"
            style={{ alignSelf: 'flex-start' }}
          >
            {t('funds.stream.funderPage', { funder: stream.funder.name })}
          </Anchor>
        )}
        <Text size="sm" fw={600}>
          {t('funds.stream.received', {
            received: format.money(stream.totals.received),
            pledged: format.money(stream.totals.pledged),
          })}
        </Text>
        {stream.contributions.length === 0 ? (
          <Text size="sm">{t('funds.contributions.none')}</Text>
        ) : (
          <WideTable label={t('funds.contributions.tableOf', { stream: stream.name })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('funds.contribution.pledgedOn')}</Table.Th>
                <Table.Th scope="col">{t('funds.contribution.status')}</Table.Th>
                <AmountHeader>{t('funds.figure.pledged')}</AmountHeader>
                <AmountHeader>{t('funds.figure.received')}</AmountHeader>
                <AmountHeader>{t('funds.contribution.writtenOff')}</AmountHeader>
                <AmountHeader>{t('funds.contribution.outstanding')}</AmountHeader>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('funds.contribution.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {stream.contributions.map((contribution) => (
                <Table.Tr key={contribution.id}>
                  <Table.Th scope="row" fw={500}>
                    {format.localDate(contribution.pledgedOn)}
                    {contribution.memo && (
                      <Text size="xs" component="span" display="block">
                        {contribution.memo}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td>{t(`funds.contributionStatus.${contribution.status}`)}</Table.Td>
                  <AmountCell>{format.money(contribution.pledged)}</AmountCell>
                  <AmountCell>{format.money(contribution.received)}</AmountCell>
                  <AmountCell>{format.money(contribution.writtenOff)}</AmountCell>
                  <AmountCell>{format.money(contribution.outstanding)}</AmountCell>
                  <Table.Td>
                    {canWriteOff(contribution) && (
                      <Can I="update" this={subject('Contribution', { collaborativeId })}>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setWritingOff(contribution)}
                          aria-label={t('funds.writeOff.openFor', {
                            date: format.localDate(contribution.pledgedOn),
                            stream: stream.name,
                          })}
                        >
                          {t('funds.writeOff.open')}
                        </Button>
                      </Can>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </WideTable>
        )}
        {writingOff && (
          <WriteOffDialog
            key={writingOff.id}
            contribution={writingOff}
            stream={stream}
            onClose={() => setWritingOff(null)}
          />
        )}
      </Stack>
    </Paper>
  );
}
