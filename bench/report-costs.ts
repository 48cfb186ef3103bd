// What each support-report statement costs today (issue 10, item 2: "no report statement longer than 100 ms").
// Runs every statement of the dashboard for the default period (last 30 days) and a year, unrestricted scope, on a
// database given as BENCH_LARGE_DATA_DIR (embedded) or BENCH_LARGE_DATABASE_URL, else on a fresh demo; 3 timed
// runs each after one warm-up, one JSON line per statement with min/median/max and the row counts.
// `node --import tsx bench/report-costs.ts`
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/server/config.ts';
import { openDatabase, type Database } from '../src/server/platform/db/index.ts';
import { createLogger } from '../src/server/platform/logger.ts';
import { createContext } from '../src/server/platform/start.ts';
import { seedDemo } from '../src/server/seed/demo.ts';
import * as reports from '../src/server/modules/support-reports/repository.ts';
import { emitSpread, log } from './lib.ts';

const RUNS = 3;

async function open(): Promise<{ db: Database; label: string; done(): Promise<void> }> {
  if (process.env.BENCH_LARGE_DATABASE_URL) {
    const db = await openDatabase({ engine: 'postgres', url: process.env.BENCH_LARGE_DATABASE_URL });
    return { db, label: 'large-postgres', done: () => db.close() };
  }
  if (process.env.BENCH_LARGE_DATA_DIR) {
    const db = await openDatabase({ engine: 'embedded', dataDir: process.env.BENCH_LARGE_DATA_DIR });
    return { db, label: 'large-embedded', done: () => db.close() };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'portico-report-costs-'));
  const config = loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir, LOG_LEVEL: 'silent', DEMO_SEED: 'on' });
  const db = await openDatabase({ engine: 'embedded', dataDir: join(dataDir, 'db') });
  await seedDemo(await createContext(config, db, createLogger('silent')));
  return {
    db,
    label: 'demo-embedded',
    async done() {
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const { db, label, done } = await open();
try {
  const count = async (table: string) =>
    (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
  const dataset = {
    tickets: await count('tickets'),
    ticket_ratings: await count('ticket_ratings'),
    ticket_sla_results: await count('ticket_sla_results'),
    ticket_form_sessions: await count('ticket_form_sessions'),
    help_sessions: await count('help_sessions'),
  };
  log(`report statements on ${label}: ${JSON.stringify(dataset)}`);
  const now = new Date();
  const dayMs = 86_400_000;
  // Whole UTC days, as the report asks for them (the rollups are per UTC day).
  const tomorrow = new Date(Math.floor(now.getTime() / dayMs) * dayMs + dayMs);
  for (const [period, days] of [
    ['30d', 30],
    ['365d', 365],
  ] as const) {
    const w: reports.ReportWindow = {
      scope: { kind: 'all' },
      from: new Date(tomorrow.getTime() - days * dayMs),
      to: tomorrow,
      segmentId: null,
      stepSeconds: days > 60 ? 7 * 86_400 : 86_400,
    };
    const statements: Record<string, () => Promise<unknown>> = {
      createdTickets: () => reports.createdTickets(db, w),
      solvedTickets: () => reports.solvedTickets(db, w),
      slaTargets: () => reports.slaTargets(db, w, now),
      ratings: () => reports.ratings(db, w),
      ratingsByAgent: () => reports.ratingsBy(db, w, 'agent'),
      ratingsByGroup: () => reports.ratingsBy(db, w, 'group'),
      formSessions: () => reports.formSessions(db, w),
      helpSessions: () => reports.helpSessions(db, w),
    };
    for (const [name, run] of Object.entries(statements)) {
      await run();
      const times: number[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        const started = performance.now();
        await run();
        times.push(performance.now() - started);
      }
      emitSpread(`report-costs-${label}`, `${name}_${period}`, times, 'ms', { dataset });
    }
  }
} finally {
  await done();
}
