// Billing at scale (issue 11): invoice PDFs rendered per second per core, and a recurring run billing many
// subscriptions on PostgreSQL.
//
// pdf-rate: the real renderer (modules/billing/pdf.ts, pdfkit) in this process, one invoice after another on one
// core: BENCH_PDF_INVOICES (default 200) invoices of 12 lines with two tax rates, a discount, notes and a bill-to
// address, BENCH_REPEATS (default 3) runs; the figure is invoices per second on that one core (the renderer is
// synchronous JavaScript, so a process renders on one core and N processes scale by N).
//
// recurring-run: a separate database (never the `test` one) with BENCH_RECURRING_SUBSCRIPTIONS (default 100,000)
// monthly subscriptions, one line each with VAT, made with set-based SQL (generate_series), each with one period due
// today; then the sweep itself (runRecurringBilling, the timer's code, drafts: auto-send off, so PDF rendering is
// measured by pdf-rate and not twice) timed over the whole run, reported as seconds per 10,000 subscriptions. Draft
// subscriptions are billed in batches of 200 (use-cases/recurring-batch.ts: claimed FOR UPDATE SKIP LOCKED, then
// periods, invoices, lines, moves and audit entries inserted set-based, about ten statements a batch), so the
// figure is mostly PostgreSQL's insert work and the JSON of each batch, not round trips per subscription. Proof
// of no duplicates: every subscription has exactly one billed period and one invoice, and a second run bills
// nothing. Runs BENCH_REPEATS (default 3) times on a fresh dataset each (the same size); the database is dropped.
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../src/server/config.ts';
import { renderDocumentPdf } from '../src/server/modules/billing/pdf.ts';
import type { DocumentRow, LineRow } from '../src/server/modules/billing/repository-documents.ts';
import { runRecurringBilling } from '../src/server/modules/billing/use-cases/recurring-sweep.ts';
import type { AppContext } from '../src/server/platform/context.ts';
import { migrate, type Database } from '../src/server/platform/db/index.ts';
import { openConfiguredDatabase } from '../src/server/platform/start.ts';
import { emitSpread, log } from './lib.ts';
import { createBenchDatabase, postgresUrl } from './server.ts';

const REPEATS = Number(process.env.BENCH_REPEATS ?? '3');

/** A realistic invoice: 12 lines at 20 % and 7 %, a 5 % document discount, notes, a long bill-to address. */
function sampleInvoice(index: number): { document: DocumentRow; lines: LineRow[] } {
  const lines: LineRow[] = Array.from({ length: 12 }, (_, position) => {
    const gross = (position + 1) * 12_500;
    const net = Math.round(gross * 0.95);
    const rate = position % 3 === 0 ? 70_000 : 200_000;
    const tax = Math.round((net * rate) / 1_000_000);
    return {
      id: randomUUID(),
      position,
      description: `Advisory work, item ${position + 1}: monthly bookkeeping, payroll and VAT return preparation`,
      quantity: (position + 1) * 1000,
      unit_price: 12_500,
      discount: null,
      tax_rates: [{ id: randomUUID(), name: rate === 70_000 ? 'VAT reduced' : 'VAT', rate, amount: tax } as never],
      gross,
      discount_total: gross - net,
      net,
      tax_total: tax,
      total: net + tax,
      optional: false,
      selected: true,
    };
  });
  const sum = (pick: (line: LineRow) => number) => lines.reduce((total, line) => total + pick(line), 0);
  const document = {
    id: randomUUID(),
    account_id: randomUUID(),
    account_name: 'Acme Manufacturing',
    kind: 'invoice',
    status: 'sent',
    number: `INV-2026-${String(index + 1).padStart(4, '0')}`,
    currency: 'EUR',
    language: 'en',
    issue_date: '2026-12-01',
    due_date: '2026-12-31',
    payment_terms_id: null,
    notes: 'Thank you for your business. Payment by bank transfer to IBAN GB00 BANK 0000 0000 0000 00 within 30 days.',
    discount: { type: 'percent', value: 50_000 },
    subtotal: sum((line) => line.gross),
    discount_total: sum((line) => line.discount_total),
    net: sum((line) => line.net),
    tax_total: sum((line) => line.tax_total),
    total: sum((line) => line.total),
    taxes: [
      { taxRateId: randomUUID(), name: 'VAT', rate: 200_000, amount: sum((l) => (l.position % 3 ? l.tax_total : 0)) },
      {
        taxRateId: randomUUID(),
        name: 'VAT reduced',
        rate: 70_000,
        amount: sum((l) => (l.position % 3 ? 0 : l.tax_total)),
      },
    ],
    amount_paid: 0,
    amount_credited: 0,
    related_document_id: null,
    related_kind: null,
    related_number: null,
    related_status: null,
    pdf_key: null,
    pdf_sha256: null,
    sent_at: new Date(),
    accepted_at: null,
    accepted_name: null,
    accepted_ip: null,
    accepted_user_agent: null,
    created_at: new Date(),
    cursor_at: '',
    version: 1,
    overdue: false,
  } as DocumentRow;
  return { document, lines };
}

