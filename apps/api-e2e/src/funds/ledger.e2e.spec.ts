import { createTenant, TestTenant } from '../support/tenant';
import { WorkgroupService } from '@braid/governance';
import { principalOf } from '@braid/identity';
import { RequestContextService } from '@braid/kernel';
import { passFundingMotion } from '../support/motions';
import { startTestApp, TestApp } from '../support/test-app';
import {
  CREATE_GRANT,
  expectLedgerConsistent,
  FundBuilder,
  RECORD_CONTRIBUTION,
  RECORD_RECEIPT,
  RELEASE,
  releaseKey,
  REVERSE,
} from './fund-fixtures';

const $ = (dollars: number) => BigInt(dollars) * 100n;
const count = async (app: TestApp, table: string) =>
  Number((await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

describe('The Wellness Fund ledger', () => {
  let app: TestApp;
  let tenant: TestTenant;
  let other: TestTenant;
  let fund: FundBuilder;

  beforeAll(async () => {
    app = await startTestApp('funds-ledger');
    [tenant, other] = await Promise.all([createTenant(app, 'ledger'), createTenant(app, 'ledger-other')]);
    fund = new FundBuilder(app, tenant);
  });
  afterEach(() => expectLedgerConsistent(app));
  afterAll(() => app.close());

  it('follows a pledge and its receipts through the stream: pledged, received, cash, uncommitted', async () => {
    const county = await fund.stream({
      name: 'County ARPA',
      awardCents: $(850_000),
      pledgedCents: $(283_334),
    });
    expect(await fund.streamBudget(county.id)).toMatchObject({
      pledged: { cents: $(283_334).toString() },
      received: { cents: '0' },
      cashOnHand: { cents: '0' },
      availableToCommit: { cents: $(283_334).toString() },
    });
    const { recordContributionReceipt: partly } = await fund.admin.data<{
      recordContributionReceipt: { status: string };
    }>(RECORD_RECEIPT, {
      input: {
        contributionId: county.contributionId,
        cents: $(100_000).toString(),
        receivedOn: '2025-08-15',
        memo: 'First county wire',
      },
    });
    expect(partly.status).toBe('PARTIALLY_RECEIVED');
    await fund.receive(county.contributionId as string, $(183_334));
    expect(await fund.streamBudget(county.id)).toMatchObject({
      pledged: { cents: $(283_334).toString() },
      received: { cents: $(283_334).toString() },
      cashOnHand: { cents: $(283_334).toString() },
    });
    const [row] = await app.dataSource.query(`SELECT status FROM contribution WHERE id = $1`, [
      county.contributionId,
    ]);
    expect(row.status).toBe('RECEIVED');
  });

  it('refuses a receipt beyond the pledge, and writes nothing', async () => {
    const stream = await fund.stream({
      name: 'Over-receipt test',
      awardCents: $(1_000),
      pledgedCents: $(500),
      receivedCents: $(400),
    });
    const before = await count(app, 'ledger_entry');
    const error = await fund.admin.error(RECORD_RECEIPT, {
      input: { contributionId: stream.contributionId, cents: $(101).toString(), receivedOn: '2025-09-01' },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/only USD 100\.00 is still expected/);
    expect(await count(app, 'ledger_entry')).toBe(before);
  });

  it("refuses pledges beyond a stream's award", async () => {
    const stream = await fund.stream({ name: 'Small award', awardCents: $(1_000), pledgedCents: $(900) });
    const error = await fund.admin.error(RECORD_CONTRIBUTION, {
      input: { fundingStreamId: stream.id, amount: { cents: $(200).toString() }, pledgedOn: '2026-07-01' },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/USD 100\.00 of it is not yet pledged/);
  });

  it('refuses bad input with BAD_USER_INPUT and the field, writing nothing', async () => {
    const stream = await fund.stream({ name: 'Validation', awardCents: $(1_000) });
    const before = await count(app, 'ledger_transaction');
    const negative = await fund.admin.error(RECORD_CONTRIBUTION, {
      input: { fundingStreamId: stream.id, amount: { cents: '-5' }, pledgedOn: '2026-07-01' },
    });
    expect(negative.code).toBe('BAD_USER_INPUT');
    const fractional = await fund.admin.error(RECORD_CONTRIBUTION, {
      input: { fundingStreamId: stream.id, amount: { cents: '12.5' }, pledgedOn: '2026-07-01' },
    });
    expect(fractional.code).toBe('BAD_USER_INPUT');
    const badDate = await fund.admin.error(RECORD_CONTRIBUTION, {
      input: { fundingStreamId: stream.id, amount: { cents: '500' }, pledgedOn: '2026-02-30' },
    });
    expect(badDate.code).toBe('BAD_USER_INPUT');
    const otherCurrency = await fund.admin.error(RECORD_CONTRIBUTION, {
      input: {
        fundingStreamId: stream.id,
        amount: { cents: '500', currency: 'MXN' },
        pledgedOn: '2026-07-01',
      },
    });
    expect(otherCurrency.code).toBe('BAD_USER_INPUT');
    expect(await count(app, 'ledger_transaction')).toBe(before);
  });

  it("answers NOT_FOUND for another collaborative's stream and contribution", async () => {
    const theirs = await new FundBuilder(app, other).stream({
      name: 'Their stream',
      awardCents: $(1_000),
      pledgedCents: $(500),
    });
    const pledge = await fund.admin.error(RECORD_CONTRIBUTION, {
      input: { fundingStreamId: theirs.id, amount: { cents: '100' }, pledgedOn: '2026-07-01' },
    });
    expect(pledge.code).toBe('NOT_FOUND');
    const receipt = await fund.admin.error(RECORD_RECEIPT, {
      input: { contributionId: theirs.contributionId, cents: '100', receivedOn: '2026-07-01' },
    });
    expect(receipt.code).toBe('NOT_FOUND');
    expect(
      (await fund.admin.error(`query ($id: ID!) { fundingStream(id: $id) { id } }`, { id: theirs.id })).code,
    ).toBe('NOT_FOUND');
    const mine = await fund.stream({
      name: 'Mine, for a grant',
      awardCents: $(1_000),
      pledgedCents: $(1_000),
    });
    const theirStream = await fund.admin.error(CREATE_GRANT, {
      input: await fund.grantInput({
        allocations: [{ fundingStreamId: theirs.id, cents: $(100) }],
        tranches: [$(100)],
      }),
    });
    expect(theirStream.code).toBe('NOT_FOUND');
    const theirGrantee = await fund.admin.error(CREATE_GRANT, {
      input: {
        ...(await fund.grantInput({
          allocations: [{ fundingStreamId: mine.id, cents: $(100) }],
          tranches: [$(100)],
        })),
        recipientOrganizationId: other.organizations.granteeA,
      },
    });
    expect(theirGrantee.code).toBe('NOT_FOUND');
  });

  it('refuses an allocation from a restricted stream to a purpose it does not allow, naming the stream', async () => {
    const ovc = await fund.stream({
      name: 'OVC victim services',
      kind: 'FEDERAL',
      restricted: true,
      allowedPurposes: ['Victim services'],
      awardCents: $(509_000),
      pledgedCents: $(169_667),
    });
    const before = await count(app, 'grant_award');
    const error = await fund.admin.error(CREATE_GRANT, {
      input: await fund.grantInput({
        purpose: 'Housing policy',
        allocations: [{ fundingStreamId: ovc.id, cents: $(30_000) }],
        tranches: [$(30_000)],
      }),
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(
      'The funding stream "OVC victim services" cannot fund this grant: it may only fund "Victim services", not "Housing policy".',
    );
    expect(error.extensions).toMatchObject({
      reason: 'STREAM_RESTRICTED',
      fundingStreamId: ovc.id,
      streamName: 'OVC victim services',
      rule: 'PURPOSE',
      allowedPurposes: ['Victim services'],
      purpose: 'Housing policy',
    });
    const late = await fund.admin.error(CREATE_GRANT, {
      input: {
        ...(await fund.grantInput({
          purpose: 'Victim services',
          allocations: [{ fundingStreamId: ovc.id, cents: $(30_000) }],
          tranches: [$(30_000)],
        })),
        periodEnd: '2029-01-31',
      },
    });
    expect(late.message).toMatch(/between 2025-07-01 and 2028-06-30/);
    expect(await count(app, 'grant_award')).toBe(before);
  });

  it('commits grants against pledged money, refusing more than is uncommitted with the stream and the shortfall', async () => {
    const stream = await fund.stream({
      name: 'Health plan community benefit',
      kind: 'HEALTH_PLAN',
      awardCents: $(100_000),
      pledgedCents: $(60_000),
    });
    const grant = await fund.grant({
      allocations: [{ fundingStreamId: stream.id, cents: $(45_000) }],
      tranches: [$(15_000), $(15_000), $(15_000)],
    });
    expect(grant.disbursements.map((tranche) => tranche.status)).toEqual([
      'SCHEDULED',
      'SCHEDULED',
      'SCHEDULED',
    ]);
    expect(await fund.streamBudget(stream.id)).toMatchObject({
      committed: { cents: $(45_000).toString() },
      availableToCommit: { cents: $(15_000).toString() },
    });

    const error = await fund.admin.error(CREATE_GRANT, {
      input: await fund.grantInput({
        allocations: [{ fundingStreamId: stream.id, cents: $(20_000) }],
        tranches: [$(20_000)],
      }),
    });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(
      'Insufficient funds: "Health plan community benefit" has USD 15000.00 not yet committed; the shortfall is USD 5000.00.',
    );
    // Committed against a pledge, but nothing received yet: a release needs cash.
    const release = await fund.admin.error(RELEASE, {
      input: { disbursementId: grant.disbursements[0].id, idempotencyKey: releaseKey() },
    });
    expect(release.code).toBe('CONFLICT');
    expect(release.extensions).toMatchObject({
      reason: 'INSUFFICIENT_FUNDS',
      what: 'CASH',
      shortfallCents: $(15_000).toString(),
      currency: 'USD',
    });
  });

  it('refuses a grant whose tranches or allocations do not add up to its amount', async () => {
    const stream = await fund.stream({ name: 'Sums', awardCents: $(10_000), pledgedCents: $(10_000) });
    const input = await fund.grantInput({
      allocations: [{ fundingStreamId: stream.id, cents: $(1_000) }],
      tranches: [$(1_000)],
    });
    const error = await fund.admin.error(CREATE_GRANT, {
      input: { ...input, tranches: [{ cents: $(999).toString(), plannedOn: '2025-09-01' }] },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.['fields']).toEqual([
      { field: 'tranches', messages: ['must add up to the grant amount'] },
    ]);
  });

  it('reverses a receipt recorded in error: balances return, once, with the reason kept and audited', async () => {
    const stream = await fund.stream({
      name: 'Reversal',
      awardCents: $(10_000),
      pledgedCents: $(10_000),
      receivedCents: $(4_000),
    });
    const before = await fund.streamBudget(stream.id);
    await fund.receive(stream.contributionId as string, $(2_500));
    const [receipt] = await app.dataSource.query(
      `SELECT id FROM ledger_transaction WHERE contribution_id = $1 AND source = 'CONTRIBUTION_RECEIPT' ORDER BY sequence DESC LIMIT 1`,
      [stream.contributionId],
    );
    const { reverseLedgerTransaction: reversal } = await fund.admin.data<{
      reverseLedgerTransaction: {
        id: string;
        source: string;
        memo: string;
        reversesTransactionId: string;
        entries: { amount: { cents: string } }[];
      };
    }>(REVERSE, { input: { ledgerTransactionId: receipt.id, reason: 'Wire recorded twice' } });
    expect(reversal).toMatchObject({
      source: 'REVERSAL',
      memo: 'Wire recorded twice',
      reversesTransactionId: receipt.id,
    });
    expect(reversal.entries.map((entry) => entry.amount.cents).sort()).toEqual(
      [$(-2_500).toString(), $(2_500).toString()].sort(),
    );
    expect(await fund.streamBudget(stream.id)).toEqual(before);

    const again = await fund.admin.error(REVERSE, {
      input: { ledgerTransactionId: receipt.id, reason: 'again' },
    });
    expect(again.code).toBe('CONFLICT');
    const ofReversal = await fund.admin.error(REVERSE, {
      input: { ledgerTransactionId: reversal.id, reason: 'undo the undo' },
    });
    expect(ofReversal.code).toBe('CONFLICT');
    const [audit] = await app.dataSource.query(
      `SELECT actor_user_id, after->>'reason' AS reason FROM audit_event WHERE action = 'ledgerTransaction.reversed' AND entity_id = $1`,
      [receipt.id],
    );
    expect(audit).toEqual({ actor_user_id: tenant.users.fundAdmin.id, reason: 'Wire recorded twice' });
  });

  it('reverses a release made in error; only then may the tranche be cancelled, returning its money', async () => {
    const stream = await fund.stream({
      name: 'Release reversal',
      awardCents: $(10_000),
      pledgedCents: $(10_000),
      receivedCents: $(10_000),
    });
    const grant = await fund.grant({
      allocations: [{ fundingStreamId: stream.id, cents: $(6_000) }],
      tranches: [$(3_000), $(3_000)],
    });
    const tranche = grant.disbursements[0];
    const { releaseDisbursement } = await fund.admin.data<{
      releaseDisbursement: { releaseTransactionId: string };
    }>(RELEASE, {
      input: { disbursementId: tranche.id, idempotencyKey: releaseKey() },
    });
    expect((await fund.streamBudget(stream.id)).cashOnHand.cents).toBe($(7_000).toString());

    const cancel = `mutation ($input: CancelDisbursementInput!) { cancelDisbursement(input: $input) { status } }`;
    const refused = await fund.admin.error(cancel, {
      input: { disbursementId: tranche.id, reason: 'Board rescinded' },
    });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/Reverse its release in the ledger first/);

    await fund.admin.data(REVERSE, {
      input: {
        ledgerTransactionId: releaseDisbursement.releaseTransactionId,
        reason: 'Released before the board rescinded',
      },
    });
    expect((await fund.streamBudget(stream.id)).cashOnHand.cents).toBe($(10_000).toString());
    const { cancelDisbursement } = await fund.admin.data<{ cancelDisbursement: { status: string } }>(cancel, {
      input: { disbursementId: tranche.id, reason: 'Board rescinded' },
    });
    expect(cancelDisbursement.status).toBe('CANCELLED');
    expect(await fund.streamBudget(stream.id)).toMatchObject({
      committed: { cents: $(3_000).toString() },
      availableToCommit: { cents: $(7_000).toString() },
    });
    const history = await app.dataSource.query(
      `SELECT from_status, to_status FROM disbursement_transition WHERE disbursement_id = $1 ORDER BY id`,
      [tranche.id],
    );
    expect(history).toEqual([
      { from_status: null, to_status: 'SCHEDULED' },
      { from_status: 'SCHEDULED', to_status: 'RELEASED' },
      { from_status: 'RELEASED', to_status: 'SCHEDULED' },
      { from_status: 'SCHEDULED', to_status: 'CANCELLED' },
    ]);
  });

  it('marks a released tranche paid; a paid release can no longer be reversed', async () => {
    const stream = await fund.stream({
      name: 'Paid',
      awardCents: $(10_000),
      pledgedCents: $(10_000),
      receivedCents: $(10_000),
    });
    const grant = await fund.grant({
      allocations: [{ fundingStreamId: stream.id, cents: $(2_000) }],
      tranches: [$(2_000)],
    });
    const paid = `mutation ($input: MarkDisbursementPaidInput!) { markDisbursementPaid(input: $input) { status paymentReference } }`;
    expect(
      (await fund.admin.error(paid, { input: { disbursementId: grant.disbursements[0].id } })).code,
    ).toBe('CONFLICT');
    const { releaseDisbursement } = await fund.admin.data<{
      releaseDisbursement: { releaseTransactionId: string };
    }>(RELEASE, {
      input: { disbursementId: grant.disbursements[0].id, idempotencyKey: releaseKey() },
    });
    expect(
      await fund.admin.data(paid, {
        input: { disbursementId: grant.disbursements[0].id, paymentReference: 'ACH 20250915-7' },
      }),
    ).toEqual({
      markDisbursementPaid: { status: 'PAID', paymentReference: 'ACH 20250915-7' },
    });
    const error = await fund.admin.error(REVERSE, {
      input: { ledgerTransactionId: releaseDisbursement.releaseTransactionId, reason: 'late' },
    });
    expect(error.message).toMatch(/has been paid/);
  });

  it("gives the memos Braid writes as names, so a reader's client can say them in their language", async () => {
    const stream = await fund.stream({
      name: 'Memo words',
      awardCents: $(10_000),
      pledgedCents: $(10_000),
      receivedCents: $(10_000),
    });
    const grant = await fund.grant({
      allocations: [{ fundingStreamId: stream.id, cents: $(3_000) }],
      tranches: [$(1_000), $(2_000)],
      title: 'Promotoras in Lodi',
    });
    await fund.admin.data(RELEASE, {
      input: {
        disbursementId: grant.disbursements.find((d) => d.sequence === 1)?.id,
        idempotencyKey: releaseKey(),
      },
    });
    const [motion] = await app.dataSource.query(
      `SELECT motion.title FROM motion JOIN grant_award award ON award.approving_motion_id = motion.id
       WHERE award.id = $1`,
      [grant.id],
    );
    const { ledgerTransactions } = await fund.admin.data<{
      ledgerTransactions: { nodes: { source: string; memo: string; memoParts: object | null }[] };
    }>(
      `query ($c: ID!, $g: ID) { ledgerTransactions(collaborativeId: $c, grantId: $g, first: 10) {
        nodes { source memo memoParts { kind grantTitle motionTitle trancheNumber } } } }`,
      { c: tenant.collaborativeId, g: grant.id },
    );
    const bySource = Object.fromEntries(ledgerTransactions.nodes.map((node) => [node.source, node]));
    expect(bySource.GRANT_COMMITMENT.memoParts).toEqual({
      kind: 'GRANT_COMMITMENT',
      grantTitle: 'Promotoras in Lodi',
      motionTitle: motion.title,
      trancheNumber: null,
    });
    expect(bySource.DISBURSEMENT_RELEASE.memoParts).toEqual({
      kind: 'TRANCHE_RELEASE',
      grantTitle: 'Promotoras in Lodi',
      motionTitle: null,
      trancheNumber: 1,
    });
    // A contribution's memo is a person's words (or none): nothing to translate.
    const { ledgerTransactions: receipts } = await fund.admin.data<{
      ledgerTransactions: { nodes: { memoParts: object | null }[] };
    }>(
      `query ($c: ID!) { ledgerTransactions(collaborativeId: $c, source: CONTRIBUTION_RECEIPT, first: 5) {
        nodes { memoParts { kind } } } }`,
      { c: tenant.collaborativeId },
    );
    expect(receipts.nodes.length).toBeGreaterThan(0);
    expect(receipts.nodes.every((node) => node.memoParts === null)).toBe(true);
  });

  it('writes off the rest of a pledge only when grants do not rely on it', async () => {
    const writeOff = `mutation ($input: WriteOffContributionInput!) { writeOffContribution(input: $input) { status writtenOff { cents } } }`;
    const stream = await fund.stream({
      name: 'Write-off',
      awardCents: $(10_000),
      pledgedCents: $(10_000),
      receivedCents: $(4_000),
    });
    await fund.grant({
      allocations: [{ fundingStreamId: stream.id, cents: $(8_000) }],
      tranches: [$(8_000)],
    });
    const refused = await fund.admin.error(writeOff, {
      input: { contributionId: stream.contributionId, reason: 'Funder cut its budget' },
    });
    expect(refused.code).toBe('CONFLICT');

    const spare = await fund.stream({
      name: 'Write-off spare',
      awardCents: $(10_000),
      pledgedCents: $(10_000),
      receivedCents: $(4_000),
    });
    expect(
      await fund.admin.data(writeOff, {
        input: { contributionId: spare.contributionId, reason: 'Funder cut its budget' },
      }),
    ).toEqual({
      writeOffContribution: { status: 'WRITTEN_OFF', writtenOff: { cents: $(6_000).toString() } },
    });
    expect(await fund.streamBudget(spare.id)).toMatchObject({
      pledged: { cents: $(4_000).toString() },
      availableToCommit: { cents: $(4_000).toString() },
    });
  });

  it('is append-only and balanced in the database itself, whatever the code does', async () => {
    await fund.stream({ name: 'Database rules', awardCents: $(1_000), pledgedCents: $(1_000) });
    await expect(
      app.dataSource.query(`UPDATE ledger_entry SET amount_cents = amount_cents * 2`),
    ).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query(`DELETE FROM ledger_transaction`)).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query(`TRUNCATE ledger_entry CASCADE`)).rejects.toThrow(/append-only/);
    // A transaction whose postings do not balance is refused when it commits.
    await expect(
      app.dataSource.transaction(async (em) => {
        const [account] = await em.query(
          `SELECT id, collaborative_id, funding_stream_id FROM ledger_account WHERE kind = 'STREAM_CASH' LIMIT 1`,
        );
        const [tx] = await em.query(
          `INSERT INTO ledger_transaction (collaborative_id, source, memo, posted_by_name) VALUES ($1, 'CONTRIBUTION_RECEIPT', 'forged', 'psql') RETURNING id`,
          [account.collaborative_id],
        );
        for (const cents of [500, 400]) {
          await em.query(
            `INSERT INTO ledger_entry (transaction_id, collaborative_id, account_id, funding_stream_id, currency, amount_cents) VALUES ($1, $2, $3, $4, 'USD', $5)`,
            [tx.id, account.collaborative_id, account.id, account.funding_stream_id, cents],
          );
        }
      }),
    ).rejects.toThrow(/does not balance/);
    // A stream's cash can never go below zero, even by hand.
    await expect(
      app.dataSource.query(`UPDATE ledger_account SET balance_cents = -1 WHERE kind = 'STREAM_CASH'`),
    ).rejects.toThrow(/ledger_account_normal_side/);
  });

  it('pages through the ledger newest first, with entries per transaction in one page', async () => {
    await fund.stream({
      name: 'Paging',
      awardCents: $(1_000),
      pledgedCents: $(1_000),
      receivedCents: $(400),
    });
    const page = `query ($c: ID!, $after: String) { ledgerTransactions(collaborativeId: $c, first: 1, after: $after) {
      nodes { id source entries { amount { cents } account { kind balance { cents } } } } pageInfo { hasNextPage endCursor } } }`;
    type Page = {
      ledgerTransactions: {
        nodes: { id: string; source: string; entries: { amount: { cents: string } }[] }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const first = await fund.admin.data<Page>(page, { c: tenant.collaborativeId });
    const second = await fund.admin.data<Page>(page, {
      c: tenant.collaborativeId,
      after: first.ledgerTransactions.pageInfo.endCursor,
    });
    expect(first.ledgerTransactions.nodes[0].source).toBe('CONTRIBUTION_RECEIPT');
    expect(second.ledgerTransactions.nodes[0].source).toBe('CONTRIBUTION_PLEDGE');
    expect(first.ledgerTransactions.pageInfo.hasNextPage).toBe(true);
    expect(first.ledgerTransactions.nodes[0].entries.map((entry) => entry.amount.cents).sort()).toEqual([
      $(-400).toString(),
      $(400).toString(),
    ]);
  });

  it('names each account by its stream, grant or partner, and filters by stream and by date in pages', async () => {
    const county = await fund.stream({
      name: 'Named county',
      awardCents: $(5_000),
      pledgedCents: $(5_000),
      receivedCents: $(5_000),
    });
    const since = new Date();
    const foundation = await fund.stream({
      name: 'Named foundation',
      awardCents: $(3_000),
      pledgedCents: $(3_000),
      receivedCents: $(3_000),
    });
    const grant = await fund.grant({
      title: 'Named grant',
      allocations: [
        { fundingStreamId: county.id, cents: $(1_000) },
        { fundingStreamId: foundation.id, cents: $(1_000) },
      ],
      tranches: [$(2_000)],
    });
    await fund.admin.data(RELEASE, {
      input: { disbursementId: grant.disbursements[0].id, idempotencyKey: releaseKey() },
    });
    const LEDGER = `query ($c: ID!, $s: ID, $from: DateTime, $before: DateTime, $first: Int!, $after: String) {
      ledgerTransactions(collaborativeId: $c, fundingStreamId: $s, postedFrom: $from, postedBefore: $before, first: $first, after: $after) {
        nodes { id source entries { account { kind fundingStream { name } grant { title } organization { name } } } }
        pageInfo { hasNextPage endCursor } } }`;
    type Node = {
      id: string;
      source: string;
      entries: {
        account: {
          kind: string;
          fundingStream: { name: string } | null;
          grant: { title: string } | null;
          organization: { name: string } | null;
        };
      }[];
    };
    type Page = {
      ledgerTransactions: { nodes: Node[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    };
    const all = async (variables: Record<string, unknown>) => {
      const nodes: Node[] = [];
      let after: string | null = null;
      do {
        const { ledgerTransactions: page }: Page = await fund.admin.data<Page>(LEDGER, {
          c: tenant.collaborativeId,
          first: 2,
          ...variables,
          after,
        });
        nodes.push(...page.nodes);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      return nodes;
    };

    const release = (await all({ s: county.id })).find(
      (node) => node.source === 'DISBURSEMENT_RELEASE',
    ) as Node;
    const names = release.entries.map(({ account }) =>
      [
        account.kind,
        account.fundingStream?.name,
        account.grant?.title ?? account.organization?.name ?? '',
      ].join(' / '),
    );
    expect(names.sort()).toEqual(
      [
        'GRANT_COMMITTED / Named county / Named grant',
        'GRANT_DISBURSED / Named county / Named grant',
        'STREAM_CASH / Named county / ',
        'ORGANIZATION_RECEIVED / Named county / Grantee A',
        'GRANT_COMMITTED / Named foundation / Named grant',
        'GRANT_DISBURSED / Named foundation / Named grant',
        'STREAM_CASH / Named foundation / ',
        'ORGANIZATION_RECEIVED / Named foundation / Grantee A',
      ].sort(),
    );

    // The stream filter, in SQL across pages of two: the county's pledge, receipt, commitment and
    // the release it pays part of; none of the foundation's own postings.
    const countyOnly = await all({ s: county.id });
    expect(countyOnly.map((node) => node.source)).toEqual([
      'DISBURSEMENT_RELEASE',
      'GRANT_COMMITMENT',
      'CONTRIBUTION_RECEIPT',
      'CONTRIBUTION_PLEDGE',
    ]);
    expect(new Set(countyOnly.map((node) => node.id)).size).toBe(countyOnly.length);

    // Dates: from the moment before the foundation's pledge, the county's pledge and receipt are out.
    const sinceFoundation = await all({ from: since.toISOString() });
    expect(sinceFoundation.map((node) => node.source)).toEqual([
      'DISBURSEMENT_RELEASE',
      'GRANT_COMMITMENT',
      'CONTRIBUTION_RECEIPT',
      'CONTRIBUTION_PLEDGE',
    ]);
    const anHourBefore = new Date(since.getTime() - 3_600_000).toISOString();
    expect(
      (await all({ s: county.id, from: anHourBefore, before: since.toISOString() })).map(
        (node) => node.source,
      ),
    ).toEqual(['CONTRIBUTION_RECEIPT', 'CONTRIBUTION_PLEDGE']);
    expect(await all({ from: new Date(Date.now() + 86_400_000).toISOString() })).toEqual([]);
  });

  it('lets a stream restricted to a workgroup fund a motion that names it, and refuses one that does not', async () => {
    const workgroup = await app.dataSource.transaction(async (em) =>
      app
        .get(WorkgroupService)
        .create(await app.get(RequestContextService).contextFor(principalOf(tenant.users.admin), em), {
          collaborativeId: tenant.collaborativeId,
          name: 'Youth & Schools',
          purpose: 'Healing-centered classrooms',
          leadUserIds: [tenant.users.lead.id],
          memberUserIds: [],
        }),
    );
    const schools = await fund.stream({
      name: 'Schools-only foundation gift',
      kind: 'FOUNDATION',
      restricted: true,
      allowedWorkgroupIds: [workgroup.id],
      awardCents: $(20_000),
      pledgedCents: $(20_000),
    });
    const plan = {
      recipientOrganizationId: tenant.organizations.granteeB,
      purpose: 'After-school healing circles',
      amountCents: $(5_000),
      allocations: [{ fundingStreamId: schools.id, cents: $(5_000) }],
      tranches: [{ cents: $(5_000), plannedOn: '2025-09-15' }],
    };
    await expect(passFundingMotion(app, tenant, plan)).rejects.toThrow(
      /may only fund the work of its listed workgroups/,
    );
    const motionId = await passFundingMotion(app, tenant, { ...plan, workgroupId: workgroup.id });
    const [grant] = await app.dataSource.query(
      `SELECT workgroup_id FROM grant_award WHERE approving_motion_id = $1`,
      [motionId],
    );
    expect(grant).toEqual({ workgroup_id: workgroup.id });
  });
});
