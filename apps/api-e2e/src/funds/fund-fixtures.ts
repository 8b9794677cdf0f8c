import { randomUUID } from 'node:crypto';
import { passFundingMotion } from '../support/motions';
import { GraphQLClient } from '../support/graphql-client';
import { TestTenant } from '../support/tenant';
import { TestApp } from '../support/test-app';

export const STREAM_FIELDS = `id name kind restricted allowedPurposes startsOn endsOn award { cents currency }`;
export const GRANT_FIELDS = `id title purpose approvingMotionId origin amount { cents currency }
  disbursements { id sequence status amount { cents } plannedOn }`;
export const DISBURSEMENT_FIELDS = `id sequence status releaseTransactionId amount { cents currency } releasedAt`;

export const CREATE_STREAM = `mutation ($input: CreateFundingStreamInput!) { createFundingStream(input: $input) { ${STREAM_FIELDS} } }`;
export const RECORD_CONTRIBUTION = `mutation ($input: RecordContributionInput!) {
  recordContribution(input: $input) { id status pledged { cents currency } received { cents } outstanding { cents } } }`;
export const RECORD_RECEIPT = `mutation ($input: RecordContributionReceiptInput!) {
  recordContributionReceipt(input: $input) { id status received { cents } outstanding { cents } } }`;
export const CREATE_GRANT = `mutation ($input: CreateGrantInput!) { createGrant(input: $input) { ${GRANT_FIELDS} } }`;
export const RELEASE = `mutation ($input: ReleaseDisbursementInput!) { releaseDisbursement(input: $input) { ${DISBURSEMENT_FIELDS} } }`;
export const REVERSE = `mutation ($input: ReverseLedgerTransactionInput!) {
  reverseLedgerTransaction(input: $input) { id source memo reversesTransactionId entries { amount { cents } } } }`;
export const BUDGET = `query ($collaborativeId: ID!) { budgetOverview(collaborativeId: $collaborativeId) {
  fund { currency streamCount grantCount pledged { cents } received { cents } committed { cents } disbursed { cents } cashOnHand { cents } availableToCommit { cents } }
  streams { fundingStream { id name } pledged { cents } received { cents } committed { cents } disbursed { cents } cashOnHand { cents } availableToCommit { cents } }
  grants { grant { id title } awarded { cents } disbursed { cents } remaining { cents } } } }`;

export interface StreamBudgetRow {
  fundingStream: { id: string; name: string };
  pledged: { cents: string };
  received: { cents: string };
  committed: { cents: string };
  disbursed: { cents: string };
  cashOnHand: { cents: string };
  availableToCommit: { cents: string };
}

export interface BudgetResult {
  budgetOverview: {
    fund: (Omit<StreamBudgetRow, 'fundingStream'> & {
      currency: string;
      streamCount: number;
      grantCount: number;
    })[];
    streams: StreamBudgetRow[];
    grants: {
      grant: { id: string; title: string };
      awarded: { cents: string };
      disbursed: { cents: string };
      remaining: { cents: string };
    }[];
  };
}

export interface GrantResult {
  id: string;
  title: string;
  approvingMotionId: string;
  origin: string;
  amount: { cents: string; currency: string };
  disbursements: {
    id: string;
    sequence: number;
    status: string;
    amount: { cents: string };
    plannedOn: string;
  }[];
}

export interface StreamPlan {
  name: string;
  kind?: string;
  restricted?: boolean;
  allowedPurposes?: string[];
  allowedWorkgroupIds?: string[];
  startsOn?: string;
  endsOn?: string;
  awardCents: bigint;
  pledgedCents?: bigint;
  receivedCents?: bigint;
  funderOrganizationId?: string;
}

/**
 * A tenant's fund, built through the API as its fund administrator would: streams, pledges,
 * receipts, grants. Amounts are cents as bigint; the API speaks decimal strings.
 */
export class FundBuilder {
  readonly admin: GraphQLClient;
  private reportHoldsSet = false;

  constructor(
    readonly app: TestApp,
    readonly tenant: TestTenant,
    /**
     * Whether late reports hold releases (the reports library's setting, on by default). The
     * fund's own suites turn it off: their grants lie in the past with no reports at all, which
     * reports would rightly call late and hold; the reports suites keep it on.
     */
    private readonly options: { reportHolds?: boolean } = {},
  ) {
    this.admin = tenant.clients.fundAdmin;
  }

