import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRecurringBilling } from '../../../src/server/modules/billing/index.ts';
import type { TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { createSubscription, startRecurring, today } from './recurring-helpers.ts';

/** Small batches, so that two sweeps of 200 subscriptions interleave over many batches. */
const BATCH = 25;
const DAY_MINUTES = 24 * 60;

describe('billing: recurring sweep in batches', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let acme: string;
  let taxRateId: string;

  const sweepTwiceAtOnce = async () => {
    const [a, b] = await Promise.all([
      runRecurringBilling(portal.ctx, { batchSize: BATCH }),
      runRecurringBilling(portal.ctx, { batchSize: BATCH }),
    ]);
    return { billed: a.billed + b.billed, skipped: a.skipped + b.skipped };
  };

  /** `count` copies of a subscription made through the API (same lines), named `${name} #i`. */
  async function subscriptions(name: string, count: number, body: Record<string, unknown>) {
    const first = await createSubscription(owner, acme, { name, ...body });
    await portal.ctx.db.query(
      `INSERT INTO billing_subscriptions
       SELECT (jsonb_populate_record(s, jsonb_build_object('id', gen_random_uuid(), 'name', s.name || ' #' || i))).*
       FROM billing_subscriptions s, generate_series(2, $2::int) i WHERE s.id = $1`,
      [first.id, count],
    );
    await portal.ctx.db.query(
      `INSERT INTO billing_subscription_lines (id, subscription_id, position, catalog_item_id, description, quantity,
         unit_price, tax_rate_ids)
       SELECT gen_random_uuid(), c.id, l.position, l.catalog_item_id, l.description, l.quantity, l.unit_price,
         l.tax_rate_ids
       FROM billing_subscriptions c JOIN billing_subscription_lines l ON l.subscription_id = $1
       WHERE c.name LIKE $2 || ' #%'`,
      [first.id, name],
    );
    await portal.ctx.db.query(`UPDATE billing_subscriptions SET name = name || ' #1' WHERE id = $1`, [first.id]);
    return name;
  }

  /** Per subscription of the plan: its periods, the invoices they link, and those invoices' numbers. */
  async function billedOf(name: string) {
    const { rows } = await portal.ctx.db.query<{
      name: string;
      next_period_start: string | null;
      periods_billed: number;
      periods: number;
      invoices: number;
      numbered: number;
      audited: number;
    }>(
      `SELECT s.name, to_char(s.next_period_start, 'YYYY-MM-DD') AS next_period_start, s.periods_billed,
         (SELECT count(*)::int FROM billing_subscription_periods p WHERE p.subscription_id = s.id) AS periods,
         (SELECT count(DISTINCT d.id)::int FROM billing_subscription_periods p
            JOIN billing_documents d ON d.id = p.document_id WHERE p.subscription_id = s.id) AS invoices,
         (SELECT count(*)::int FROM billing_subscription_periods p
            JOIN billing_documents d ON d.id = p.document_id WHERE p.subscription_id = s.id AND d.number IS NOT NULL)
           AS numbered,
         (SELECT count(*)::int FROM audit_events a WHERE a.action = 'billing.subscription_billed'
            AND a.target_id = s.id::text) AS audited
       FROM billing_subscriptions s WHERE s.name LIKE $1 || ' #%' ORDER BY s.name`,
      [name],
    );
    return rows;
  }

  /** Invoices of the account not linked to any period: a batch rolled back half-way would leave these. */
  async function orphanInvoices() {
    const { rows } = await portal.ctx.db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM billing_documents d WHERE d.account_id = $1 AND d.kind = 'invoice'
         AND NOT EXISTS (SELECT 1 FROM billing_subscription_periods p WHERE p.document_id = d.id)`,
      [acme],
    );
    return rows[0]!.count;
  }

  beforeAll(async () => {
    ({ portal, owner, acme, taxRateId } = await startRecurring());
  });
  afterAll(() => portal.close());

  it('two sweeps racing over 200 due subscriptions bill each period once, as drafts without numbers', async () => {
    const plan = await subscriptions('Racing plan', 200, {
      interval: { unit: 'month' },
      startDate: today(portal),
      lines: [{ description: 'Bookkeeping', quantity: 1, unitPrice: 10000, taxRateIds: [taxRateId] }],
    });
    expect(await sweepTwiceAtOnce()).toEqual({ billed: 200, skipped: 0 });
    expect(await sweepTwiceAtOnce()).toEqual({ billed: 0, skipped: 0 });
    const billed = await billedOf(plan);
    expect(billed).toHaveLength(200);
    for (const row of billed)
      expect(row).toMatchObject({ periods_billed: 1, periods: 1, invoices: 1, numbered: 0, audited: 1 });
    const { rows } = await portal.ctx.db.query<{ total: number; status: string; lines: number; notes: string }>(
      `SELECT d.total, d.status, d.notes, (SELECT count(*)::int FROM billing_document_lines l WHERE l.document_id = d.id)
         AS lines
       FROM billing_subscription_periods p JOIN billing_subscriptions s ON s.id = p.subscription_id
       JOIN billing_documents d ON d.id = p.document_id WHERE s.name = $1`,
      [`${plan} #7`],
    );
    // 100.00 + 20 % VAT, one line, a draft for staff to send.
    expect(rows).toEqual([
      { total: 12000, status: 'draft', lines: 1, notes: expect.stringContaining(`${plan} #7: ${today(portal)}`) },
    ]);
    expect(await orphanInvoices()).toBe(0);
  });

  it('a batch with bad subscriptions bills the rest once; the bad ones stay due and bill once fixed', async () => {
    const plan = await subscriptions('Mixed plan', 60, {
      interval: { unit: 'month' },
      startDate: today(portal),
      lines: [{ description: 'Support', quantity: 1, unitPrice: 5000, taxRateIds: [taxRateId] }],
    });
    // #13's tax rate is archived (its invoice cannot be computed: left out of its batch) ...
    const archived = (await owner.post('/api/v1/billing/tax-rates', { name: 'Old VAT', rate: 19 })).json().id;
    await portal.ctx.db.query(
      `UPDATE billing_subscription_lines SET tax_rate_ids = ARRAY[$1::uuid]
       WHERE subscription_id = (SELECT id FROM billing_subscriptions WHERE name = $2)`,
      [archived, `${plan} #13`],
    );
    await portal.ctx.db.query('UPDATE billing_tax_rates SET archived_at = now() WHERE id = $1', [archived]);
    // ... and #42's audit entry fails in the database, after its batch inserted the invoices: the batch rolls back.
    await portal.ctx.db.query(`CREATE FUNCTION test_fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.target_label = 'Mixed plan #42' THEN RAISE EXCEPTION 'audit store refused'; END IF;
        RETURN NEW;
      END $$`);
    await portal.ctx.db.query(
      'CREATE TRIGGER test_fail_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION test_fail_audit()',
    );
    try {
      expect(await sweepTwiceAtOnce()).toEqual({ billed: 58, skipped: 0 });
    } finally {
      await portal.ctx.db.query('DROP TRIGGER test_fail_audit ON audit_events');
      await portal.ctx.db.query('DROP FUNCTION test_fail_audit()');
    }
    const start = today(portal);
    const billed = await billedOf(plan);
    for (const row of billed) {
      const bad = row.name === `${plan} #13` || row.name === `${plan} #42`;
      expect(row, row.name).toMatchObject(
        bad
          ? { periods_billed: 0, periods: 0, invoices: 0, audited: 0, next_period_start: start }
          : { periods_billed: 1, periods: 1, invoices: 1, audited: 1 },
      );
    }
    expect(await orphanInvoices()).toBe(0);

    await portal.ctx.db.query('UPDATE billing_tax_rates SET archived_at = NULL WHERE id = $1', [archived]);
    expect(await sweepTwiceAtOnce()).toEqual({ billed: 2, skipped: 0 });
    for (const row of await billedOf(plan))
      expect(row, row.name).toMatchObject({ periods_billed: 1, periods: 1, invoices: 1, audited: 1 });
  });

  it('after downtime each subscription bills every missed period once, across batches', async () => {
    const plan = await subscriptions('Weekly plan', 40, {
      interval: { unit: 'week' },
      startDate: today(portal),
      lines: [{ description: 'Cleaning', quantity: 2, unitPrice: 2500 }],
    });
    portal.clock.advanceMinutes(22 * DAY_MINUTES); // periods at +0, +7, +14, +21
    owner = await portal.signedIn('owner@northwind.example');
    const result = await sweepTwiceAtOnce();
    const billed = await billedOf(plan);
    expect(billed).toHaveLength(40);
    for (const row of billed)
      expect(row, row.name).toMatchObject({ periods_billed: 4, periods: 4, invoices: 4, numbered: 0, audited: 4 });
    // The monthly plans above are not due again yet.
    expect(result).toEqual({ billed: 160, skipped: 0 });
    expect((await sweepTwiceAtOnce()).billed).toBe(0);
    expect(await orphanInvoices()).toBe(0);
  });
});
