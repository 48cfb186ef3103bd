import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { newThread, post } from '../conversations/helpers.ts';
import { upload } from '../documents/support.ts';

/*
 * The console home ("what is waiting on us") and the portal home's counts. The demo's agent is limited to Acme;
 * Dana Diaz is a self-service customer (tickets); Acme and Blue Harbor are client workspaces (documents, messages).
 */

type Count = { key: string; module: string; count: number; link: string };
type Waiting = { accounts: { accountId: string; accountName: string; counts: Count[] }[]; totals: Count[] };

describe('what is waiting on us', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let agent: HttpClient;
  let alice: HttpClient;
  let bianca: HttpClient;
  let dana: HttpClient;
  let acme: string;
  let blueHarbor: string;
  let danaAccount: string;
  let clients: string;

  beforeAll(async () => {
    portal = await startPortal();
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    blueHarbor = await idOf(portal.ctx.db, 'accounts', 'Blue Harbor Dental');
    danaAccount = await idOf(portal.ctx.db, 'accounts', 'Dana Diaz');
    clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    await signInAll();
    // First response within an hour for the Customers segment's normal tickets, around the clock.
    const segmentId = await idOf(portal.ctx.db, 'segments', 'Customers');
    const targets = { calendarId: null, firstResponseMinutes: 60, nextResponseMinutes: 120, resolutionMinutes: 4800 };
    const existing = (await owner.get(`/api/v1/sla-policies?segmentId=${segmentId}`))
      .json()
      .items.find((p: { priority: string }) => p.priority === 'normal');
    const response = existing
      ? await owner.patch(`/api/v1/sla-policies/${existing.id}`, targets)
      : await owner.post('/api/v1/sla-policies', { segmentId, priority: 'normal', ...targets });
    expect(response.statusCode, response.body).toBeLessThan(300);
  }, 180_000); // starting a portal is slow on a busy 2-core machine
  afterAll(() => portal?.close());

  async function signInAll() {
    owner = await portal.signedIn('owner@northwind.example');
    agent = await portal.signedIn('agent@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    bianca = await portal.signedIn('bianca@blueharbor.example');
    dana = await portal.signedIn('dana.diaz@customers.example');
  }

  const waiting = async (client: HttpClient, query = '') => {
    const response = await client.get(`/api/v1/console/waiting${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Waiting;
  };
  const countOf = (body: Waiting, accountId: string, key: string) =>
    body.accounts.find((account) => account.accountId === accountId)?.counts.find((item) => item.key === key)?.count ??
    0;
  const homeCount = async (client: HttpClient, accountId: string, key: string) => {
    const response = await client.get(`/api/v1/accounts/${accountId}/home-counts`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { counts: Count[] }).counts.find((item) => item.key === key)?.count ?? 0;
  };

  it('a limited agent sees only their accounts’ counts; the owner sees every account', async () => {
    const acmeBefore = countOf(await waiting(owner), acme, 'messages.unanswered');
    const blueBefore = countOf(await waiting(owner), blueHarbor, 'messages.unanswered');
    await newThread(alice, acme, 'Payroll question', 'Who files the Q3 payroll report?');
    await newThread(bianca, blueHarbor, 'New hire', 'We hired a hygienist.');

    const forOwner = await waiting(owner);
    expect(countOf(forOwner, acme, 'messages.unanswered')).toBe(acmeBefore + 1);
    expect(countOf(forOwner, blueHarbor, 'messages.unanswered')).toBe(blueBefore + 1);
    const acmeRow = forOwner.accounts.find((account) => account.accountId === acme)!;
    expect(acmeRow.accountName).toBe('Acme Manufacturing');
    expect(acmeRow.counts.find((item) => item.key === 'messages.unanswered')!.link).toBe(
      `/console/accounts/${acme}/messages`,
    );

    const forAgent = await waiting(agent);
    expect(forAgent.accounts.map((account) => account.accountId)).toEqual([acme]);
    expect(countOf(forAgent, acme, 'messages.unanswered')).toBe(acmeBefore + 1);
    expect(forAgent.totals.find((item) => item.key === 'messages.unanswered')!.count).toBe(acmeBefore + 1);

    // One account outside the scope reads as missing; people are not staff.
    expect((await waiting(agent, `?accountId=${acme}`)).accounts.map((account) => account.accountId)).toEqual([acme]);
    expectProblem(await agent.get(`/api/v1/console/waiting?accountId=${blueHarbor}`), 404, 'not_found');
    expectProblem(await alice.get('/api/v1/console/waiting'), 403);
  });

  it('a staff answer takes the conversation off the list; a submitted file request waits for review', async () => {
    const before = await waiting(owner);
    const thread = await newThread(alice, acme, 'Invoice copy', 'Could you resend the March invoice?');
    expect(countOf(await waiting(owner), acme, 'messages.unanswered')).toBe(
      countOf(before, acme, 'messages.unanswered') + 1,
    );
    await post(agent, thread.id, { body: 'Sent it again just now.' });
    expect(countOf(await waiting(owner), acme, 'messages.unanswered')).toBe(
      countOf(before, acme, 'messages.unanswered'),
    );

    const request = (await owner.post(`/api/v1/accounts/${acme}/file-requests`, { title: 'Bank statements' })).json();
    expect(await homeCount(alice, acme, 'documents.requested')).toBeGreaterThanOrEqual(1);
    const requestedBefore = await homeCount(alice, acme, 'documents.requested');
    const uploaded = await upload(alice, `/api/v1/file-requests/${request.id}/uploads?name=march.pdf`, '%PDF-1.4 x');
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    expect(countOf(await waiting(agent), acme, 'documents.toReview')).toBe(
      countOf(before, acme, 'documents.toReview') + 1,
    );
    expect(await homeCount(alice, acme, 'documents.requested')).toBe(requestedBefore - 1);
  });

  it('a ticket past its first-response time counts as breached until an agent answers', async () => {
    const created = await dana.post('/api/v1/tickets', { subject: 'Charged twice', body: 'Two charges on my card.' });
    expect(created.statusCode, created.body).toBe(201);
    const ticket = created.json();
    expect(countOf(await waiting(owner), danaAccount, 'tickets.dueSoon')).toBeGreaterThanOrEqual(1);
    expect(await homeCount(dana, danaAccount, 'tickets.open')).toBeGreaterThanOrEqual(1);
    const openBefore = await homeCount(dana, danaAccount, 'tickets.open');

    portal.clock.advanceMinutes(61);
    await signInAll(); // sessions idle that long have expired
    const breached = await waiting(owner);
    const breachedBefore = countOf(breached, danaAccount, 'tickets.breached');
    expect(breachedBefore).toBeGreaterThanOrEqual(1);
    const link = breached.accounts
      .find((account) => account.accountId === danaAccount)!
      .counts.find((item) => item.key === 'tickets.breached')!.link;
    expect(link).toBe(`/console/tickets?accountId=${danaAccount}&sla=breached&sort=due_asc`);
    // The link's list and the count agree.
    const queue = await owner.get(`/api/v1/tickets?accountId=${danaAccount}&sla=breached&limit=200`);
    expect(queue.json().items.length).toBe(breachedBefore);
    // The limited agent (Acme only) never sees Dana's account.
    expect((await waiting(agent)).accounts.some((account) => account.accountId === danaAccount)).toBe(false);

    const answered = await owner.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'Refunded the second charge.' });
    expect(answered.statusCode, answered.body).toBe(201);
    expect(countOf(await waiting(owner), danaAccount, 'tickets.breached')).toBe(breachedBefore - 1);
    expect(await homeCount(dana, danaAccount, 'tickets.open')).toBe(openBefore);
  });

  it('the portal counts are the caller’s accounts only (404 otherwise)', async () => {
    expectProblem(await alice.get(`/api/v1/accounts/${blueHarbor}/home-counts`), 404, 'not_found');
    expectProblem(await dana.get(`/api/v1/accounts/${acme}/home-counts`), 404, 'not_found');
    const unread = await homeCount(alice, acme, 'messages.unread');
    const thread = await newThread(owner, acme, 'Your return', 'Your return is ready to sign.');
    expect(await homeCount(alice, acme, 'messages.unread')).toBe(unread + 1);
    expect((await alice.post(`/api/v1/threads/${thread.id}/read`, {})).statusCode).toBeLessThan(300);
    expect(await homeCount(alice, acme, 'messages.unread')).toBe(unread);
  });

  it('a module switched off leaves its counts out, and asking for it is 403 module_disabled', async () => {
    await newThread(alice, acme, 'Still there?', 'Anyone?');
    expect(countOf(await waiting(owner), acme, 'messages.unanswered')).toBeGreaterThanOrEqual(1);
    const { version } = (await owner.get(`/api/v1/segments/${clients}`)).json();
    const updated = await owner.patch(
      `/api/v1/segments/${clients}`,
      { modules: ['documents'] },
      { 'if-match': String(version) },
    );
    expect(updated.statusCode, updated.body).toBe(200);

    expect(countOf(await waiting(owner), acme, 'messages.unanswered')).toBe(0);
    expect(countOf(await waiting(owner), acme, 'documents.toReview')).toBeGreaterThanOrEqual(1);
    expectProblem(await owner.get(`/api/v1/console/waiting?accountId=${acme}&module=messages`), 403, 'module_disabled');
    expectProblem(await alice.get(`/api/v1/accounts/${acme}/home-counts?module=messages`), 403, 'module_disabled');
    const counts = (await alice.get(`/api/v1/accounts/${acme}/home-counts`)).json().counts as Count[];
    expect(counts.some((item) => item.module === 'messages')).toBe(false);
  });
});
