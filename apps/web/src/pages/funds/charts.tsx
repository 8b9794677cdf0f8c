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

/** Characters per line of a bar's name; at the axis's 12 px, about the 120 px the axis is given. */
const LABEL_LINE = 17;
const LABEL_LINES = 2;

/**
 * A bar's name on at most two lines that fit the axis, broken between words, the rest shortened
 * with "…": "Health plan community reinvestment" never runs over its neighbours or the bars.
 * The table beside every chart has the full names.
 */
export function wrapLabel(text: string, perLine = LABEL_LINE, lines = LABEL_LINES): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine) {
      line = next;
      continue;
    }
    if (line) out.push(line);
    line = word;
    if (out.length === lines) break;
  }
  if (out.length < lines && line) out.push(line);
  const fitted = out
    .slice(0, lines)
    .map((part) => (part.length > perLine ? `${part.slice(0, perLine - 1)}…` : part));
  const shown = fitted.join(' ').replace(/…/g, '');
  const whole = text.trim().replace(/\s+/g, ' ');
  if (shown.length < whole.length && !fitted[fitted.length - 1].endsWith('…')) {
    const last = fitted[fitted.length - 1];
    fitted[fitted.length - 1] = `${last.length >= perLine ? last.slice(0, perLine - 1) : last}…`;
  }
  return fitted;
}

/** The category axis tick: the wrapped name, right-aligned against the bars, the full name as its title. */
export function CategoryTick({ x, y, payload }: { x?: number; y?: number; payload?: { value: string } }) {
  const name = String(payload?.value ?? '');
  const lines = wrapLabel(name);
  const lineHeight = 14;
  const top = -((lines.length - 1) * lineHeight) / 2;
  return (
    <g transform={`translate(${x ?? 0},${y ?? 0})`}>
      <title>{name}</title>
      <text x={-6} y={top} textAnchor="end" dominantBaseline="middle" fontSize={12} fill="currentColor">
        {lines.map((line, index) => (
          <tspan key={index} x={-6} dy={index === 0 ? 0 : lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
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
      h={Math.max(180, data.length * 64)}
      data={data}
      dataKey={dataKey}
      series={series}
      orientation="vertical"
      withLegend
      withTooltip={false}
      valueFormatter={axisMoney}
      // Every name shown, wrapped to fit (CategoryTick); the money axis drops ticks that would collide.
      yAxisProps={{ width: 124, interval: 0, tick: <CategoryTick /> }}
      xAxisProps={{ minTickGap: 16 }}
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
