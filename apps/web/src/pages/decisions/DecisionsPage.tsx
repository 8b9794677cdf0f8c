import { useQuery } from '@apollo/client/react';
import { Anchor, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type {
  DecisionsQuery as DecisionsData,
  MotionKind,
  MotionOutcome,
  MotionStatus,
} from '../../graphql/generated/graphql';
import { useFormat, useT } from '../../i18n/use-t';
import { LoadMore } from '../../ui/LoadMore';
import { EmptyState, LoadingState, ProblemAlert } from '../../ui/states';
import { usePageTitle } from '../../ui/use-page-title';
import { MotionHeading } from '../motions/MotionBadges';
import { DecisionsQuery } from './operations';

type Decision = DecisionsData['motions']['nodes'][number];

const PAGE_SIZE = 25;
const STATUSES: MotionStatus[] = ['DRAFT', 'OPEN', 'CLOSED', 'WITHDRAWN'];
const OUTCOMES: MotionOutcome[] = ['PASSED', 'FAILED', 'NO_QUORUM'];
const KINDS: MotionKind[] = ['FUNDING', 'GENERAL', 'MINUTES_APPROVAL'];
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Filters {
  status: MotionStatus | '';
  outcome: MotionOutcome | '';
  kind: MotionKind | '';
  decidedFrom: string;
  decidedTo: string;
}

/**
 * Every motion the leadership team has moved, whatever meeting it was at: what was decided, when,
 * and the count at a glance. The API filters and pages the list; only what the reader may read
 * reaches it.
 */
export function DecisionsPage() {
  const t = useT();
  const { collaborativeId = '' } = useParams();
  usePageTitle(t('governance.decisions.title'));
  const [filters, setFilters] = useState<Filters>({
    status: '',
    outcome: '',
    kind: '',
    decidedFrom: '',
    decidedTo: '',
  });
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    setFilters((current) => ({ ...current, [key]: value }));
  // A date being typed is not sent until it is a whole date.
  const date = (value: string) => (LOCAL_DATE.test(value) ? value : null);
  const { data, loading, error, refetch, fetchMore } = useQuery(DecisionsQuery, {
    variables: {
      collaborativeId,
      status: filters.status || null,
      outcome: filters.outcome || null,
      kind: filters.kind || null,
      decidedFrom: date(filters.decidedFrom),
      decidedTo: date(filters.decidedTo),
      first: PAGE_SIZE,
    },
  });
  const page = data?.motions;

  return (
    <Stack gap="lg">
      <Title order={1}>{t('governance.decisions.title')}</Title>
      <Text>{t('governance.decisions.explain')}</Text>
      <SimpleGrid
        cols={{ base: 1, xs: 2, md: 5 }}
        spacing="sm"
        component="form"
        role="search"
        aria-label={t('governance.decisions.filters')}
        onSubmit={(event) => event.preventDefault()}
      >
        <NativeSelect
          label={t('governance.decisions.status')}
          value={filters.status}
          onChange={(event) => set('status', event.currentTarget.value as Filters['status'])}
          data={[
            { value: '', label: t('governance.decisions.any') },
            ...STATUSES.map((status) => ({ value: status, label: t(`governance.motionStatus.${status}`) })),
          ]}
        />
        <NativeSelect
          label={t('governance.decisions.outcome')}
          value={filters.outcome}
          onChange={(event) => set('outcome', event.currentTarget.value as Filters['outcome'])}
          data={[
            { value: '', label: t('governance.decisions.any') },
            ...OUTCOMES.map((outcome) => ({ value: outcome, label: t(`governance.outcome.${outcome}`) })),
          ]}
        />
        <NativeSelect
          label={t('governance.decisions.kind')}
          value={filters.kind}
          onChange={(event) => set('kind', event.currentTarget.value as Filters['kind'])}
          data={[
            { value: '', label: t('governance.decisions.any') },
            ...KINDS.map((kind) => ({ value: kind, label: t(`governance.motionKind.${kind}`) })),
          ]}
        />
        <TextInput
          type="date"
          label={t('governance.decisions.decidedFrom')}
          value={filters.decidedFrom}
          onChange={(event) => set('decidedFrom', event.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('governance.decisions.decidedTo')}
          value={filters.decidedTo}
          onChange={(event) => set('decidedTo', event.currentTarget.value)}
        />
      </SimpleGrid>

      {loading && !page ? (
        <LoadingState />
      ) : error && !page ? (
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      ) : !page || page.nodes.length === 0 ? (
        <EmptyState>{t('governance.decisions.empty')}</EmptyState>
      ) : (
        <Stack
          gap="sm"
          component="ul"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          aria-live="polite"
        >
          {page.nodes.map((motion) => (
            <DecisionCard key={motion.id} motion={motion} collaborativeId={collaborativeId} />
          ))}
        </Stack>
      )}
      {page && (
        <LoadMore
          pageInfo={page.pageInfo}
          fetchNext={(after) => fetchMore({ variables: { after } })}
          label={t('governance.decisions.loadMore')}
          testId="decisions-load-more"
        />
      )}
    </Stack>
  );
}

function DecisionCard({ motion, collaborativeId }: { motion: Decision; collaborativeId: string }) {
  const t = useT();
  const format = useFormat();
  const base = `/collaboratives/${collaborativeId}`;
  return (
    <Paper withBorder p="sm" radius="md" component="li" data-testid={`decision-${motion.id}`}>
      <Stack gap={4}>
        <MotionHeading motion={motion} collaborativeId={collaborativeId}>
          {motion.closedAt && (
            <Text size="sm">
              {t(
                motion.status === 'WITHDRAWN'
                  ? 'governance.decisions.withdrawnOn'
                  : 'governance.decisions.decidedOn',
                { date: format.date(motion.closedAt) },
              )}
            </Text>
          )}
        </MotionHeading>
        {motion.tally && (
          <Text size="sm" data-testid="decision-tally">
            {t('governance.decisions.tally', {
              yes: motion.tally.yes,
              no: motion.tally.no,
              abstain: motion.tally.abstain,
              recused: motion.tally.recusedSeatIds.length,
            })}
          </Text>
        )}
        {motion.meeting && (
          <Anchor component={Link} to={`${base}/meetings/${motion.meeting.id}`} size="sm">
            {t('governance.motion.atMeeting', {
              meeting: motion.meeting.title,
              date: format.date(motion.meeting.scheduledAt),
            })}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}
