import type { BarChartProps, DonutChartProps } from '@mantine/charts';
import { Box } from '@mantine/core';
import { lazy, Suspense } from 'react';

/**
 * The chart library (Mantine charts on recharts: about 115 kB gzipped, more than the rest of a
 * page) is fetched when a chart is first drawn, not with the page: on a phone the heading, figures
 * and tables come first. Every chart has a table beside it with the same figures, so nothing is
 * missing while it loads; the placeholder keeps its height so the page does not jump.
 */
const drawings = () => import('./chart-drawings');
const BarChartDrawing = lazy(() => drawings().then((module) => ({ default: module.BarChart })));
const DonutChartDrawing = lazy(() => drawings().then((module) => ({ default: module.DonutChart })));

export function BarChart(props: BarChartProps) {
  return (
    <Suspense fallback={<Box h={props.h} />}>
      <BarChartDrawing {...props} />
    </Suspense>
  );
}

export function DonutChart(props: DonutChartProps) {
  return (
    <Suspense fallback={<Box h={props.size ?? 160} />}>
      <DonutChartDrawing {...props} />
    </Suspense>
  );
}