  private async setReportHolds(): Promise<void> {
    if (this.reportHoldsSet) return;
    this.reportHoldsSet = true;
    await this.tenant.clients.admin.data(
      `mutation ($input: UpdateReportSettingsInput!) { updateReportSettings(input: $input) { holdDisbursementsOnLateReports } }`,
      {
        input: {
          collaborativeId: this.tenant.collaborativeId,
          holdDisbursementsOnLateReports: this.options.reportHolds ?? false,
        },
      },
    );
  }

  async stream(plan: StreamPlan): Promise<{ id: string; name: string; contributionId: string | null }> {
    await this.setReportHolds();
    const { createFundingStream: stream } = await this.admin.data<{
      createFundingStream: { id: string; name: string };
    }>(CREATE_STREAM, {
      input: {
        collaborativeId: this.tenant.collaborativeId,
        funderOrganizationId: plan.funderOrganizationId ?? this.tenant.organizations.funder,
        name: plan.name,
        kind: plan.kind ?? 'COUNTY',
        restricted: plan.restricted ?? false,
        allowedPurposes: plan.allowedPurposes ?? [],
        allowedWorkgroupIds: plan.allowedWorkgroupIds ?? [],
        startsOn: plan.startsOn ?? '2025-07-01',
        endsOn: plan.endsOn ?? '2028-06-30',
        award: { cents: plan.awardCents.toString() },
      },
    });
    let contributionId: string | null = null;
    if (plan.pledgedCents) {
      contributionId = await this.pledge(stream.id, plan.pledgedCents);
      if (plan.receivedCents) await this.receive(contributionId, plan.receivedCents);
    }
    return { ...stream, contributionId };
  }

  async pledge(fundingStreamId: string, cents: bigint, pledgedOn = '2025-07-01'): Promise<string> {
    const { recordContribution } = await this.admin.data<{ recordContribution: { id: string } }>(
      RECORD_CONTRIBUTION,
      {
        input: { fundingStreamId, amount: { cents: cents.toString() }, pledgedOn, memo: 'Year one' },
      },
    );
    return recordContribution.id;
  }

  async receive(contributionId: string, cents: bigint, receivedOn = '2025-08-15'): Promise<void> {
    await this.admin.data(RECORD_RECEIPT, { input: { contributionId, cents: cents.toString(), receivedOn } });
  }

  /**
   * The fund administrator's createGrant input, citing a FUNDING motion the board passed for this
   * recipient and amount without naming streams (so the choice of streams is the administrator's).
   */
  async grantInput(overrides: {
    recipientOrganizationId?: string;
    allocations: { fundingStreamId: string; cents: bigint }[];
    tranches: bigint[];
    /** When each tranche is planned; weekly from September 2025 unless given. */
    plannedOn?: string[];
    /** The grant period; September 2025 to August 2026 unless given. */
    period?: { start: string; end: string };
    purpose?: string;
    title?: string;
  }) {
    const plannedOn = (i: number) => overrides.plannedOn?.[i] ?? trancheDate(i);
    const total = overrides.tranches.reduce((sum, cents) => sum + cents, 0n);
    const recipientOrganizationId = overrides.recipientOrganizationId ?? this.tenant.organizations.granteeA;
    const approvingMotionId = await passFundingMotion(this.app, this.tenant, {
      recipientOrganizationId,
      purpose: overrides.purpose ?? 'Trauma-informed care',
      amountCents: total,
      allocations: [],
      tranches: overrides.tranches.map((cents, i) => ({ cents, plannedOn: plannedOn(i) })),
      periodStart: overrides.period?.start,
      periodEnd: overrides.period?.end,
    });
    return {
      collaborativeId: this.tenant.collaborativeId,
      approvingMotionId,
      recipientOrganizationId,
      title: overrides.title ?? 'Trauma recovery services',
      purpose: overrides.purpose ?? 'Trauma-informed care',
      periodStart: overrides.period?.start ?? '2025-09-01',
      periodEnd: overrides.period?.end ?? '2026-08-31',
      amount: { cents: total.toString() },
      allocations: overrides.allocations.map((allocation) => ({
        fundingStreamId: allocation.fundingStreamId,
        cents: allocation.cents.toString(),
      })),
      tranches: overrides.tranches.map((cents, i) => ({
        cents: cents.toString(),
        plannedOn: plannedOn(i),
      })),
    };
  }

