import { readConfig, startBraid } from '@braid/api';
import { Client } from 'pg';
import { DataSource, Logger, QueryRunner } from 'typeorm';

export interface CapturedStatement {
  query: string;
  parameters: unknown[];
}

export interface CapturingApi {
  baseUrl: string;
  /** The statements the API ran while `work` ran. */
  capture(work: () => Promise<unknown>): Promise<CapturedStatement[]>;
  close(): Promise<void>;
}

/**
 * The API started inside the bench process, so the statements it sends can be read off TypeORM's
 * logger and EXPLAINed exactly as issued (with their parameters): no query is reproduced by hand,
 * and nothing in the product changes for it.
 */
export async function startCapturingApi(databaseUrl: string): Promise<CapturingApi> {
  const config = {
    ...readConfig({ DATABASE_URL: databaseUrl, PORT: '0', BRAID_WEB_DIST: '', NODE_ENV: 'production' }),
    host: '127.0.0.1',
  };
  const braid = await startBraid(config, { logger: ['error'] });
  const dataSource = braid.app.get(DataSource);
  let recording: CapturedStatement[] | null = null;
  const original = dataSource.logger;
  const capturing: Logger = Object.assign(Object.create(original) as Logger, {
    logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner) {
      recording?.push({ query, parameters: parameters ?? [] });
      original.logQuery(query, parameters, queryRunner);
    },
  });
  (dataSource as { logger: Logger }).logger = capturing;
  return {
    baseUrl: braid.url,
    capture: async (work) => {
      recording = [];
      try {
        await work();
        return recording;
      } finally {
        recording = null;
      }
    },
    close: () => braid.close(),
  };
}

export interface PlanCheck {
  statements: number;
  /**
   * Whole-table reads of tenant tables that remain with `enable_seqscan = off` (a sequential scan,
   * or an index scan without an index condition): no index can serve the statement, so its cost
   * grows with every tenant. The check that must stay empty.
   */
  missingIndexes: string[];
  /** Sequential scans the planner chose at this scale although an index exists (the table is small, or most of it is read). */
  chosenSeqScans: string[];
  plans: { query: string; nodes: string[] }[];
}

/** Tables that grow with the number of collaboratives: a per-tenant query must never read them whole. */
const TENANT_TABLES = new Set([
  'user_account',
  'session',
  'membership',
  'organization',
  'seat',
  'meeting',
  'attendance',
  'motion',
  'ballot',
  'tally',
  'conflict_declaration',
  'funding_proposal',
  'funding_stream',
  'contribution',
  'contribution_receipt',
  'grant_award',
  'grant_allocation',
  'disbursement',
  'disbursement_transition',
  'ledger_account',
  'ledger_transaction',
  'ledger_entry',
  'audit_event',
  'workgroup',
  'workgroup_member',
  'action_item',
  'minutes',
  'invitation',
  'collaborative',
  'report_metric',
  'grant_metric',
  'reporting_requirement',
  'requirement_metric_target',
  'grant_report',
  'report_metric_value',
  'report_spending_line',
  'report_review',
  'report_attachment',
]);
/** Below this many rows a sequential scan is the planner's right choice; not worth listing. */
const SMALL_TABLE_ROWS = 1000;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

/** A sequential scan, or an index scan with no condition on the index: either reads the whole table. */
const readsWholeTable = (node: PlanNode) =>
  node['Node Type'] === 'Seq Scan' ||
  ((node['Node Type'] === 'Index Scan' || node['Node Type'] === 'Index Only Scan') && !node['Index Cond']);

function flatten(root: PlanNode): PlanNode[] {
  return [root, ...(root.Plans ?? []).flatMap(flatten)];
}

const describe = (node: PlanNode) =>
  `${node['Node Type']}${node['Relation Name'] ? ` on ${node['Relation Name']}` : ''}${node['Index Name'] ? ` using ${node['Index Name']}` : ''}`;

/**
 * EXPLAIN (FORMAT JSON) of every SELECT the API sent, with its parameters: once as planned, once
 * with sequential scans disabled, which PostgreSQL still uses only when no index can serve.
 */
export async function checkPlans(db: Client, statements: CapturedStatement[]): Promise<PlanCheck> {
  const sizes = new Map(
    (
      await db.query(
        `SELECT relname, reltuples::bigint AS rows FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace`,
      )
    ).rows.map((row: { relname: string; rows: string }) => [row.relname, Number(row.rows)]),
  );
  const selects = statements.filter((s) => /^\s*(SELECT|WITH)\b/i.test(s.query));
  const missingIndexes = new Set<string>();
  const chosenSeqScans = new Set<string>();
  const plans: PlanCheck['plans'] = [];
  const explain = async (statement: CapturedStatement) => {
    const { rows } = await db.query(
      `EXPLAIN (FORMAT JSON) ${statement.query}`,
      statement.parameters as unknown[],
    );
    return flatten((rows[0] as { 'QUERY PLAN': { Plan: PlanNode }[] })['QUERY PLAN'][0].Plan);
  };
  const seqScansOfTenantTables = (nodes: PlanNode[]) =>
    nodes.filter(
      (n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] && TENANT_TABLES.has(n['Relation Name']),
    );
  const excerpt = (query: string) => query.slice(0, 120).replace(/\s+/g, ' ');
  for (const statement of selects) {
    const natural = await explain(statement);
    plans.push({ query: statement.query, nodes: natural.map(describe) });
    for (const node of seqScansOfTenantTables(natural)) {
      const rows = sizes.get(node['Relation Name'] as string) ?? 0;
      if (rows >= SMALL_TABLE_ROWS) chosenSeqScans.add(`${node['Relation Name']} (${rows} rows)`);
    }
    await db.query('BEGIN');
    try {
      // Joins too: a merge or hash join may read a whole primary key although each row could be
      // looked up in it; with nested loops only, a whole-table read means no index can serve.
      await db.query(
        'SET LOCAL enable_seqscan = off; SET LOCAL enable_mergejoin = off; SET LOCAL enable_hashjoin = off',
      );
      // A table still small at full scale (a few rows per tenant) is read whole at any cost setting.
      for (const node of await explain(statement))
        if (
          readsWholeTable(node) &&
          node['Relation Name'] &&
          TENANT_TABLES.has(node['Relation Name']) &&
          (sizes.get(node['Relation Name']) ?? 0) >= SMALL_TABLE_ROWS
        )
          missingIndexes.add(`${node['Relation Name']}: ${excerpt(statement.query)}`);
    } finally {
      await db.query('ROLLBACK');
    }
  }
  return {
    statements: statements.length,
    missingIndexes: [...missingIndexes],
    chosenSeqScans: [...chosenSeqScans],
    plans,
  };
}
