import { Money } from '@braid/kernel';
import { percentAchieved } from './outcome-figures';
import { outcomesCsv } from './outcomes-csv';

describe('outcome figures and their CSV', () => {
  it('computes percent achieved to one decimal, and none without a target', () => {
    expect(percentAchieved(120, 500)).toBe(24);
    expect(percentAchieved(1, 3)).toBe(33.3);
    expect(percentAchieved(5, 0)).toBeNull();
  });

  it('writes a row per metric, grant, period, stream and funder, quoting and neutralising text', () => {
    const csv = outcomesCsv(
      [
        {
          metricId: 'm',
          collaborativeId: 'c',
          name: 'Clients, "non-duplicated"',
          unit: 'clients',
          grantCount: 1,
          target: 500,
          actual: 120,
          percentAchieved: 24,
          grants: [
            {
              grantId: 'g',
              grantTitle: '=HYPERLINK("x")',
              organizationName: 'Center',
              target: 500,
              actual: 120,
              percentAchieved: 24,
            },
          ],
          periods: [
            {
              requirementId: 'r',
              grantId: 'g',
              grantTitle: 'Year one',
              covers: '2026-01-01 to 2026-03-31',
              target: 125,
              actual: 120,
              percentAchieved: 96,
            },
          ],
          streams: [
            {
              fundingStreamId: 's',
              streamName: 'County',
              funderName: 'County',
              target: 333,
              actual: 80,
              percentAchieved: 24,
            },
          ],
        },
      ],
      [
        {
          funderOrganizationId: 'f',
          funderName: 'County',
          committed: [Money.of({ cents: 20_000_000n, currency: 'USD' })],
          disbursed: [Money.of({ cents: 6_666_667n, currency: 'USD' })],
          grantCount: 1,
          metrics: [
            {
              metricId: 'm',
              name: 'Clients',
              unit: 'clients',
              target: 333,
              actual: 80,
              percentAchieved: 24,
            },
          ],
        },
      ],
    );
    const lines = csv.split('\r\n');
    // The byte-order mark first, so Excel reads the file as UTF-8.
    expect(lines[0]).toBe(
      '\uFEFFscope,metric,unit,grant,organization,period,funding_stream,funder,target,actual,percent_achieved,committed,disbursed,currency',
    );
    expect(lines[1]).toBe('METRIC,"Clients, ""non-duplicated""",clients,,,,,,500,120,24,,,');
    expect(lines[2]).toBe(
      `GRANT,"Clients, ""non-duplicated""",clients,"'=HYPERLINK(""x"")",Center,,,,500,120,24,,,`,
    );
    expect(lines[3]).toBe(
      'PERIOD,"Clients, ""non-duplicated""",clients,Year one,,2026-01-01 to 2026-03-31,,,125,120,96,,,',
    );
    expect(lines[4]).toBe('STREAM,"Clients, ""non-duplicated""",clients,,,,County,County,333,80,24,,,');
    expect(lines[5]).toBe('FUNDER,,,,,,,County,,,,200000.00,66666.67,USD');
    expect(lines[6]).toBe('FUNDER_METRIC,Clients,clients,,,,,County,333,80,24,,,');
    expect(lines[7]).toBe('');
  });
});