  async grant(overrides: Parameters<FundBuilder['grantInput']>[0]): Promise<GrantResult> {
    await this.setReportHolds();
    const { createGrant } = await this.admin.data<{ createGrant: GrantResult }>(CREATE_GRANT, {
      input: await this.grantInput(overrides),
    });
    return createGrant;
  }

  async budget(client: GraphQLClient = this.admin): Promise<BudgetResult['budgetOverview']> {
    return (await client.data<BudgetResult>(BUDGET, { collaborativeId: this.tenant.collaborativeId }))
      .budgetOverview;
  }

  async streamBudget(streamId: string): Promise<StreamBudgetRow> {
    const row = (await this.budget()).streams.find((stream) => stream.fundingStream.id === streamId);
    if (!row) throw new Error(`stream ${streamId} is not in the budget`);
    return row;
  }
}

/** Weekly from September 2025: one tranche per date, in order, as a motion must list them. */
function trancheDate(index: number): string {
  return new Date(Date.UTC(2025, 8, 1) + index * 7 * 86_400_000).toISOString().slice(0, 10);
}

/** A unique idempotency key, as a client would generate once per intended release. */
export const releaseKey = () => `release-${randomUUID()}`;

/**
 * The ledger's invariants, checked in SQL after every test: the whole ledger sums to zero per
 * currency, every transaction balances, every maintained balance equals the sum of its postings,
 * every contribution's received and written-off amounts equal their postings, and every grant's
 * open commitment equals its scheduled tranches.
 */
export async function expectLedgerConsistent(app: TestApp): Promise<void> {
  const db = app.dataSource;
  expect(
    await db.query(
      `SELECT currency, sum(amount_cents)::text AS total FROM ledger_entry GROUP BY currency HAVING sum(amount_cents) <> 0`,
    ),
  ).toEqual([]);
  expect(
    await db.query(
      `SELECT transaction_id FROM ledger_entry GROUP BY transaction_id, currency HAVING sum(amount_cents) <> 0`,
    ),
  ).toEqual([]);
  expect(
    await db.query(
      `SELECT tx.id FROM ledger_transaction tx LEFT JOIN ledger_entry e ON e.transaction_id = tx.id GROUP BY tx.id HAVING count(e.id) < 2`,
    ),
  ).toEqual([]);
  expect(
    await db.query(`SELECT a.key, a.balance_cents::text AS maintained, coalesce(sum(e.amount_cents), 0)::text AS posted
                      FROM ledger_account a LEFT JOIN ledger_entry e ON e.account_id = a.id
                     GROUP BY a.id HAVING a.balance_cents <> coalesce(sum(e.amount_cents), 0)`),
  ).toEqual([]);
  expect(
    await db.query(`SELECT c.id FROM contribution c
                      LEFT JOIN LATERAL (
                        SELECT coalesce(sum(e.amount_cents) FILTER (WHERE tx.source = 'CONTRIBUTION_RECEIPT' OR (tx.source = 'REVERSAL' AND tx.contribution_receipt_id IS NOT NULL)), 0) AS received,
                               coalesce(sum(-e.amount_cents) FILTER (WHERE tx.source = 'CONTRIBUTION_WRITE_OFF'), 0) AS written_off
                          FROM ledger_transaction tx
                          JOIN ledger_entry e ON e.transaction_id = tx.id
                          JOIN ledger_account a ON a.id = e.account_id AND a.kind = CASE WHEN tx.source = 'CONTRIBUTION_WRITE_OFF' THEN 'STREAM_RECEIVABLE'::ledger_account_kind ELSE 'STREAM_CASH'::ledger_account_kind END
                         WHERE tx.contribution_id = c.id) p ON true
                     WHERE c.received_cents <> p.received OR c.written_off_cents <> p.written_off`),
  ).toEqual([]);
  expect(
    await db.query(`SELECT g.id FROM grant_award g
                     WHERE (SELECT coalesce(-sum(e.amount_cents), 0) FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id
                             WHERE e.grant_id = g.id AND a.kind = 'GRANT_COMMITTED')
                        <> (SELECT coalesce(sum(d.amount_cents), 0) FROM disbursement d WHERE d.grant_id = g.id AND d.status = 'SCHEDULED')`),
  ).toEqual([]);
}
