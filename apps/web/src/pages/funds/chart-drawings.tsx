import '@mantine/charts/styles.css';

/** Only ever imported lazily (lazy-charts.tsx): this module is the chart library's chunk. */
export { BarChart, DonutChart } from '@mantine/charts';
