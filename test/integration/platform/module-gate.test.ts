import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisteredRoute } from '../../../src/server/platform/http/access.ts';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem, fillParams, randomId } from './problem-assertions.ts';

/**
 * Signed-in routes that belong to no portal module, and why. Every other signed-in route belongs to one, so a new
 * route is either gated by a segment's modules or listed here on purpose.
 */
const NOT_IN_A_MODULE: Record<string, string> = {
  'GET /api/v1/me': 'the caller themself (lists each account with its enabled modules)',
  'PATCH /api/v1/me': 'the caller themself',
  'POST /api/v1/me/password': 'the caller themself',
  'PUT /api/v1/me/active-account': 'choosing an account, whatever it enables',
  'GET /api/v1/me/sessions': 'the caller themself',
  'DELETE /api/v1/me/sessions/:sessionId': 'the caller themself',
  'GET /api/v1/me/api-tokens': 'the caller themself',
  'POST /api/v1/me/api-tokens': 'the caller themself',
  'DELETE /api/v1/me/api-tokens/:tokenId': 'the caller themself',
  'PATCH /api/v1/me/passkeys/:passkeyId': 'the caller themself',
  'DELETE /api/v1/me/passkeys/:passkeyId': 'the caller themself',
  'POST /api/v1/me/two-factor/disable': 'the caller themself',
  'POST /api/v1/me/two-factor/recovery-codes': 'the caller themself',
  'GET /api/v1/accounts/:accountId/obligations':
    'the timeline of every module: each module switched off for the account contributes nothing (obligations module)',
  'GET /api/v1/me/calendar-feed': 'the caller themself',
  'PUT /api/v1/me/calendar-feed': 'the caller themself',
  'DELETE /api/v1/me/calendar-feed': 'the caller themself',
  'GET /api/v1/accounts/:accountId/home-counts':
    'the portal home: counts only the modules the account has; asking for one it lacks is 403 module_disabled',
  'GET /api/v1/accounts': 'accounts and their people exist whatever modules they have',
  'GET /api/v1/accounts/:accountId': 'accounts and their people exist whatever modules they have',
  'PATCH /api/v1/accounts/:accountId': 'accounts and their people exist whatever modules they have',
  'GET /api/v1/accounts/:accountId/members': 'accounts and their people exist whatever modules they have',
  'PATCH /api/v1/accounts/:accountId/members/:userId': 'accounts and their people exist whatever modules they have',
  'DELETE /api/v1/accounts/:accountId/members/:userId': 'accounts and their people exist whatever modules they have',
  'GET /api/v1/accounts/:accountId/invitations': 'accounts and their people exist whatever modules they have',
  'POST /api/v1/accounts/:accountId/invitations': 'accounts and their people exist whatever modules they have',
  'DELETE /api/v1/accounts/:accountId/invitations/:invitationId':
    'accounts and their people exist whatever modules they have',
  'GET /api/v1/events': 'the stream of every module: the hub leaves out each event whose module the account lacks',
  'GET /api/v1/notifications': 'every module: each notification is listed only while its module is on',
  'GET /api/v1/notifications/unread-count': 'every module: counts only notifications whose module is on',
  'POST /api/v1/notifications/:notificationId/read': "the caller's own notifications",
  'POST /api/v1/notifications/read-all': "the caller's own notifications",
  'GET /api/v1/me/notification-preferences': 'the caller themself',
  'PUT /api/v1/me/notification-preferences': 'the caller themself',
  'GET /api/v1/me/email-change': 'the caller themself',
  'POST /api/v1/me/email-change': 'the caller themself',
  'POST /api/v1/me/email-change/confirm': 'the caller themself',
  'DELETE /api/v1/me/email-change': 'the caller themself',
  'GET /api/v1/me/data-exports/latest': 'the caller themself (everything about them, whatever modules hold it)',
  'POST /api/v1/me/data-exports': 'the caller themself (everything about them, whatever modules hold it)',
  'GET /api/v1/me/data-exports/:exportId/download': 'the caller themself',
  'GET /api/v1/me/deletion-request': 'the caller themself (their erasure, whatever modules hold their data)',
  'POST /api/v1/me/deletion-request': 'the caller themself (their erasure, whatever modules hold their data)',
  'DELETE /api/v1/me/deletion-request': 'the caller themself',
};

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const label = (route: RegisteredRoute) => `${route.method} ${route.url}`;