export async function pdfRateBench() {
  const count = Number(process.env.BENCH_PDF_INVOICES ?? '200');
  const inputs = Array.from({ length: count }, (_, index) => ({
    ...sampleInvoice(index),
    issuer: { name: 'Northwind Advisory', color: '#1f5f8b', logo: null },
    billTo: { legalName: 'Acme Manufacturing Ltd', address: '1 Foundry Lane\nSheffield S1 2AB', taxId: 'GB123456789' },
    payUrl: 'https://portal.example.com/billing/invoices/x',
  }));
  await renderDocumentPdf(inputs[0]!, new Date()); // warm-up: fonts and code paths loaded once
  const rates: number[] = [];
  let bytes = 0;
  for (let run = 0; run < REPEATS; run += 1) {
    const start = performance.now();
    for (const input of inputs) bytes = (await renderDocumentPdf(input, new Date())).length;
    rates.push(count / ((performance.now() - start) / 1000));
    log(`pdf-rate: run ${run + 1}: ${rates.at(-1)!.toFixed(1)} invoices/s`);
  }
  emitSpread('pdf-rate', 'invoice PDFs rendered per second per core', rates, 'pdf/s', {
    dataset: { invoices: count, linesPerInvoice: 12, pdfBytes: bytes },
    engine: 'in-process (one core)',
  });
}

/** Segment, staff, accounts with EUR profiles, one VAT rate, and `count` monthly subscriptions due today. */
async function seedSubscriptions(db: Database, count: number) {
  const segment = randomUUID();
  const staff = randomUUID();
  const vat = randomUUID();
  const accounts = Math.max(1, Math.ceil(count / 10));
  await db.query(
    `INSERT INTO segments (id, name, kind, modules) VALUES ($1, 'Bench', 'client_workspaces', '{billing}')`,
    [segment],
  );
  await db.query(`INSERT INTO users (id, email, name, staff_role) VALUES ($1, 'staff@bench.test', 'Staff', 'owner')`, [
    staff,
  ]);
  await db.query(`INSERT INTO billing_tax_rates (id, name, rate) VALUES ($1, 'VAT', 200000)`, [vat]);
  await db.query(
    `INSERT INTO accounts (id, segment_id, name) SELECT gen_random_uuid(), $1, 'Account ' || i FROM generate_series(1, $2) i`,
    [segment, accounts],
  );
  await db.query(
    `INSERT INTO billing_profiles (account_id, legal_name, currency) SELECT id, name || ' Ltd', 'EUR' FROM accounts`,
  );
  // Ten subscriptions per account, each monthly on today's day, its first period due today.
  await db.query(
    `INSERT INTO billing_subscriptions (id, account_id, name, currency, interval_unit, interval_count, day_of_month,
       start_date, next_period_start, created_by, total)
     SELECT gen_random_uuid(), a.id, 'Plan ' || i, 'EUR', 'month', 1, LEAST(EXTRACT(day FROM CURRENT_DATE)::int, 28),
       CURRENT_DATE, CURRENT_DATE, $1, 12000
     FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM accounts) a CROSS JOIN generate_series(1, 10) i
     WHERE (a.n - 1) * 10 + i <= $2`,
    [staff, count],
  );
  await db.query(
    `INSERT INTO billing_subscription_lines (id, subscription_id, position, description, quantity, unit_price,
       tax_rate_ids)
     SELECT gen_random_uuid(), id, 0, 'Monthly bookkeeping', 1000, 10000, ARRAY[$1::uuid] FROM billing_subscriptions`,
    [vat],
  );
  await db.query('ANALYZE');
}

