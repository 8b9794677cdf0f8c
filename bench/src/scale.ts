/**
 * The size of the data set. Every collaborative has the same shape; the scales differ only in how
 * many collaboratives there are, so small is exactly 1/20 of full and per-tenant queries (a budget,
 * a grant page, a motion) touch the same number of rows at both scales: what grows is the size of
 * the tables they must find those rows in.
 */
export interface Shape {
  seats: number;
  /** FUNDED_PARTNER organizations, each with one PARTNER_CONTACT user. */
  partners: number;
  /** Funding streams, each from its own funder. */
  streams: number;
  contributionsPerStream: number;
  receiptsPerContribution: number;
  grants: number;
  /** Tranches per grant: the first two are released (ledger postings), the last scheduled. */
  tranchesPerGrant: 3;
  meetings: number;
  /** Motions voted with ballots (10 per motion); the last `openMotions` are still open. */
  motions: number;
  openMotions: number;
  ballotsPerMotion: number;
}

export const SHAPE: Shape = {
  seats: 25,
  partners: 12,
  streams: 4,
  contributionsPerStream: 75,
  receiptsPerContribution: 9,
  grants: 250,
  tranchesPerGrant: 3,
  meetings: 20,
  motions: 100,
  openMotions: 10,
  ballotsPerMotion: 10,
};

export type ScaleName = 'small' | 'full';

export const COLLABORATIVES: Record<ScaleName, number> = { small: 10, full: 200 };

/** What one collaborative holds, and so the totals a scale must reach (checked after seeding). */
export function expectedCounts(collaboratives: number, shape: Shape = SHAPE) {
  const contributions = shape.streams * shape.contributionsPerStream;
  const receipts = contributions * shape.receiptsPerContribution;
  // Per grant: a commitment on two streams (4 postings), tranche 1 drawn on both streams (8),
  // tranche 2 on the second (4).
  const postingsPerGrant = 4 + 8 + 4;
  return {
    collaborative: collaboratives,
    seat: collaboratives * shape.seats,
    grant_award: collaboratives * shape.grants,
    disbursement: collaboratives * shape.grants * shape.tranchesPerGrant,
    ledger_entry: collaboratives * (2 * contributions + 2 * receipts + postingsPerGrant * shape.grants),
    // Deliberated motions, plus the FUNDING motion that approved each grant (one per grant).
    motion: collaboratives * (shape.motions + shape.grants),
    ballot: collaboratives * shape.motions * shape.ballotsPerMotion,
    // Two per grant: year one accepted, year two a draft ready to submit (seed/reports.sql.ts).
    grant_report: collaboratives * shape.grants * 2,
  };
}

export const BENCH_PASSWORD = 'braid-bench-2026';

/** Sign-in addresses of the generated people, by collaborative number (1-based). */
export const benchEmail = {
  seatHolder: (c: number, seat: number) => `c${c}.seat${seat}@bench.braid.example`,
  admin: (c: number) => `c${c}.admin@bench.braid.example`,
  fundAdministrator: (c: number) => `c${c}.funds@bench.braid.example`,
  partner: (c: number, partner: number) => `c${c}.partner${partner}@bench.braid.example`,
  observer: (c: number) => `c${c}.observer@bench.braid.example`,
};
