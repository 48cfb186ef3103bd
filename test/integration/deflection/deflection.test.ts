import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeIdleFormSessionsUseCase,
  markFormSessionTicketCreated,
} from '../../../src/server/modules/deflection/index.ts';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem, randomId } from '../platform/problem-assertions.ts';
import { accountOfUser, insertTicketRow } from '../satisfaction/ticket-rows.ts';

const DANA = 'dana.diaz@customers.example';

describe('deflection', () => {
  let portal: TestPortal;
  let dana: HttpClient;
  let danaId: string;

  const articleId = async (slug: string) =>
    (await portal.ctx.db.query<{ id: string }>('SELECT id FROM kb_articles WHERE slug = $1', [slug])).rows[0]!.id;
  const helpSession = async (key: string) =>
    (
      await portal.ctx.db.query<{ user_id: string | null; segment_id: string | null }>(
        'SELECT user_id, segment_id FROM help_sessions WHERE key = $1',
        [key],
      )
    ).rows;
  const formSession = async (id: string) =>
    (
      await portal.ctx.db.query<{
        outcome: string;
        searches: number;
        suggestions_shown: number;
        opened_article_ids: string[];
        ended_at: Date | null;
        ticket_id: string | null;
        last_seen_at: Date;
      }>(
        'SELECT outcome, searches, suggestions_shown, opened_article_ids, ended_at, ticket_id, last_seen_at FROM ticket_form_sessions WHERE id = $1',
        [id],
      )
    ).rows[0]!;
  const openForm = async (client: HttpClient) => {
    const response = await client.post('/api/v1/ticket-form-sessions');
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  const event = (client: HttpClient, id: string, body: unknown) =>
    client.post(`/api/v1/ticket-form-sessions/${id}/events`, body);

  beforeAll(async () => {
    portal = await startPortal();
    dana = await portal.signedIn(DANA);
    danaId = await userIdOf(portal.ctx.db, DANA);
  }, 180_000); // starting a seeded portal and writing the data takes a while on a busy machine
  afterAll(() => portal.close());

  it('records a help session once per key, anonymous or signed in', async () => {
    const anonymous = portal.client();
    const key = 'anonymous-visit-0001';
    expect((await anonymous.post('/api/v1/deflection/events', { kind: 'help_session', key })).json()).toEqual({
      ok: true,
    });
    expect((await anonymous.post('/api/v1/deflection/events', { kind: 'help_session', key })).statusCode).toBe(200);
    expect(await helpSession(key)).toEqual([{ user_id: null, segment_id: null }]);

    await dana.post('/api/v1/deflection/events', { kind: 'help_session', key: 'dana-visit-000000001' });
    expect(await helpSession('dana-visit-000000001')).toEqual([
      { user_id: danaId, segment_id: await idOf(portal.ctx.db, 'segments', 'Customers') },
    ]);
    expectProblem(await anonymous.post('/api/v1/deflection/events', { kind: 'help_session', key: 'short' }), 400);
  });

  it('the server-rendered help center sets a session cookie on the first page and counts the visit once; crawlers are skipped', async () => {
    const count = async () =>
      (await portal.ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM help_sessions')).rows[0]!.n;
    const before = await count();
    const visitor = portal.client();
    const first = await visitor.get('/help');
    expect(first.statusCode).toBe(200);
    const cookie = (
      first.cookies as { name: string; value: string; httpOnly?: boolean; sameSite?: string; maxAge?: number }[]
    ).find((c) => c.name === 'portico_hs');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(cookie?.maxAge).toBeUndefined();
    expect(await helpSession(cookie!.value)).toEqual([{ user_id: null, segment_id: null }]);
    await visitor.get('/help/getting-started');
    await visitor.get('/help/articles/reset-your-password');
    expect(await count()).toBe(before + 1);

    const crawler = await portal.app.inject({
      method: 'GET',
      url: '/help',
      headers: { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' },
    });
    expect(crawler.statusCode).toBe(200);
    expect(crawler.cookies.find((c) => c.name === 'portico_hs')).toBeUndefined();
    expect(await count()).toBe(before + 1);
  });

  it('a form session where a suggested article was opened ends deflected', async () => {
    const id = await openForm(dana);
    expect((await event(dana, id, { kind: 'suggestions_shown', query: 'Reset  Password', count: 3 })).json()).toEqual({
      ok: true,
    });
    const reset = await articleId('reset-your-password');
    await event(dana, id, { kind: 'suggestion_opened', articleId: reset });
    await event(dana, id, { kind: 'suggestion_opened', articleId: reset });
    // Articles outside the reader's audience, or missing, do not count.
    await event(dana, id, { kind: 'suggestion_opened', articleId: await articleId('refund-approval-playbook') });
    await event(dana, id, { kind: 'suggestion_opened', articleId: randomId() });
    expect(await formSession(id)).toMatchObject({
      outcome: 'open',
      searches: 1,
      suggestions_shown: 3,
      opened_article_ids: [reset],
    });
    const logged = await portal.ctx.db.query(
      'SELECT query, result_count, source, segment_id FROM kb_search_log WHERE form_session_id = $1',
      [id],
    );
    expect(logged.rows).toEqual([
      {
        query: 'reset password',
        result_count: 3,
        source: 'suggestions',
        segment_id: await idOf(portal.ctx.db, 'segments', 'Customers'),
      },
    ]);

    await event(dana, id, { kind: 'left' });
    const ended = await formSession(id);
    expect(ended.outcome).toBe('deflected');
    expect(ended.ended_at).toBeInstanceOf(Date);
    // Later events change nothing but the last-seen time.
    await event(dana, id, { kind: 'suggestions_shown', query: 'again', count: 2 });
    expect(await formSession(id)).toMatchObject({ outcome: 'deflected', searches: 1, suggestions_shown: 3 });
  });

  it('leaving without opening anything is abandoned; filing a ticket is ticket_created; bad ids never fail', async () => {
    const abandoned = await openForm(dana);
    await event(dana, abandoned, { kind: 'suggestions_shown', query: 'invoice', count: 0 });
    await event(dana, abandoned, { kind: 'left' });
    expect((await formSession(abandoned)).outcome).toBe('abandoned');

    const filed = await openForm(dana);
    const ticketId = await insertTicketRow(portal.ctx.db, {
      accountId: await accountOfUser(portal.ctx.db, danaId),
      requesterId: danaId,
      createdAt: portal.clock.now(),
    });
    const eliId = await userIdOf(portal.ctx.db, 'eli.evans@customers.example');
    await portal.ctx.db.transaction(async (tx) => {
      await markFormSessionTicketCreated(tx, 'not-a-uuid', danaId, ticketId, portal.clock.now());
      await markFormSessionTicketCreated(tx, randomId(), danaId, ticketId, portal.clock.now());
      // Someone else's session is not theirs to close.
      await markFormSessionTicketCreated(tx, filed, eliId, ticketId, portal.clock.now());
    });
    expect((await formSession(filed)).outcome).toBe('open');
    await portal.ctx.db.transaction((tx) =>
      markFormSessionTicketCreated(tx, filed, danaId, ticketId, portal.clock.now()),
    );
    expect(await formSession(filed)).toMatchObject({ outcome: 'ticket_created', ticket_id: ticketId });
    await event(dana, filed, { kind: 'left' });
    expect((await formSession(filed)).outcome).toBe('ticket_created');
  });

  it('only the owner reaches a session (others 404); only customers with tickets open one', async () => {
    const id = await openForm(dana);
    const eli = await portal.signedIn('eli.evans@customers.example');
    const foreign = await event(eli, id, { kind: 'left' });
    expectProblem(foreign, 404, 'not_found');
    expectProblem(await event(eli, randomId(), { kind: 'left' }), 404, 'not_found');
    expect((await formSession(id)).outcome).toBe('open');
    // Acme's segment (Clients) has no tickets module; staff file from the console.
    const alice = await portal.signedIn('alice@acme.example');
    if (
      !(await portal.ctx.db.query("SELECT 1 FROM segments WHERE name = 'Clients' AND 'tickets' = ANY(modules)")).rows
        .length
    ) {
      expectProblem(await alice.post('/api/v1/ticket-form-sessions'), 403);
    }
    expectProblem(await (await portal.signedIn('owner@northwind.example')).post('/api/v1/ticket-form-sessions'), 403);
    await event(dana, id, { kind: 'left' });
  });

  it('the sweep ends sessions idle for 30 minutes by the same rule', async () => {
    const opened = await openForm(dana);
    await event(dana, opened, { kind: 'suggestion_opened', articleId: await articleId('magic-link-sign-in') });
    const idle = await openForm(dana);
    portal.clock.advanceMinutes(20);
    const recent = await openForm(dana);
    await event(dana, idle, { kind: 'suggestions_shown', query: 'sign in', count: 1 });
    portal.clock.advanceMinutes(11);
    expect(await closeIdleFormSessionsUseCase(portal.ctx)).toBe(1);
    expect((await formSession(opened)).outcome).toBe('deflected');
    expect((await formSession(idle)).outcome).toBe('open');
    portal.clock.advanceMinutes(20);
    expect(await closeIdleFormSessionsUseCase(portal.ctx)).toBe(2);
    expect((await formSession(idle)).outcome).toBe('abandoned');
    expect((await formSession(recent)).outcome).toBe('abandoned');
    const swept = await formSession(opened);
    expect(swept.ended_at?.getTime()).toBe(swept.last_seen_at.getTime());
  });
});
