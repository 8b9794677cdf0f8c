import { subject } from '@casl/ability';
import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { RequirementStatus } from '../../graphql/generated/graphql';
import { useFormat, useT } from '../../i18n/use-t';
import { Can } from '../../session/ability';
import { EmptyState, LoadingState, ProblemAlert } from '../../ui/states';
import { LoadMore } from '../../ui/LoadMore';
import { usePageTitle } from '../../ui/use-page-title';
import { ReportingRequirementsQuery } from './operations';
import { requirementPeriod } from './requirement-period';
import { RequirementStatusBadge } from './RequirementStatusBadge';

type Filter = 'ALL' | 'OPEN' | 'UNDER_REVIEW';
const FILTERS: Record<Filter, RequirementStatus[] | null> = {
  ALL: null,
  OPEN: ['DUE', 'LATE', 'CHANGES_REQUESTED'],
  UNDER_REVIEW: ['UNDER_REVIEW'],
};

/** Enough for a fund administrator's screen; the rest on request ("show more"). */
export const REPORTS_PAGE_SIZE = 50;

/**
 * The reports owed: a partner sees its own grants' reports, the fund administrator and the
 * leadership team everyone's (who is late, what waits for review). The API filters by status, so
 * every page is a full page of what the filter asks for.
 */
export function ReportsPage() {
  const t = useT();
  const format = useFormat();
  const { collaborativeId = '' } = useParams();
  usePageTitle(t('reports.list.title'));
  const [filter, setFilter] = useState<Filter>('ALL');
  const { data, loading, error, refetch, fetchMore } = useQuery(ReportingRequirementsQuery, {
    variables: { collaborativeId, statuses: FILTERS[filter], first: REPORTS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.reportingRequirements;
  const view = useRef<HTMLDivElement>(null);
  // The button is disabled while it loads, which takes the keyboard focus away (and it is gone
  // after the last page): the focus goes to the first report that came in, where reading goes on.
  const focusFrom = useRef<number | null>(null);
  const shown = page?.nodes.length ?? 0;
  useEffect(() => {
    const link =
      focusFrom.current === null
        ? null
        : view.current?.querySelectorAll<HTMLElement>('li a')[focusFrom.current];
    if (!link) return;
    focusFrom.current = null;
    link.focus();
  }, [shown]);

  const fetchNext = async (after: string) => {
    focusFrom.current = shown;
    try {
      await fetchMore({ variables: { after } });
    } catch (failure) {
      focusFrom.current = null;
      throw failure;
    }
  };

  return (
    <Stack gap="xl" ref={view}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1}>{t('reports.list.title')}</Title>
        <Group gap="sm" wrap="wrap">
          <Can I="read" this={subject('OutcomeRollup', { collaborativeId })}>
            <Button component={Link} to={`/collaboratives/${collaborativeId}/outcomes`} variant="light">
              {t('reports.list.outcomes')}
            </Button>
          </Can>
          <Can I="export" this={subject('OutcomeRollup', { collaborativeId })}>
            <Button
              component="a"
              href={`/api/collaboratives/${collaborativeId}/reports/outcomes.csv`}
              download
              variant="outline"
              data-testid="outcomes-csv"
            >
              {t('reports.list.exportCsv')}
            </Button>
          </Can>
        </Group>
      </Group>
      <SegmentedControl
        aria-label={t('reports.list.filter')}
        value={filter}
        onChange={(value) => setFilter(value as Filter)}
        data={(Object.keys(FILTERS) as Filter[]).map((value) => ({
          value,
          label: t(`reports.list.filter.${value}`),
        }))}
        fullWidth
        style={{ maxWidth: 520 }}
      />
      {loading && !page ? (
        <LoadingState />
      ) : error && !page ? (
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      ) : !page || page.nodes.length === 0 ? (
        <EmptyState>{t('reports.list.empty')}</EmptyState>
      ) : (
        <>
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {page.nodes.map((requirement) => (
              <Paper
                key={requirement.id}
                withBorder
                p="md"
                radius="md"
                component="li"
                data-testid="requirement"
              >
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Anchor
                    component={Link}
                    to={`/collaboratives/${collaborativeId}/reports/${requirement.id}`}
                    fw={700}
                  >
                    {t('reports.list.report', {
                      grant: requirement.grant?.title ?? '…',
                      sequence: requirement.sequence,
                    })}
                  </Anchor>
                  <RequirementStatusBadge status={requirement.status} />
                </Group>
                {requirement.grant?.recipient && (
                  <Text size="sm" data-testid="requirement-partner">
                    {requirement.grant.recipient.name}
                  </Text>
                )}
                <Text size="sm">
                  {t('reports.list.period', {
                    period: requirementPeriod(requirement, format),
                    date: format.localDate(requirement.dueOn),
                  })}
                </Text>
              </Paper>
            ))}
          </Stack>
          <Text size="sm" aria-live="polite">
            {t('reports.list.shown', { count: page.nodes.length })}
          </Text>
          <LoadMore
            pageInfo={page.pageInfo}
            fetchNext={fetchNext}
            label={t('reports.list.loadMore')}
            testId="requirements-more"
          />
        </>
      )}
    </Stack>
  );
}
