import { centsToDecimalString } from '@braid/contracts';
import { csvRow, csvStart, CsvValue } from '@braid/kernel';
import { FunderOutcome, MetricOutcomeDetail, OutcomeFigures } from './outcome.types';

export const OUTCOMES_HEADER = [
  'scope',
  'metric',
  'unit',
  'grant',
  'organization',
  'period',
  'funding_stream',
  'funder',
  'target',
  'actual',
  'percent_achieved',
  'committed',
  'disbursed',
  'currency',
];

const numbers = (row: OutcomeFigures): CsvValue[] => [
  String(row.target),
  String(row.actual),
  row.percentAchieved === null ? '' : String(row.percentAchieved),
];

/**
 * The roll-up as one CSV (RFC 4180, formula-looking text neutralised by funds' csvField): a row
 * per metric, then its grants, periods and streams, then a row per funder and metric with the
 * funder's money. Figures are as the roll-up answers them, so the file and the screen agree.
 */
export function outcomesCsv(metrics: MetricOutcomeDetail[], funders: FunderOutcome[]): string {
  const rows: string[] = [csvStart(OUTCOMES_HEADER)];
  const blank = (n: number) => new Array<CsvValue>(n).fill('');
  for (const metric of metrics) {
    rows.push(csvRow(['METRIC', metric.name, metric.unit, ...blank(5), ...numbers(metric), ...blank(3)]));
    for (const grant of metric.grants)
      rows.push(
        csvRow([
          'GRANT',
          metric.name,
          metric.unit,
          grant.grantTitle,
          grant.organizationName,
          '',
          '',
          '',
          ...numbers(grant),
          ...blank(3),
        ]),
      );
    for (const period of metric.periods)
      rows.push(
        csvRow([
          'PERIOD',
          metric.name,
          metric.unit,
          period.grantTitle,
          '',
          period.covers,
          '',
          '',
          ...numbers(period),
          ...blank(3),
        ]),
      );
    for (const stream of metric.streams)
      rows.push(
        csvRow([
          'STREAM',
          metric.name,
          metric.unit,
          '',
          '',
          '',
          stream.streamName,
          stream.funderName,
          ...numbers(stream),
          ...blank(3),
        ]),
      );
  }
  for (const funder of funders) {
    for (const committed of funder.committed) {
      const disbursed = funder.disbursed.find((money) => money.currency === committed.currency)?.cents ?? 0n;
      rows.push(
        csvRow([
          'FUNDER',
          '',
          '',
          '',
          '',
          '',
          '',
          funder.funderName,
          '',
          '',
          '',
          centsToDecimalString(committed.cents),
          centsToDecimalString(disbursed),
          committed.currency,
        ]),
      );
    }
    for (const metric of funder.metrics)
      rows.push(
        csvRow([
          'FUNDER_METRIC',
          metric.name,
          metric.unit,
          '',
          '',
          '',
          '',
          funder.funderName,
          ...numbers(metric),
          ...blank(3),
        ]),
      );
  }
  return rows.join('');
}
