import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendPaymentReminders } from '../../../src/server/modules/billing/index.ts';
import { idOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { startWithoutBilling } from './helpers.ts';

const DAY_MINUTES = 24 * 60;

describe('billing: payment reminders (dunning)', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let acme: string;
  let start: number;

  const dayOffset = (days: number) => new Date(start + days * 86_400_000).toISOString().slice(0, 10);
  /** The reminders that went out (subject per recipient; mail jobs run side by side, so sorted), after the queue drained. */
  async function reminderMails() {
    await portal.ctx.background.idle();
    const { rows } = await portal.ctx.db.query<{ to_address: string; subject: string }>(
      `SELECT to_address, subject FROM mail_messages
       WHERE subject LIKE 'Reminder:%' OR subject LIKE 'Overdue:%' OR subject LIKE '%is due today'
       ORDER BY subject, to_address`,
    );
    return rows;
  }
  /** Two sweeps at once, as two processes would run them: each step is claimed by one. */
  async function sweepTwiceAtOnce() {
    const [a, b] = await Promise.all([sendPaymentReminders(portal.ctx), sendPaymentReminders(portal.ctx)]);
    return a + b;
  }
  async function moveDays(days: number) {
    portal.clock.advanceMinutes(days * DAY_MINUTES);
    // Sessions age with the clock: sign in again at the new time.
    owner = await portal.signedIn('owner@northwind.example');
  }
  async function sentInvoice(dueDate: string) {
    const created = await owner.post(`/api/v1/accounts/${acme}/billing-documents`, {
      kind: 'invoice',
      dueDate,
      lines: [{ description: 'Monthly bookkeeping', quantity: 1, unitPrice: 50000 }],
    });
    const sent = await owner.post(`/api/v1/billing-documents/${created.json().id}/send`);
    expect(sent.statusCode, sent.body).toBe(200);
    return sent.json() as { id: string; number: string };
  }

  beforeAll(async () => {
    ({ portal, owner, acme } = await startWithoutBilling());
    start = portal.clock.now().getTime();
    const profile = await owner.put(`/api/v1/accounts/${acme}/billing-profile`, {
      legalName: 'Acme Manufacturing GmbH',
      currency: 'EUR',
      contacts: ['accounts@acme.example', 'cfo@acme.example'],
    });
    expect(profile.statusCode, profile.body).toBe(200);
  });
  afterAll(() => portal.close());

  it('the schedule is portal-wide: staff read it, admins change it with If-Match, agents and clients cannot', async () => {
    const settings = (await owner.get('/api/v1/billing/reminder-settings')).json();
    expect(settings).toMatchObject({ enabled: true, steps: [-3, 0, 7, 14], abilities: { update: true } });
    const agent = await portal.signedIn('agent@northwind.example');
    expect((await agent.get('/api/v1/billing/reminder-settings')).json().abilities.update).toBe(false);
    expectProblem(await agent.patch('/api/v1/billing/reminder-settings', { steps: [1] }), 403);
    const alice = await portal.signedIn('alice@acme.example');
    expectProblem(await alice.get('/api/v1/billing/reminder-settings'), 403);
    expectProblem(await owner.patch('/api/v1/billing/reminder-settings', { steps: [-61] }), 400);
    expectProblem(
      await owner.patch(
        '/api/v1/billing/reminder-settings',
        { steps: [0] },
        { 'if-match': String(settings.version + 1) },
      ),
      409,
    );
    const changed = await owner.patch(
      '/api/v1/billing/reminder-settings',
      { steps: [14, 7, 0, -3, 7] },
      { 'if-match': String(settings.version) },
    );
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ steps: [-3, 0, 7, 14], version: settings.version + 1 });
  });

  let open: { id: string; number: string };
  let paid: { id: string; number: string };
  let voided: { id: string; number: string };
  it('before the due date: one reminder per recipient, once, even with two sweeps at once and a second pass', async () => {
    open = await sentInvoice(dayOffset(5));
    paid = await sentInvoice(dayOffset(5));
    voided = await sentInvoice(dayOffset(5));
    expect(await sweepTwiceAtOnce()).toBe(0); // sent today: nothing is due yet
    await moveDays(2); // three days before the due date
    const pay = await owner.post(`/api/v1/billing-documents/${paid.id}/payments`, {
      amount: 50000,
      method: 'bank_transfer',
      receivedOn: dayOffset(2),
    });
    expect(pay.statusCode, pay.body).toBe(201);
    expect((await owner.post(`/api/v1/billing-documents/${voided.id}/void`)).statusCode).toBe(200);

    expect(await sweepTwiceAtOnce()).toBe(1);
    expect(await sendPaymentReminders(portal.ctx)).toBe(0);
    expect(await reminderMails()).toEqual([
      { to_address: 'accounts@acme.example', subject: `Reminder: invoice ${open.number} is due on ${dayOffset(5)}` },
      { to_address: 'cfo@acme.example', subject: `Reminder: invoice ${open.number} is due on ${dayOffset(5)}` },
    ]);
  });

  it('on the due date, then only the latest step reached after a long gap; never after payment', async () => {
    await moveDays(3);
    expect(await sweepTwiceAtOnce()).toBe(1);
    const dueToday = (await reminderMails()).filter((mail) => mail.subject === `Invoice ${open.number} is due today`);
    expect(dueToday.map((mail) => mail.to_address)).toEqual(['accounts@acme.example', 'cfo@acme.example']);
    // Twenty days late (the process was down past +7 and +14): one reminder, the +14 one.
    await moveDays(20);
    expect(await sweepTwiceAtOnce()).toBe(1);
    expect(await sendPaymentReminders(portal.ctx)).toBe(0);
    const mails = await reminderMails();
    expect(mails).toHaveLength(6);
    const overdue = mails.filter(
      (mail) => mail.subject === `Overdue: invoice ${open.number} was due on ${dayOffset(5)}`,
    );
    expect(overdue).toHaveLength(2);
    const { rows } = await portal.ctx.db.query<{ document_id: string; step: number }>(
      'SELECT document_id, step FROM billing_invoice_reminders ORDER BY step',
    );
    expect(rows).toEqual([
      { document_id: open.id, step: -3 },
      { document_id: open.id, step: 0 },
      { document_id: open.id, step: 14 },
    ]);
  });

  let another: { id: string; number: string };
  it('switched off, the sweep sends nothing', async () => {
    another = await sentInvoice(dayOffset(25)); // due on receipt: its first reminder is the +7 one
    const settings = (await owner.get('/api/v1/billing/reminder-settings')).json();
    await owner.patch(
      '/api/v1/billing/reminder-settings',
      { enabled: false },
      { 'if-match': String(settings.version) },
    );
    await moveDays(7);
    expect(await sweepTwiceAtOnce()).toBe(0);
    expect((await reminderMails()).some((mail) => mail.subject.includes(another.number))).toBe(false);
  });

  it('an account whose segment lost billing gets no reminders until billing is back', async () => {
    const clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    const off = await owner.patch(`/api/v1/segments/${clients}`, { modules: ['documents', 'messages'] });
    expect(off.statusCode, off.body).toBe(200);
    const settings = (await owner.get('/api/v1/billing/reminder-settings')).json();
    await owner.patch('/api/v1/billing/reminder-settings', { enabled: true }, { 'if-match': String(settings.version) });
    expect(await sweepTwiceAtOnce()).toBe(0);
    await owner.patch(`/api/v1/segments/${clients}`, { modules: ['documents', 'messages', 'billing'] });
    expect(await sweepTwiceAtOnce()).toBe(1);
    const mails = await reminderMails();
    expect(
      mails.filter((mail) => mail.subject === `Overdue: invoice ${another.number} was due on ${dayOffset(25)}`),
    ).toHaveLength(2);
  });
});
