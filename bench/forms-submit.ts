// A 50-field form submitted by a client, against the bare route (issue 13: "a 50-field form submission against the
// bare-route baseline"), on PostgreSQL. The form (text, long text, numbers, dates, choices, yes/no) is built and
// published through the API as staff; every request submits a different assignment of it (a submission is one per
// assignment: a second is 409), so each is a real submission: the answers checked against the version's schema and
// stored under the assignment's row lock. The compiled server runs in its own process as in production; wrk with
// 32 connections; bare/submit interleaved REPEATS times. Run alone:
// `TEST_DATABASE_URL=postgres://... node --import tsx bench/forms-submit.ts`.
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/server/seed/demo.ts';
import { emitSpread, interleaved, log } from './lib.ts';
import { postgresUrl, signIn, startBenchServer } from './server.ts';
import { loadClientName, runLoad, type HttpLoad, type LoadFigures } from './wrk.ts';
import { writePathFigures } from './write-path.ts';

const REPEATS = Number(process.env.BENCH_REPEATS ?? '3');
const BENCH = 'forms-submit-postgres';
/** Assignments per wrk run: more than a run submits (a run that ran out would answer 404s, and the bench stops). */
const PER_RUN = 20_000;
const RUNS = REPEATS * 2 + 1; // each measured run is preceded by its warm-up; the last block is for one-at-a-time

const CHOICES = [
  { value: 'a', label: 'Option A' },
  { value: 'b', label: 'Option B' },
  { value: 'c', label: 'Option C' },
];

/** 50 fields, ten of each kind; the answers fill every one. */
function fiftyFields() {
  const fields: Record<string, unknown>[] = [];
  const answers: Record<string, unknown> = {};
  for (let i = 0; i < 10; i += 1) {
    fields.push({ key: `name_${i}`, label: `Name ${i}`, type: 'text', required: true });
    answers[`name_${i}`] = `Answer number ${i} with a few words`;
    fields.push({ key: `notes_${i}`, label: `Notes ${i}`, type: 'long_text' });
    answers[`notes_${i}`] = 'A longer answer, as a client writes it. '.repeat(4);
    fields.push({ key: `amount_${i}`, label: `Amount ${i}`, type: 'number', min: 0, max: 1_000_000 });
    answers[`amount_${i}`] = 1234.5 + i;
    fields.push({ key: `date_${i}`, label: `Date ${i}`, type: 'date' });
    answers[`date_${i}`] = '2026-11-30';
    fields.push(
      i % 2
        ? { key: `pick_${i}`, label: `Pick ${i}`, type: 'single_choice', options: CHOICES }
        : { key: `pick_${i}`, label: `Pick ${i}`, type: 'yes_no' },
    );
    answers[`pick_${i}`] = i % 2 ? 'b' : true;
  }
  return { fields, answers };
}

