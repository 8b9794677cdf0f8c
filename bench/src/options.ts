import { parseArgs } from 'node:util';
import { ScaleName } from './scale';

export interface BenchOptions {
  scale: ScaleName;
  seed: number;
  serverUrl: string;
  database: string;
  /** Seed: continue an interrupted seeding instead of starting over. */
  resume: boolean;
  /** Use the data set already in the database (seeded earlier with the same scale and seed). */
  reuse: boolean;
  /** Stop after seeding. */
  seedOnly: boolean;
  /** Seconds each read operation (and its SQL twin) is driven for. */
  duration: number;
  connections: number;
  /** The built API's port; a free one when not given. */
  port: number | null;
  /** Only the operations whose name contains this text. */
  only: string | null;
}

const USAGE = `npm run bench -- [--scale small|full] [--seed N] [--resume | --reuse] [--seed-only]
                      [--duration SECONDS] [--connections N] [--port N] [--only TEXT] [--database NAME]
  PostgreSQL server: BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432), database braid_bench`;

export function readOptions(argv = process.argv.slice(2)): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string', default: 'small' },
      seed: { type: 'string', default: '2026' },
      resume: { type: 'boolean', default: false },
      reuse: { type: 'boolean', default: false },
      'seed-only': { type: 'boolean', default: false },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      port: { type: 'string' },
      database: { type: 'string', default: 'braid_bench' },
      only: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values.scale !== 'small' && values.scale !== 'full')
    throw new Error(`--scale is small or full\n${USAGE}`);
  const whole = (name: string, value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number\n${USAGE}`);
    return n;
  };
  return {
    scale: values.scale,
    seed: whole('seed', values.seed),
    serverUrl: (process.env['BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/$/, ''),
    database: values.database,
    resume: values.resume,
    reuse: values.reuse,
    seedOnly: values['seed-only'],
    duration: whole('duration', values.duration),
    connections: whole('connections', values.connections),
    port: values.port === undefined ? null : whole('port', values.port),
    only: values.only ?? null,
  };
}
