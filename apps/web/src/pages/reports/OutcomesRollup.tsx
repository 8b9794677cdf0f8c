import { Box, Table, Text, VisuallyHidden } from '@mantine/core';
import { CategoryTick } from '../funds/charts';
import { BarChart } from '../funds/lazy-charts';
import { ScrollRegion } from './ScrollRegion';
import { useFormat, useT } from '../../i18n/use-t';
import { EmptyState } from '../../ui/states';

/** One metric's figures, as `publicOutcomes` (and the roll-up) give them. */
export interface OutcomeFigure {
  name: string;
  unit: string;
  target: number;
  actual: number;
  percentAchieved?: number | null;
  grantCount?: number;
}

/**
 * Target against achieved per metric: a bar chart for a glance and the same figures in a table
 * (what screen readers and narrow phones use). Presentational only, so the public transparency
 * page can show the published figures with it.
 */
export function OutcomesRollup({
  outcomes,
  caption,
}: {
  outcomes: readonly OutcomeFigure[];
  caption?: string;
}) {
  const t = useT();
  const format = useFormat();
  if (outcomes.length === 0) return <EmptyState>{t('reports.outcomes.empty')}</EmptyState>;
  const targetLabel = t('reports.outcomes.target');
  const actualLabel = t('reports.outcomes.actual');
  const data = outcomes.map((outcome) => ({
    metric: outcome.name,
    [targetLabel]: outcome.target,
    [actualLabel]: outcome.actual,
  }));
  return (
    <Box>
      <Box aria-hidden="true" mb="md" data-testid="outcomes-chart">
        <Text size="sm" c="dimmed" mb="xs">
          {t('reports.outcomes.chart')}
        </Text>
        <BarChart
          h={Math.max(180, outcomes.length * 72)}
          data={data}
          dataKey="metric"
          orientation="vertical"
          yAxisProps={{ width: 124, interval: 0, tick: <CategoryTick /> }}
          withLegend
          // The table below is what keyboards and screen readers use; the chart takes no focus.
          barChartProps={{ accessibilityLayer: false }}
          series={[
            { name: targetLabel, color: 'gray.5' },
            { name: actualLabel, color: 'teal.8' },
          ]}
        />
      </Box>
      <ScrollRegion label={caption ?? t('reports.outcomes.table')}>
        <Table striped data-testid="outcomes-table">
          <VisuallyHidden component="caption">{caption ?? t('reports.outcomes.table')}</VisuallyHidden>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('reports.outcomes.metric')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {targetLabel}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {actualLabel}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('reports.outcomes.percent')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {outcomes.map((outcome) => (
              <Table.Tr key={outcome.name}>
                <Table.Th scope="row" fw={500}>
                  {outcome.name}{' '}
                  <Text span size="sm" c="dimmed" display="block">
                    {t('reports.outcomes.unit', { unit: outcome.unit })}
                  </Text>
                </Table.Th>
                <Table.Td ta="right">{format.number(outcome.target)}</Table.Td>
                <Table.Td ta="right">{format.number(outcome.actual)}</Table.Td>
                <Table.Td ta="right">
                  {outcome.percentAchieved == null
                    ? t('reports.outcomes.noTarget')
                    : `${format.number(outcome.percentAchieved)} %`}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </Box>
  );
}
