import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscribeToEvents } from '../../support/webhook-interest.ts';
import { idOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { startWithoutBilling } from './helpers.ts';

interface RetainerJson {
  id: string;
  version: number;
  endedOn: string | null;
  burn: {
    usedMinutes: number;
    leftMinutes: number;
    overMinutes: number;
    unrequestedMinutes: number;
    usedAmount: { amount: number };
    tasks: { title: string; minutes: number }[];
  };
  overages: {
    id: string;
    status: string;
    minutes: number;
    amount: { amount: number };
    invoice: { id: string } | null;
    decided: { by: string } | null;
    abilities: Record<string, boolean>;
  }[];
  abilities: Record<string, boolean>;
}

describe('billing: retainers, their burn and approved overage', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let agent: HttpClient;
  let alice: HttpClient;
  let adam: HttpClient;
  let bianca: HttpClient;
  let acme: string;
  let clients: string;
  let taskId: string;
  let internalTaskId: string;
  let today: string;
  const base = () => `/api/v1/accounts/${acme}/billing-retainers`;

  beforeAll(async () => {
    ({ portal, owner, acme } = await startWithoutBilling());
    await subscribeToEvents(portal);
    clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    const modules = await owner.patch(`/api/v1/segments/${clients}`, {
      modules: ['documents', 'messages', 'billing', 'projects'],
    });
    expect(modules.statusCode, modules.body).toBe(200);
    agent = await portal.signedIn('agent@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    adam = await portal.signedIn('adam@acme.example');
    bianca = await portal.signedIn('bianca@blueharbor.example');
    const profile = await owner.put(`/api/v1/accounts/${acme}/billing-profile`, {
      legalName: 'Acme Manufacturing Ltd',
      currency: 'EUR',
      contacts: [],
    });
    expect(profile.statusCode, profile.body).toBe(200);
    const project = (await owner.post(`/api/v1/accounts/${acme}/projects`, { name: 'Monthly support' })).json();
    taskId = (await owner.post(`/api/v1/projects/${project.id}/tasks`, { title: 'Payroll run' })).json().id;
    const internal = (
      await owner.post(`/api/v1/accounts/${acme}/projects`, { name: 'Firm notes', internal: true })
    ).json();
    internalTaskId = (await owner.post(`/api/v1/projects/${internal.id}/tasks`, { title: 'Internal review' })).json()
      .id;
    today = portal.ctx.clock.now().toISOString().slice(0, 10);
  });
  afterAll(() => portal.close());

  const log = async (task: string, minutes: number, billable = true) => {
    const response = await owner.post(`/api/v1/tasks/${task}/time-entries`, { date: today, minutes, billable });
    expect(response.statusCode, response.body).toBe(201);
  };
  const retainer = async (client: HttpClient, id: string) =>
    (await client.get(`${base()}/${id}`)).json() as RetainerJson;

  it('staff set up a retainer; only owners and admins may, one open per account, bad input is 400', async () => {
    const body = {
      name: 'Support retainer',
      unit: 'hours',
      period: 'monthly',
      budgetMinutes: 600,
      budgetAmount: null,
      hourlyRate: 9000,
      startsOn: `${today.slice(0, 7)}-01`,
    };
    expectProblem(await agent.post(base(), body), 403);
    expectProblem(await alice.post(base(), body), 403);
    expectProblem(await owner.post(base(), { ...body, budgetMinutes: null }), 400);
    expectProblem(await owner.post(base(), { ...body, budgetMinutes: 'ten' }), 400);
    expectProblem(await owner.post(base(), { ...body, hourlyRate: -5 }), 400);
    expectProblem(await owner.post(base(), { ...body, name: 'x'.repeat(500) }), 400);
    expectProblem(await owner.post(base(), { ...body, currency: 'USD' }), 400);
    const huge = await owner.post(base(), { ...body, name: 'x'.repeat(3_000_000) });
    expect([400, 413]).toContain(huge.statusCode);
    expectProblem(await owner.post(base(), { ...body, startsOn: '2026-02-30' }), 400);
    // Two at once: one is made, the other is 409 retainer_exists.
    const both = await Promise.all([owner.post(base(), body), owner.post(base(), body)]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const made = both.find((r) => r.statusCode === 201)!.json() as RetainerJson;
    expect(made.abilities).toEqual({ update: true, end: true, requestOverage: false });
    expect(made.burn).toMatchObject({ usedMinutes: 0, leftMinutes: 600, overMinutes: 0 });
    // The account's people see it, without staff abilities; another account's person does not.
    const seen = (await alice.get(base())).json();
    expect(seen.items).toHaveLength(1);
    expect(seen.abilities.create).toBe(false);
    expect(seen.items[0].abilities).toEqual({ update: false, end: false, requestOverage: false });
    expectProblem(await bianca.get(base()), 404);
    expectProblem(await bianca.get(`${base()}/${made.id}`), 404);
    // Editing takes If-Match; a stale version is 409, and the unit's budget only.
    const renamed = await owner.patch(
      `${base()}/${made.id}`,
      { name: '<b>Support</b> & payroll' },
      { 'if-match': String(made.version) },
    );
    expect(renamed.statusCode, renamed.body).toBe(200);
    // HTML stays text: stored as given, rendered as text by the web app.
    expect(renamed.json().name).toBe('<b>Support</b> & payroll');
    expectProblem(
      await owner.patch(`${base()}/${made.id}`, { name: 'Stale' }, { 'if-match': String(made.version) }),
      409,
    );
    expectProblem(await owner.patch(`${base()}/${made.id}`, { budgetAmount: 500 }), 400);
    expectProblem(await owner.patch(`${base()}/${made.id}`, { unit: 'money' }), 400);
  });

  it('logged time burns the budget live; the client sees what it was spent on, never internal work', async () => {
    const { id } = ((await alice.get(base())).json().items as RetainerJson[])[0]!;
    await log(taskId, 480);
    await log(taskId, 60, false); // not billable: does not burn
    await log(internalTaskId, 300); // internal project: not the client's retainer
    let burn = (await retainer(alice, id)).burn;
    expect(burn).toMatchObject({ usedMinutes: 480, leftMinutes: 120, overMinutes: 0, usedAmount: { amount: 72000 } });
    expect(burn.tasks).toEqual([expect.objectContaining({ title: 'Payroll run', minutes: 480 })]);
    // Past the budget: 690 of 600 minutes.
    await log(taskId, 210);
    burn = (await retainer(owner, id)).burn;
    expect(burn).toMatchObject({ usedMinutes: 690, leftMinutes: 0, overMinutes: 90, unrequestedMinutes: 90 });
    const events = await portal.ctx.db.query<{ type: string }>(
      "SELECT type FROM events WHERE account_id = $1 AND type IN ('task.updated', 'retainer.updated')",
      [acme],
    );
    expect(events.rows.length).toBeGreaterThan(0);
  });

  it('overage waits for the client admin; unapproved overage is never billed, approved is billed once', async () => {
    const { id } = ((await alice.get(base())).json().items as RetainerJson[])[0]!;
    expectProblem(await alice.post(`${base()}/${id}/overages`), 403);
    // Two requests at once: one waits for the client, the other is 409.
    const both = await Promise.all([owner.post(`${base()}/${id}/overages`), owner.post(`${base()}/${id}/overages`)]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    let seen = await retainer(alice, id);
    const [pending] = seen.overages;
    expect(pending).toMatchObject({ status: 'pending', minutes: 90, amount: { amount: 13500 } });
    expect(pending!.abilities).toEqual({ approve: true, decline: true });
    expect((await retainer(adam, id!)).overages[0]!.abilities).toEqual({ approve: false, decline: false });
    expect(seen.burn.unrequestedMinutes).toBe(0);
    const webhook = await portal.ctx.db.query(
      "SELECT 1 FROM jobs WHERE kind = 'webhooks.fanout' AND payload->>'type' = 'retainer.overage_requested'",
    );
    expect(webhook.rowCount).toBe(1);

    // An invoice sent while it waits does not carry it.
    const invoice = async () => {
      const draft = await owner.post(`/api/v1/accounts/${acme}/billing-documents`, {
        kind: 'invoice',
        lines: [{ description: 'Monthly fee', quantity: 1, unitPrice: 50000, taxRateIds: [] }],
      });
      expect(draft.statusCode, draft.body).toBe(201);
      const sent = await owner.post(`/api/v1/billing-documents/${draft.json().id}/send`);
      expect(sent.statusCode, sent.body).toBe(200);
      return sent.json() as { id: string; lines: { description: string }[]; total: { amount: number } };
    };
    expect((await invoice()).total.amount).toBe(50000);

    const decide = (client: HttpClient, action: string, overage = pending!.id, body: unknown = {}) =>
      client.post(`${base()}/${id}/overages/${overage}/${action}`, body);
    expectProblem(await adam.post(`${base()}/${id}/overages/${pending!.id}/approve`, {}), 403);
    expectProblem(await owner.post(`${base()}/${id}/overages/${pending!.id}/approve`, {}), 403);
    expectProblem(await bianca.post(`${base()}/${id}/overages/${pending!.id}/approve`, {}), 404);
    expectProblem(await decide(alice, 'approve', pending!.id, { comment: 5 }), 400);
    // Approve and decline at once: one answer wins, the other is 409 already_decided.
    const answers = await Promise.all([decide(alice, 'approve'), decide(alice, 'approve')]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    seen = await retainer(owner, id);
    expect(seen.overages[0]).toMatchObject({ status: 'approved', decided: { by: 'Alice Archer' } });
    const audit = await portal.ctx.db.query(
      "SELECT ip, user_agent FROM audit_events WHERE action = 'billing.overage_approved' AND target_id = $1",
      [pending!.id],
    );
    expect(audit.rowCount).toBe(1);

    // The next invoice carries it once; the one after does not.
    const next = await invoice();
    expect(next.total.amount).toBe(63500);
    expect(next.lines.map((line) => line.description)).toEqual([
      'Monthly fee',
      expect.stringContaining('Approved overage of retainer'),
    ]);
    expect((await invoice()).total.amount).toBe(50000);
    expect((await retainer(alice, id)).overages[0]!.invoice?.id).toBe(next.id);

    // More time: a second request covers only the new minutes; declined, it is never billed.
    await log(taskId, 30);
    const second = await owner.post(`${base()}/${id}/overages`);
    expect(second.statusCode, second.body).toBe(201);
    const waiting = (second.json() as RetainerJson).overages.find((o) => o.status === 'pending')!;
    expect(waiting.minutes).toBe(30);
    expect((await decide(alice, 'decline', waiting.id, { comment: 'Not agreed' })).statusCode).toBe(200);
    expectProblem(await decide(alice, 'approve', waiting.id), 409);
    expect((await invoice()).total.amount).toBe(50000);
    expectProblem(await owner.post(`${base()}/${id}/overages`), 409);
  });

  it('ending a retainer closes it for changes and lets the account have a new one', async () => {
    const { id } = ((await alice.get(base())).json().items as RetainerJson[])[0]!;
    expectProblem(await alice.post(`${base()}/${id}/end`), 403);
    const ended = await owner.post(`${base()}/${id}/end`);
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().endedOn).toBe(today);
    expectProblem(await owner.post(`${base()}/${id}/end`), 409);
    expectProblem(await owner.patch(`${base()}/${id}`, { name: 'Again' }), 409);
    const money = await owner.post(base(), {
      name: 'Prepaid block',
      unit: 'money',
      period: 'prepaid',
      budgetMinutes: null,
      budgetAmount: 90000,
      hourlyRate: 9000,
      startsOn: today,
    });
    expect(money.statusCode, money.body).toBe(201);
    // 10 hours' worth at 90.00; today's 720 billable minutes pass it by 120.
    expect(money.json().burn).toMatchObject({ budgetMinutes: 600, usedMinutes: 720, overMinutes: 120 });
  });

  it('with billing switched off for the segment: people are refused, staff read but write nothing', async () => {
    const { id } = ((await owner.get(base())).json().items as RetainerJson[])[0]!;
    const off = await owner.patch(`/api/v1/segments/${clients}`, { modules: ['documents', 'messages', 'projects'] });
    expect(off.statusCode, off.body).toBe(200);
    expectProblem(await alice.get(base()), 403, 'module_disabled');
    expectProblem(await alice.get(`${base()}/${id}`), 403, 'module_disabled');
    expect((await owner.get(base())).statusCode).toBe(200);
    expectProblem(await owner.post(`${base()}/${id}/overages`), 403, 'module_disabled');
    expectProblem(await owner.post(`${base()}/${id}/end`), 403, 'module_disabled');
    expectProblem(await owner.patch(`${base()}/${id}`, { name: 'Off' }), 403, 'module_disabled');
    expectProblem(await alice.post(`${base()}/${id}/overages/${id}/approve`, {}), 403, 'module_disabled');
  });
});