export async function formsSubmitBench() {
  log(`\n== ${BENCH}: a 50-field form submitted by a client vs the bare route (wrk, 32 connections)`);
  if (!postgresUrl()) return log('  skipped: needs DATABASE_URL or TEST_DATABASE_URL (PostgreSQL)');
  if ((await loadClientName()) !== 'wrk') return log('  wrk is not installed (apt-get install wrk): skipped');
  const bench = await startBenchServer('postgres', {
    accounts: 100,
    nodeArgs: process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [],
    // Forms switched on for Acme's segment (the demo leaves it off there).
    prepare: async (db) => {
      await db.query(
        `UPDATE segments SET modules = modules || '{forms}'::text[]
         WHERE id = (SELECT segment_id FROM accounts WHERE name = 'Acme Manufacturing') AND NOT 'forms' = ANY(modules)`,
      );
    },
  });
  try {
    const staff = await signIn(bench.url, 'owner@northwind.example', DEMO_PASSWORD);
    const staffHeaders = {
      'content-type': 'application/json',
      cookie: `${staff.cookie}; ${staff.csrfCookie}`,
      'x-csrf-token': staff.csrfToken,
    };
    const { fields, answers } = fiftyFields();
    const created = await fetch(`${bench.url}/api/v1/forms`, {
      method: 'POST',
      headers: staffHeaders,
      body: JSON.stringify({ name: 'Fifty fields', definition: { fields } }),
    });
    if (created.status !== 201) throw new Error(`form: ${created.status} ${await created.text()}`);
    const formId = ((await created.json()) as { id: string }).id;
    const published = await fetch(`${bench.url}/api/v1/forms/${formId}/publish`, {
      method: 'POST',
      headers: staffHeaders,
      body: '{}',
    });
    if (!published.ok) throw new Error(`publish: ${published.status} ${await published.text()}`);
    // Assignments (number 0 for the check below) with ids the Lua side can compute (…-8000-<12-digit number>), for Acme, whose admin submits.
    const db = new pg.Client({ connectionString: bench.database.env.DATABASE_URL });
    await db.connect();
    try {
      await db.query(
        `INSERT INTO form_assignments (id, form_id, form_version_id, account_id, created_at)
         SELECT ('00000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, f.id, v.id, a.id, now()
         FROM generate_series(0, $2::int) g, forms f JOIN form_versions v ON v.form_id = f.id, accounts a
         WHERE f.id = $1 AND a.name = 'Acme Manufacturing'`,
        [formId, PER_RUN * RUNS],
      );
    } finally {
      await db.end();
    }
    const client = await signIn(bench.url, 'alice@acme.example', DEMO_PASSWORD);
    const body = JSON.stringify({ answers });
    const headers = {
      'content-type': 'application/json',
      cookie: `${client.cookie}; ${client.csrfCookie}`,
      'x-csrf-token': client.csrfToken,
    };
    const check = await fetch(`${bench.url}/api/v1/form-assignments/00000000-0000-4000-8000-000000000000/submit`, {
      method: 'POST',
      headers,
      body,
    });
    if (check.status !== 201) throw new Error(`a submission answered ${check.status}: ${await check.text()}`);
    let block = 0;
    const submit: HttpLoad = {
      url: bench.url,
      method: 'POST',
      headers,
      scriptPrelude: `local body = ${JSON.stringify(body)}`,
      // Read once per wrk run (warm-up included): each run its own block of assignments, thread k of 2 taking the
      // k-th, (k+2)-th... of it.
      get requestScript() {
        const first = block * PER_RUN;
        block += 1;
        if (block > RUNS) throw new Error('more wrk runs than blocks of assignments');
        return (
          `local i = ${first} + (n - 1) * 2 + thread_id; ` +
          `return string.format("/api/v1/form-assignments/00000000-0000-4000-8000-%012d/submit", i), body`
        );
      },
    };
    const runs = await interleaved(
      REPEATS,
      () => runLoad({ url: bench.bareUrl }),
      () => runLoad(submit),
      (figures: LoadFigures) => {
        if (figures.errors) throw new Error(`${figures.errors} of ${figures.requests} requests failed`);
        return figures.rps;
      },
    );
    const context = { dataset: { fields: 50, assignments: PER_RUN * RUNS }, client: 'wrk -c32' };
    emitSpread(BENCH, 'submit_vs_bare', runs.ratios, 'ratio', context);
    emitSpread(
      BENCH,
      'submit_rps',
      runs.targets.map((r) => r.rps),
      'req/s',
      context,
    );
    emitSpread(
      BENCH,
      'submit_p95',
      runs.targets.map((r) => r.p95Ms),
      'ms',
      context,
    );
    emitSpread(
      BENCH,
      'bare_rps',
      runs.baselines.map((r) => r.rps),
      'req/s',
      context,
    );
    // One submission at a time, from the last block of assignments: what each costs the database.
    const sequentialFirst = (RUNS - 1) * PER_RUN + 1;
    await writePathFigures(
      BENCH,
      'submit',
      bench.database.env.DATABASE_URL!,
      async (i) => {
        const id = `00000000-0000-4000-8000-${String(sequentialFirst + i).padStart(12, '0')}`;
        const response = await fetch(`${bench.url}/api/v1/form-assignments/${id}/submit`, {
          method: 'POST',
          headers,
          body,
        });
        if (response.status !== 201) throw new Error(`submission: ${response.status} ${await response.text()}`);
      },
      context,
    );
  } finally {
    await bench.close();
  }
}

if (import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1] ?? '').href) {
  const { printTable } = await import('./lib.ts');
  await formsSubmitBench();
  printTable();
  process.exit(0);
}