export async function recurringRunBench() {
  if (!postgresUrl()) {
    log('recurring-run: skipped (needs DATABASE_URL or TEST_DATABASE_URL of a PostgreSQL server)');
    return;
  }
  const count = Number(process.env.BENCH_RECURRING_SUBSCRIPTIONS ?? '100000');
  const perTenThousand: number[] = [];
  const proofs: Record<string, number>[] = [];
  for (let run = 0; run < REPEATS; run += 1) {
    const database = await createBenchDatabase('postgres');
    const config = loadConfig({ ...database.env, NODE_ENV: 'production' });
    const db = await openConfiguredDatabase(config);
    try {
      await migrate(db);
      const seedStart = performance.now();
      await seedSubscriptions(db, count);
      log(
        `recurring-run: run ${run + 1}: ${count} subscriptions seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
      );
      const logger = { error: (...args: unknown[]) => log(`recurring-run error: ${JSON.stringify(args[0])}`) };
      const ctx = {
        db,
        config,
        clock: { now: () => new Date() },
        logger: { ...logger, info() {}, warn() {}, debug() {} },
        storage: { remove: async () => undefined },
      } as unknown as AppContext;
      const start = performance.now();
      const first = await runRecurringBilling(ctx);
      const seconds = (performance.now() - start) / 1000;
      perTenThousand.push((seconds / count) * 10_000);
      const again = await runRecurringBilling(ctx);
      const { rows } = await db.query<{
        subscriptions: number;
        invoices: number;
        periods_not_once: number;
        invoices_shared: number;
        subscriptions_not_billed_once: number;
      }>(
        `SELECT
           (SELECT count(*)::int FROM billing_subscriptions) AS subscriptions,
           (SELECT count(*)::int FROM billing_documents WHERE kind = 'invoice') AS invoices,
           (SELECT count(*)::int FROM (SELECT subscription_id, period_start FROM billing_subscription_periods
              GROUP BY 1, 2 HAVING count(*) <> 1) p) AS periods_not_once,
           (SELECT count(*)::int FROM (SELECT document_id FROM billing_subscription_periods
              GROUP BY 1 HAVING count(*) <> 1) p) AS invoices_shared,
           (SELECT count(*)::int FROM billing_subscriptions s WHERE (SELECT count(*) FROM billing_subscription_periods p
              WHERE p.subscription_id = s.id AND p.document_id IS NOT NULL) <> 1) AS subscriptions_not_billed_once`,
      );
      const proof = { ...rows[0]!, billedFirstRun: first.billed, billedSecondRun: again.billed };
      proofs.push(proof);
      log(`recurring-run: run ${run + 1}: ${seconds.toFixed(1)} s; ${JSON.stringify(proof)}`);
      const clean =
        proof.invoices === count &&
        proof.periods_not_once === 0 &&
        proof.invoices_shared === 0 &&
        proof.subscriptions_not_billed_once === 0 &&
        first.billed === count &&
        again.billed === 0;
      if (!clean) throw new Error(`recurring-run: duplicates or misses: ${JSON.stringify(proof)}`);
    } finally {
      await db.close();
      await database.drop();
    }
  }
  emitSpread('recurring-run', 'seconds per 10,000 subscriptions billed (PostgreSQL, drafts)', perTenThousand, 's', {
    dataset: { subscriptions: count, accounts: Math.ceil(count / 10) },
    proof: proofs.at(-1),
    engine: 'postgres',
  });
}
