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
  /** "table (rows)" for each sequential scan of a multi-tenant table big enough to matter. */
  seqScans: string[];
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
]);
/** Below this many rows a sequential scan is the planner's right choice, index or not. */
const SMALL_TABLE_ROWS = 1000;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** EXPLAIN (FORMAT JSON) of every SELECT, with its parameters; flags sequential scans of big tenant tables. */
export async function checkPlans(db: Client, statements: CapturedStatement[]): Promise<PlanCheck> {
  const sizes = new Map(
    (
      await db.query(
        `SELECT relname, reltuples::bigint AS rows FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace`,
      )
    ).rows.map((row: { relname: string; rows: string }) => [row.relname, Number(row.rows)]),
  );
  const selects = statements.filter((s) => /^\s*(SELECT|WITH)\b/i.test(s.query));
  const seqScans: string[] = [];
  const plans: PlanCheck['plans'] = [];
  for (const statement of selects) {
    const { rows } = await db.query(
      `EXPLAIN (FORMAT JSON) ${statement.query}`,
      statement.parameters as unknown[],
    );
    const root = (rows[0] as { 'QUERY PLAN': { Plan: PlanNode }[] })['QUERY PLAN'][0].Plan;
    const nodes: string[] = [];
    const walk = (node: PlanNode) => {
      const relation = node['Relation Name'];
      nodes.push(
        `${node['Node Type']}${relation ? ` on ${relation}` : ''}${node['Index Name'] ? ` using ${node['Index Name']}` : ''}`,
      );
      if (node['Node Type'] === 'Seq Scan' && relation && TENANT_TABLES.has(relation)) {
        const size = sizes.get(relation) ?? 0;
        if (size >= SMALL_TABLE_ROWS)
          seqScans.push(`${relation} (${size} rows): ${statement.query.slice(0, 160).replace(/\s+/g, ' ')}`);
      }
      node.Plans?.forEach(walk);
    };
    walk(root);
    plans.push({ query: statement.query, nodes });
  }
  return { statements: statements.length, seqScans: [...new Set(seqScans)], plans };
}
