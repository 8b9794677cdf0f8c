import { once } from 'node:events';
import { Collaborative } from '@braid/collaboratives';
import { csvRow, csvStart, CsvValue, Money, moneyColumns, RequestContext } from '@braid/kernel';
import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { BudgetService } from '../budget/budget.service';
import { requireFundAccess } from '../fund-access';
import { MoneyTotals } from '../budget/budget.types';

const BATCH = 1000;

const LEDGER_HEADER = [
  'entry_id',
  'posted_at',
  'transaction_id',
  'source',
  'memo',
  'posted_by',
  'reverses_transaction_id',
  'account_kind',
  'funding_stream',
  'grant',
  'organization',
  'currency',
  'amount',
  'amount_cents',
];

const FIGURES = [
  'pledged',
  'received',
  'committed',
  'disbursed',
  'cash_on_hand',
  'available_to_commit',
  'awarded',
  'remaining',
] as const;
const BUDGET_HEADER = [
  'scope',
  'name',
  'currency',
  ...FIGURES.flatMap((figure) => [figure, `${figure}_cents`]),
];

interface LedgerRow {
  id: string;
  posted_at: Date;
  transaction_id: string;
  source: string;
  memo: string;
  posted_by_name: string;
  reverses_transaction_id: string | null;
  kind: string;
  stream_name: string;
  grant_title: string | null;
  organization_name: string | null;
  currency: string;
  amount_cents: string;
}

/**
 * CSV exports for the fund administrator, the chair and administrators. Rows are written as they
 * are read, a batch at a time, in one REPEATABLE READ snapshot: memory stays flat however long the
 * ledger, and the file is a consistent picture (every transaction in it balances).
 */
@Injectable()
export class FundsExportService {
  constructor(private readonly budgets: BudgetService) {}

  async ledger(ctx: RequestContext, collaborativeId: string, res: Response): Promise<void> {
    const collaborative = await this.authorize(ctx, collaborativeId, 'LedgerTransaction');
    await ctx.em.transaction('REPEATABLE READ', async (em) => {
      this.start(res, `ledger-${collaborative.slug}.csv`, LEDGER_HEADER);
      let after = '0';
      for (;;) {
        const rows: LedgerRow[] = await em.query(
          `SELECT entry.id, tx.posted_at, tx.id AS transaction_id, tx.source, tx.memo, tx.posted_by_name,
                  tx.reverses_transaction_id, account.kind, stream.name AS stream_name, award.title AS grant_title,
                  organization.name AS organization_name, entry.currency, entry.amount_cents
             FROM ledger_entry entry
             JOIN ledger_transaction tx ON tx.id = entry.transaction_id
             JOIN ledger_account account ON account.id = entry.account_id
             JOIN funding_stream stream ON stream.id = entry.funding_stream_id
             LEFT JOIN grant_award award ON award.id = entry.grant_id
             LEFT JOIN organization ON organization.id = account.organization_id
            WHERE entry.collaborative_id = $1 AND entry.id > $2
            ORDER BY entry.id
            LIMIT ${BATCH}`,
          [collaborativeId, after],
        );
        for (const row of rows) {
          await this.write(
            res,
            csvRow([
              row.id,
              row.posted_at.toISOString(),
              row.transaction_id,
              row.source,
              row.memo,
              row.posted_by_name,
              row.reverses_transaction_id,
              row.kind,
              row.stream_name,
              row.grant_title,
              row.organization_name,
              row.currency,
              ...moneyColumns(BigInt(row.amount_cents)),
            ]),
          );
        }
        if (rows.length < BATCH) break;
        after = rows[rows.length - 1].id;
      }
    });
    res.end();
  }

  async budget(ctx: RequestContext, collaborativeId: string, res: Response): Promise<void> {
    const collaborative = await this.authorize(ctx, collaborativeId, 'FundingStream');
    await ctx.em.transaction('REPEATABLE READ', async (em) => {
      const overview = await this.budgets.overview(ctx.forTransaction(em), collaborativeId);
      this.start(res, `budget-${collaborative.slug}.csv`, BUDGET_HEADER);
      for (const fund of overview.fund)
        await this.write(res, this.budgetRow('FUND', 'Wellness Fund', fund.currency, fund));
      for (const stream of overview.streams) {
        await this.write(
          res,
          this.budgetRow('STREAM', stream.fundingStream.name, stream.fundingStream.currency, stream),
        );
      }
      for (const grant of overview.grants) {
        await this.write(
          res,
          this.budgetRow('GRANT', grant.grant.title, grant.grant.amount.currency, {
            disbursed: grant.disbursed,
            awarded: grant.awarded,
            remaining: grant.remaining,
          }),
        );
      }
    });
    res.end();
  }

  private async authorize(
    ctx: RequestContext,
    collaborativeId: string,
    subject: 'LedgerTransaction' | 'FundingStream',
  ): Promise<Collaborative> {
    return requireFundAccess(ctx, collaborativeId, 'export', subject);
  }

  private budgetRow(
    scope: string,
    name: string,
    currency: string,
    figures: Partial<MoneyTotals & { awarded: Money; remaining: Money }>,
  ): string {
    const values: CsvValue[] = [scope, name, currency];
    const byColumn: Record<(typeof FIGURES)[number], Money | undefined> = {
      pledged: figures.pledged,
      received: figures.received,
      committed: figures.committed,
      disbursed: figures.disbursed,
      cash_on_hand: figures.cashOnHand,
      available_to_commit: figures.availableToCommit,
      awarded: figures.awarded,
      remaining: figures.remaining,
    };
    for (const figure of FIGURES) {
      const amount = byColumn[figure];
      values.push(...(amount ? moneyColumns(amount.cents) : [null, null]));
    }
    return csvRow(values);
  }

  private start(res: Response, filename: string, header: string[]): void {
    res.status(200);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${filename}"`);
    res.setHeader('cache-control', 'no-store');
    res.write(csvStart(header));
  }

  /** Waits when the client reads slower than the database: the buffer never grows unbounded. */
  private async write(res: Response, chunk: string): Promise<void> {
    if (!res.write(chunk)) await once(res, 'drain');
  }
}
