import { openDatabase } from '/work/wt/perf/src/server/platform/db/index.ts';
import * as r from '/work/wt/perf/src/server/modules/support-reports/repository.ts';
const db = await openDatabase({ engine: 'embedded', dataDir: '/tmp/perf-large-embedded' });
const orig = db.query.bind(db);
const days = Number(process.argv[2] ?? 30);
const w = { scope: { kind: 'all' as const }, from: new Date(Date.parse('2026-11-01T00:00:00Z') - days * 86400000), to: new Date('2026-11-01T00:00:00Z'), segmentId: null, stepSeconds: days > 60 ? 7 * 86400 : 86400 };
const spy: any = { query: async (sql: string, params: unknown[]) => { const t = performance.now(); const res = await orig('EXPLAIN (ANALYZE, BUFFERS) ' + sql, params); console.log(`---- ${(performance.now()-t).toFixed(1)} ms`); console.log(res.rows.map((x: any) => x['QUERY PLAN']).join('\n')); return { rows: [] }; } };
await r.createdTickets(spy, w); await r.solvedTickets(spy, w); await r.slaTargets(spy, w, new Date()); await r.ratings(spy, w); await r.ratingsBy(spy, w, 'agent');
await db.close();
