import { startBuiltApi } from './load/api-process';
import { signIn, mustQuery } from './load/http';
import { READS } from './load/reads';
import { Client } from 'pg';
async function main() {
  process.env['NODE_OPTIONS'] = '--cpu-prof --cpu-prof-dir=/tmp/prof';
  const api = await startBuiltApi('postgres://postgres@127.0.0.1:5432/braid_bench', 3990);
  delete process.env['NODE_OPTIONS'];
  const cookie = await signIn(api.baseUrl, 'c1.seat2@bench.braid.example', 'braid-bench-2026');
  const db = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/braid_bench' }); await db.connect();
  const ids = (await db.query(`select id from motion where status='CLOSED' and kind='GENERAL' and collaborative_id=(select collaborative_id from membership m join user_account u on u.id=m.user_id where u.email='c1.seat2@bench.braid.example') limit 50`)).rows.map((r) => r.id);
  const read = READS[2];
  const t = Date.now();
  for (let i = 0; i < 400; i++) await mustQuery(api.baseUrl, cookie, read.query, { id: ids[i % ids.length] });
  console.log('avg ms', (Date.now() - t) / 400);
  await db.end();
  await api.stop();
}
main().catch((e) => { console.error(e); process.exit(1); });
