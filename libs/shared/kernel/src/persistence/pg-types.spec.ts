import { types } from 'pg';
import { parseTimestamptz } from './pg-types';

/** pg's own parser of timestamptz (postgres-date), before configurePgTypes replaces it. */
const parseDate = types.getTypeParser(1184, 'text') as (text: string) => Date;

describe('parseTimestamptz', () => {
  it('reads what PostgreSQL writes exactly as pg’s own parser does', () => {
    const samples = [
      '2026-11-23 17:44:10.929123+00',
      '2026-11-23 17:44:10+00',
      '2026-11-23 17:44:10.9+00',
      '2026-11-23 17:44:10.99999+00',
      '2026-01-01 00:00:00+00',
      '2024-02-29 23:59:59.999999+00',
      '2026-06-30 09:15:00.5-07',
      '2026-06-30 09:15:00.123+05:30',
      '1970-01-01 00:00:00+00',
      '2026-03-08 02:30:00-08',
      '1883-11-18 12:00:00-07:52:58',
      '9999-12-31 23:59:59.999+14',
    ];
    for (const text of samples)
      expect([text, parseTimestamptz(text)?.toISOString()]).toEqual([text, parseDate(text).toISOString()]);
  });

  it('agrees with pg’s parser on ten thousand instants in every offset form', () => {
    let seed = 2026;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pad = (n: number, width = 2) => String(n).padStart(width, '0');
    for (let i = 0; i < 10_000; i++) {
      const date = new Date(Date.UTC(1900, 0, 1) + Math.floor(random() * 200 * 365.25 * 86_400_000));
      const micros = Math.floor(random() * 1_000_000);
      const fraction = micros === 0 ? '' : `.${pad(micros, 6).replace(/0+$/, '')}`;
      const offsetMinutes = Math.floor(random() * 26 * 60) - 12 * 60;
      const sign = offsetMinutes < 0 ? '-' : '+';
      const abs = Math.abs(offsetMinutes);
      const offset =
        abs % 60 === 0 ? `${sign}${pad(abs / 60)}` : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
      const text =
        `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
        `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}${fraction}${offset}`;
      expect([text, parseTimestamptz(text)?.getTime()]).toEqual([text, parseDate(text).getTime()]);
    }
  });

  it('leaves what it does not know to the general parser', () => {
    for (const text of [
      'infinity',
      '-infinity',
      '0044-03-15 12:00:00+00 BC',
      '0099-01-01 00:00:00+00',
      '12026-01-01 00:00:00+00',
      'garbage',
      '2026-11-23',
    ])
      expect([text, parseTimestamptz(text)]).toEqual([text, null]);
  });
});
