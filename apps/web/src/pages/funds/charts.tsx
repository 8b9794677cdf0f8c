import { Box, Stack, Text } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import type { MoneyValue } from '../../i18n/format';
import { useLocale } from '../../i18n/LocaleProvider';
import { INTL_LOCALE } from '../../i18n/locale';
import { BarChart, DonutChart } from './lazy-charts';

/**
 * Whole dollars for drawing only: a bar's length needs a number, and a chart cannot show cents
 * anyway. Exact amounts are in the table beside every chart.
 */
export function chartDollars(money: MoneyValue): number {
  return Number(BigInt(money.cents) / 100n);
}

function useAxisMoney(currency: string): (value: number) => string {
  const { locale } = useLocale();
  const format = new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  return (value) => format.format(value);
}

/**
 * A chart and its text alternative: the drawing is hidden from screen readers (and holds no focus
 * stops), and the table that follows says the same with exact amounts, for everyone.
 */
export function ChartFigure({
  caption,
  chart,
  table,
}: {
  caption: string;
  chart: ReactNode;
  table: ReactNode;
}) {
  const id = useId();
  return (
    <Stack component="figure" gap="xs" m={0} aria-labelledby={id}>
      <Text component="figcaption" id={id} fw={600}>
        {caption}
      </Text>
      <Box aria-hidden="true" inert>
        {chart}
      </Box>
      {table}
    </Stack>
  );
}

export interface BarSeries {
  name: string;
  label: string;
  color: string;
}

export function MoneyBarChart({
  data,
  dataKey,
  series,
  currency,
}: {
  data: Record<string, string | number>[];
  dataKey: string;
  series: BarSeries[];
  currency: string;
}) {
  const axisMoney = useAxisMoney(currency);
  return (
    <BarChart
      h={Math.max(180, data.length * 56)}
      data={data}
      dataKey={dataKey}
      series={series}
      orientation="vertical"
      withLegend
      withTooltip={false}
      valueFormatter={axisMoney}
      yAxisProps={{ width: 120 }}
      barChartProps={{ accessibilityLayer: false }}
    />
  );
}

export function MoneyDonutChart({ data }: { data: { name: string; value: number; color: string }[] }) {
  return (
    <DonutChart
      data={data}
      withTooltip={false}
      withLabelsLine={false}
      size={180}
      thickness={28}
      pieChartProps={{ accessibilityLayer: false }}
    />
  );
}

/** Colours from the theme with enough contrast on white for bars and their legend. */
export const CHART_COLORS = ['teal.7', 'indigo.6', 'orange.7', 'grape.6', 'cyan.8', 'red.7', 'lime.8'];
