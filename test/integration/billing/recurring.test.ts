import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRecurringBilling } from '../../../src/server/modules/billing/index.ts';
import type { TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { createSubscription, periodsOf, startRecurring, today } from './recurring-helpers.ts';

const DAY_MINUTES = 24 * 60;
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** The same day `months` months later, clamped to the month's last day. */
const addMonths = (day: string, months: number) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
};

describe('billing: recurring sweep', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let acme: string;
  let itemId: string;
  let start: string;

  /** Two sweeps at once, as two processes would run them. */
  async function sweepTwiceAtOnce() {
    const [a, b] = await Promise.all([runRecurringBilling(portal.ctx), runRecurringBilling(portal.ctx)]);
    return { billed: a.billed + b.billed, skipped: a.skipped + b.skipped };
  }
  async function moveDays(days: number) {
    portal.clock.advanceMinutes(days * DAY_MINUTES);
    owner = await portal.signedIn('owner@northwind.example');
  }

  beforeAll(async () => {
    ({ portal, owner, acme, itemId } = await startRecurring());
    start = today(portal);
  });
  afterAll(() => portal.close());

  it('bills each period exactly once under concurrent sweeps, sent through the send path', async () => {
    const sub = await createSubscription(owner, acme, {
      name: 'Bookkeeping plan',
      interval: { unit: 'month' },
      startDate: start,
      autoSend: true,
      lines: [{ catalogItemId: itemId }, { description: 'Payroll (5 staff)', quantity: 5, unitPrice: 1000 }],
    });
    expect(sub.nextBillingDate).toBe(start);
    // 500.00 + 20 % VAT + 50.00 without tax.
    expect(sub.amount.amount).toBe(65000);

    expect(await sweepTwiceAtOnce()).toEqual({ billed: 1, skipped: 0 });
    expect(await sweepTwiceAtOnce()).toEqual({ billed: 0, skipped: 0 });
    const periods = await periodsOf(portal, sub.id);
    expect(periods).toEqual([{ period_start: start, document_id: expect.any(String), status: 'sent' }]);
    const invoice = (await owner.get(`/api/v1/billing-documents/${periods[0]!.document_id}`)).json();
    expect(invoice).toMatchObject({ kind: 'invoice', status: 'sent', total: { amount: 65000, currency: 'EUR' } });
    expect(invoice.number).toMatch(/^INV-\d{4}-0001$/);
    expect(invoice.notes).toContain(`Bookkeeping plan: ${start}`);
    await portal.ctx.background.idle();
    const mails = await portal.ctx.db.query('SELECT 1 FROM mail_messages WHERE to_address = $1', [
      'accounts@acme.example',
    ]);
    expect(mails.rowCount).toBe(1);

    const detail = (await owner.get(`/api/v1/accounts/${acme}/billing-subscriptions/${sub.id}`)).json();
    expect(detail).toMatchObject({ periodsBilled: 1, nextBillingDate: addMonths(start, 1), status: 'active' });
    expect(detail.periods[0]).toMatchObject({ periodStart: start, documentNumber: invoice.number });
  });

  it('a process that was down bills the missed periods once each when it is back', async () => {
    const sub = await createSubscription(owner, acme, {
      name: 'Draft plan',
      interval: { unit: 'week', every: 2 },
      startDate: start,
      lines: [{ description: 'Support', quantity: 1, unitPrice: 10000 }],
    });
    await moveDays(29); // periods at +0, +14, +28
    expect((await sweepTwiceAtOnce()).billed).toBeGreaterThanOrEqual(3);
    const periods = await periodsOf(portal, sub.id);
    expect(periods.map((p) => p.period_start)).toEqual([start, addDays(start, 14), addDays(start, 28)]);
    // Without auto-send the invoices wait as drafts for staff.
    expect(periods.map((p) => p.status)).toEqual(['draft', 'draft', 'draft']);
    expect((await sweepTwiceAtOnce()).billed).toBe(0);
  });

  it('pause skips the periods that fall while paused; resume bills from the next period on', async () => {
    const sub = await createSubscription(owner, acme, {
      name: 'Pausable',
      interval: { unit: 'week' },
      startDate: today(portal),
      lines: [{ description: 'Hosting', quantity: 1, unitPrice: 2000 }],
    });
    const first = today(portal);
    expect((await runRecurringBilling(portal.ctx)).billed).toBeGreaterThanOrEqual(1);
    const paused = await owner.post(`/api/v1/accounts/${acme}/billing-subscriptions/${sub.id}/pause`);
    expect(paused.statusCode, paused.body).toBe(200);
    expect(paused.json()).toMatchObject({ status: 'paused', nextBillingDate: null });
    expect(paused.json().abilities).toEqual({ pause: false, resume: true, cancel: true, changeAutoCharge: true });
    expectProblem(await owner.post(`/api/v1/accounts/${acme}/billing-subscriptions/${sub.id}/pause`), 409);

    await moveDays(15); // +7 and +14 pass while paused
    await runRecurringBilling(portal.ctx);
    expect((await periodsOf(portal, sub.id)).length).toBe(1);
    const resumed = await owner.post(`/api/v1/accounts/${acme}/billing-subscriptions/${sub.id}/resume`);
    expect(resumed.statusCode, resumed.body).toBe(200);
    expect(resumed.json()).toMatchObject({ status: 'active', nextBillingDate: addDays(first, 21) });
    await runRecurringBilling(portal.ctx);
    expect((await periodsOf(portal, sub.id)).map((p) => p.status)).toEqual(['draft', 'skipped', 'skipped']);
    await moveDays(6);
    await runRecurringBilling(portal.ctx);
    expect((await periodsOf(portal, sub.id)).map((p) => [p.period_start, p.status])).toEqual([
      [first, 'draft'],
      [addDays(first, 7), 'skipped'],
      [addDays(first, 14), 'skipped'],
      [addDays(first, 21), 'draft'],
    ]);
  });

  it('cancel stops billing for good; a count ends the plan', async () => {
    const sub = await createSubscription(owner, acme, {
      name: 'Two weeks only',
      interval: { unit: 'week' },
      startDate: today(portal),
      count: 2,
      lines: [{ description: 'Trial', quantity: 1, unitPrice: 100 }],
    });
    await runRecurringBilling(portal.ctx);
    await moveDays(7);
    await runRecurringBilling(portal.ctx);
    const ended = (await owner.get(`/api/v1/accounts/${acme}/billing-subscriptions/${sub.id}`)).json();
    expect(ended).toMatchObject({ status: 'ended', periodsBilled: 2, nextBillingDate: null });
    expect(ended.abilities).toEqual({ pause: false, resume: false, cancel: false, changeAutoCharge: false });

    const other = await createSubscription(owner, acme, {
      name: 'Cancelled',
      interval: { unit: 'month', dayOfMonth: 31 },
      startDate: today(portal),
      lines: [{ description: 'Retainer', quantity: 1, unitPrice: 100 }],
    });
    const cancelled = await owner.post(`/api/v1/accounts/${acme}/billing-subscriptions/${other.id}/cancel`);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', nextBillingDate: null });
    await moveDays(70);
    await runRecurringBilling(portal.ctx);
    expect(await periodsOf(portal, other.id)).toEqual([]);
    expectProblem(await owner.post(`/api/v1/accounts/${acme}/billing-subscriptions/${other.id}/resume`), 409);
  });

  it('auto-charge queues the payment hook, a logged no-op without a payment driver', async () => {
    const sub = await createSubscription(owner, acme, {
      name: 'Charged',
      interval: { unit: 'year' },
      startDate: today(portal),
      autoSend: true,
      autoCharge: true,
      lines: [{ description: 'Licence', quantity: 1, unitPrice: 99000 }],
    });
    await runRecurringBilling(portal.ctx);
    const [period] = await periodsOf(portal, sub.id);
    await portal.ctx.background.idle();
    const { rows } = await portal.ctx.db.query<{ status: string }>(
      "SELECT status FROM jobs WHERE kind = 'billing.auto_charge' AND payload->>'documentId' = $1",
      [period!.document_id],
    );
    expect(rows).toEqual([{ status: 'done' }]);
  });
});