describe('modules are enforced by the server', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let acme: string;
  let blueHarbor: string;
  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    blueHarbor = await idOf(portal.ctx.db, 'accounts', 'Blue Harbor Dental');
  });
  afterAll(() => portal.close());

  /**
   * Moves an account to a new segment (made through the console's API) with exactly these modules. Accounts do
   * not change segment through the API, so the move is SQL: sign in after it (sessions cache memberships).
   */
  async function moveToSegment(accountId: string, name: string, modules: string[]) {
    const segment = await owner.post('/api/v1/segments', {
      name,
      kind: 'client_workspaces',
      modules,
      signInMethods: ['password'],
      requireTwoFactor: false,
    });
    expect(segment.statusCode, segment.body).toBe(201);
    await portal.ctx.db.query('UPDATE accounts SET segment_id = $2 WHERE id = $1', [accountId, segment.json().id]);
    return segment.json().id as string;
  }

  it('every route of every module answers 403 module_disabled to a customer whose segment has none, by cookie and by API token', async () => {
    const acmeSegment = await idOf(portal.ctx.db, 'segments', 'Clients');
    await moveToSegment(acme, 'Nothing switched on', []);
    const alice = await portal.signedIn('alice@acme.example');
    const created = await alice.post('/api/v1/me/api-tokens', { name: 'Walk', scopes: ['read', 'write'] });
    expect(created.statusCode, created.body).toBe(201);
    const token = created.json().token as string;

    try {
      const signedIn = portal.routes.filter((route) => route.method !== 'HEAD' && route.access?.kind === 'signedIn');
      const gated = signedIn.filter((route) => route.modules.length > 0);
      // Every signed-in route is in a module or listed as outside any, with its reason.
      expect(
        signedIn
          .filter((route) => !route.modules.length)
          .map(label)
          .sort(),
      ).toEqual(Object.keys(NOT_IN_A_MODULE).sort());
      expect(gated.length).toBeGreaterThan(50);
      for (const module of ['documents', 'messages', 'tickets'])
        expect(
          gated.some((route) => route.modules.includes(module as never)),
          module,
        ).toBe(true);

      const byToken = (method: Method, url: string): Promise<LightMyRequestResponse> =>
        portal.app.inject({
          method,
          url,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          payload: method === 'GET' || method === 'DELETE' ? undefined : '{}',
        });
      for (const route of gated) {
        // Real ids of the account where the route takes one, random ids elsewhere: the answer is the same.
        const url = fillParams(route.url, (param) => (param === 'accountId' ? acme : randomId()));
        const method = route.method as Method;
        const viaCookie = await alice.request(method, url, method === 'GET' || method === 'DELETE' ? undefined : {});
        expect(expectProblem(viaCookie, 403).code, `${label(route)} (cookie)`).toBe('module_disabled');
        const viaToken = await byToken(method, url);
        expect(expectProblem(viaToken, 403).code, `${label(route)} (token)`).toBe('module_disabled');
      }

      // Knowledge-base routes are public (anonymous visitors read the help center): a signed-in customer whose
      // segment lacks the help center is refused there too.
      expectProblem(await alice.get('/api/v1/knowledge-base/search?q=password'), 403, 'module_disabled');
      expectProblem(await alice.get('/api/v1/knowledge-base/articles'), 403, 'module_disabled');
      expectProblem(
        await alice.get(`/api/v1/knowledge-base/categories/${randomId()}/articles`),
        403,
        'module_disabled',
      );
      // What is outside the modules still works.
      expect((await alice.get('/api/v1/me')).json().memberships[0].modules).toEqual([]);
      expect((await alice.get(`/api/v1/accounts/${acme}`)).statusCode).toBe(200);
    } finally {
      await portal.ctx.db.query('UPDATE accounts SET segment_id = $2 WHERE id = $1', [acme, acmeSegment]);
    }
  });

  it('an account whose segment lacks a module is refused by id and left out of lists; staff read it but cannot write', async () => {
    // Sam works for Acme (documents + messages) and Blue Harbor; a thread of Blue Harbor's, then its messages go off.
    const blueThread = await owner.post(`/api/v1/accounts/${blueHarbor}/threads`, {
      subject: 'Quarter close',
      body: 'Your figures, please.',
    });
    expect(blueThread.statusCode, blueThread.body).toBe(201);
    const threadId = blueThread.json().id as string;
    expect(
      (await (await portal.signedIn('sam@consultant.example')).get(`/api/v1/threads/${threadId}`)).statusCode,
    ).toBe(200);
    await moveToSegment(blueHarbor, 'Documents only', ['documents']);
    const sam = await portal.signedIn('sam@consultant.example');

    const me = (await sam.get('/api/v1/me')).json() as { memberships: { accountId: string; modules: string[] }[] };
    expect(me.memberships.find((m) => m.accountId === blueHarbor)?.modules).toEqual(['documents']);
    expectProblem(await sam.get(`/api/v1/threads/${threadId}`), 403, 'module_disabled');
    expectProblem(await sam.post(`/api/v1/threads/${threadId}/messages`, { body: 'Here' }), 403, 'module_disabled');
    expectProblem(await sam.get(`/api/v1/accounts/${blueHarbor}/threads`), 403, 'module_disabled');
    expectProblem(
      await sam.post(`/api/v1/accounts/${blueHarbor}/threads`, { subject: 'Hello', body: 'Hi' }),
      403,
      'module_disabled',
    );
    const listed = (await sam.get('/api/v1/threads')).json().items as { id: string; accountId: string }[];
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((thread) => thread.accountId === acme)).toBe(true);
    // The module Blue Harbor keeps still works for it, and the other account keeps messages.
    expect((await sam.get(`/api/v1/accounts/${blueHarbor}/folders`)).statusCode).toBe(200);
    expect((await sam.get(`/api/v1/accounts/${acme}/threads`)).statusCode).toBe(200);

    // Staff keep reading the firm's record, but write nothing into a module the account does not have.
    expect((await owner.get(`/api/v1/threads/${threadId}`)).statusCode).toBe(200);
    expectProblem(await owner.post(`/api/v1/threads/${threadId}/messages`, { body: 'More' }), 403, 'module_disabled');
    expectProblem(
      await owner.post(`/api/v1/accounts/${blueHarbor}/threads`, { subject: 'New', body: 'Hi' }),
      403,
      'module_disabled',
    );
    // Another account's id still reads as missing to a customer (404 before 403).
    const carla = await portal.signedIn('carla@cedarpine.example');
    expectProblem(await carla.get(`/api/v1/threads/${threadId}`), 404);
  });

  it('segments offer and accept only the modules this build has', async () => {
    const segments = (await owner.get('/api/v1/segments')).json().items as { modules: string[] }[];
    expect(segments.flatMap((segment) => segment.modules).filter((m) => m === 'tasks')).toEqual([]);
    const clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    const refused = expectProblem(
      await owner.patch(`/api/v1/segments/${clients}`, { modules: ['documents', 'tasks'] }),
      400,
    );
    expect(refused.errors?.[0]?.path).toMatch(/^modules/);
    expectProblem(
      await owner.post('/api/v1/segments', {
        name: 'Tasks',
        kind: 'self_service',
        modules: ['tasks'],
        signInMethods: ['password'],
        requireTwoFactor: false,
      }),
      400,
    );
    expect((await owner.get(`/api/v1/segments/${clients}`)).json().modules).toEqual([
      'documents',
      'messages',
      'billing',
      'projects',
      'approvals',
    ]);
  });
});
