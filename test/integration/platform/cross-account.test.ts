import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import { expectProblem, fillParams, randomId, withoutRequestId } from './problem-assertions.ts';
import { formIds } from '../forms/support.ts';
import { passkeyIdOf } from '../identity/cross-account-cases.ts';
import { onboardingIds } from '../onboarding/cross-account-cases.ts';
import { envelopeOf } from '../signatures/support.ts';
import { upsertOrder } from '../orders/support.ts';
import { returnIds } from '../returns/cross-account-cases.ts';
import { dataExportIdOf } from '../account-rights/cross-account-cases.ts';
import { CASES, type Case, type Ids } from './cross-account-cases.ts';
import { approvalOf, billingIds, conversationIds, projectIds, randomIds, ticketIds } from './cross-account-ids.ts';

function send(client: HttpClient, testCase: Case, ids: Ids) {
  const url = fillParams(testCase.route, (param) => ids[param as keyof Ids]) + (testCase.query ?? '');
  return client.request(testCase.method, url, testCase.body?.(ids));
}

/**
 * Whether the case's route belongs only to modules the caller's segment lacks: the module gate then answers
 * 403 module_disabled from the caller's own accounts, before any id is looked at (so still indistinguishable).
 */
function outsideModules(portal: TestPortal, testCase: Case, callerModules: string[]) {
  const route = portal.routes.find((r) => r.method === testCase.method && r.url === testCase.route);
  const modules: string[] = route?.modules ?? [];
  return modules.length > 0 && !modules.some((module) => callerModules.includes(module));
}

/** Every case aimed at `target` ids answers exactly like the same case aimed at random ids. */
async function expectIndistinguishable(client: HttpClient, cases: Case[], target: Ids, status: (c: Case) => number) {
  for (const testCase of cases) {
    const label = `${testCase.method} ${testCase.route}`;
    const foreign = await send(client, testCase, target);
    const missing = await send(client, testCase, randomIds());
    expect(foreign.statusCode, label).toBe(status(testCase));
    expectProblem(foreign, status(testCase));
    expect(withoutRequestId(foreign), label).toEqual(withoutRequestId(missing));
  }
}

describe('objects of another workspace read as missing', () => {
  let portal: TestPortal;
  let acme: Ids;
  let blueHarbor: Ids;
  let alice: HttpClient;
  let bianca: HttpClient;
  let acmeBefore: { account: unknown; members: unknown; invitations: unknown };

  async function snapshotAcme() {
    const account = (await alice.get(`/api/v1/accounts/${acme.accountId}`)).json();
    const members = (await alice.get(`/api/v1/accounts/${acme.accountId}/members`)).json();
    const invitations = (await alice.get(`/api/v1/accounts/${acme.accountId}/invitations`)).json();
    return { account, members, invitations };
  }

  beforeAll(async () => {
    portal = await startPortal();
    const db = portal.ctx.db;
    await db.query(
      "UPDATE segments SET modules = modules || '{forms,onboarding,signatures,orders,returns}'::text[] WHERE name = 'Clients'",
    );
    alice = await portal.signedIn('alice@acme.example');
    bianca = await portal.signedIn('bianca@blueharbor.example');
    const liveSession = async (email: string) =>
      (
        await db.query<{ id: string }>('SELECT id FROM sessions WHERE user_id = $1 AND revoked_at IS NULL', [
          await userIdOf(db, email),
        ])
      ).rows[0]!.id;
    const invite = async (client: HttpClient, accountId: string, email: string) => {
      const response = await client.post(`/api/v1/accounts/${accountId}/invitations`, { email });
      expect(response.statusCode).toBe(201);
      return response.json().id as string;
    };
    const apiToken = async (client: HttpClient) =>
      (await client.post('/api/v1/me/api-tokens', { name: 'integration', scopes: ['read'] })).json().id as string;
    const acmeId = await idOf(db, 'accounts', 'Acme Manufacturing');
    // The demo's documents of Acme: a shared folder, a file with its version, the open file request.
    const demoDocumentIds = async (accountId: string) => ({
      folderId: (
        await db.query<{ id: string }>(
          "SELECT id FROM document_folders WHERE account_id = $1 AND area = 'shared' LIMIT 1",
          [accountId],
        )
      ).rows[0]!.id,
      ...(
        await db.query<{ documentId: string; versionId: string }>(
          'SELECT id AS "documentId", current_version_id AS "versionId" FROM documents WHERE account_id = $1 LIMIT 1',
          [accountId],
        )
      ).rows[0]!,
      fileRequestId: (
        await db.query<{ id: string }>('SELECT id FROM file_requests WHERE account_id = $1 LIMIT 1', [accountId])
      ).rows[0]!.id,
    });
    const blueId = await idOf(db, 'accounts', 'Blue Harbor Dental');
    const segmentId = await idOf(db, 'segments', 'Clients');
    const owner = await portal.signedIn('owner@northwind.example');
    const jobId = (await db.query<{ id: string }>('SELECT id FROM jobs LIMIT 1')).rows[0]?.id ?? randomId();
    const tickets = await ticketIds(portal, owner, {
      [acmeId]: 'alice@acme.example',
      [blueId]: 'bianca@blueharbor.example',
    });
    acme = {
      accountId: acmeId,
      userId: await userIdOf(db, 'alice@acme.example'),
      invitationId: await invite(alice, acmeId, 'newcomer@acme.example'),
      sessionId: await liveSession('alice@acme.example'),
      segmentId,
      tokenId: await apiToken(alice),
      ...(await demoDocumentIds(acmeId)),
      jobId,
      ...(await conversationIds(owner, alice, acmeId)),
      articleId: (
        await db.query<{ id: string }>(
          "SELECT id FROM kb_articles WHERE audience = 'staff' OR slug = 'refund-approval-playbook' LIMIT 1",
        )
      ).rows[0]!.id,
      categoryId: (await db.query<{ id: string }>("SELECT id FROM kb_categories WHERE audience = 'staff' LIMIT 1"))
        .rows[0]!.id,
      // The demo's SLA configuration when it has one (staff-only routes: the answer must not depend on the id).
      calendarId:
        (await db.query<{ id: string }>('SELECT id FROM business_calendars LIMIT 1')).rows[0]?.id ?? randomId(),
      policyId: (await db.query<{ id: string }>('SELECT id FROM sla_policies LIMIT 1')).rows[0]?.id ?? randomId(),
      ticketId: tickets.ids[acmeId]!,
      ...tickets.setup,
      ...(await billingIds(db, acmeId)),
      ...(await projectIds(db, acmeId)),
      approvalId: await approvalOf(db, owner, acmeId, await userIdOf(db, 'alice@acme.example')),
      ...(await formIds(owner, alice, acmeId)),
      ...(await onboardingIds(owner, acmeId, segmentId)),
      orderId: (await upsertOrder(owner, acmeId, 'acme-order-1')).id,
      externalId: 'acme-order-1',
      ...(await returnIds(portal, owner, alice, acmeId)),
      key: 'invitation',
      locale: 'en',
      slug: randomId(),
      webhookId: randomId(),
      importId: randomId(),
      deliveryId: randomId(),
      passkeyId: await passkeyIdOf(alice, portal.config.baseUrl),
      // Staff-only: a customer gets the same answer for any id.
      translationId: randomId(),
      envelopeId: await envelopeOf(owner, acmeId, await userIdOf(db, 'alice@acme.example')),
      providerId: randomId(),
      serviceTokenId: randomId(),
      exportId: await dataExportIdOf(portal, alice),
      requestId: randomId(),
    };
    blueHarbor = {
      // Random ids except what Blue Harbor owns (the limited agent may read every article: random ids compare like with like).
      ...randomIds(),
      accountId: blueId,
      userId: await userIdOf(db, 'bianca@blueharbor.example'),
      invitationId: await invite(bianca, blueId, 'newcomer@blueharbor.example'),
      sessionId: await liveSession('bianca@blueharbor.example'),
      segmentId,
      tokenId: await apiToken(bianca),
      jobId,
      ...(await conversationIds(owner, bianca, blueId)),
      ticketId: tickets.ids[blueId]!,
      passkeyId: await passkeyIdOf(bianca, portal.config.baseUrl),
      exportId: await dataExportIdOf(portal, bianca),
    };
    acmeBefore = await snapshotAcme();
  });
  afterAll(() => portal.close());

  it('bianca (Blue Harbor admin) gets the random-id answer for every route aimed at Acme', async () => {
    await expectIndistinguishable(bianca, CASES, acme, (c) =>
      c.scope === 'account' &&
      !outsideModules(portal, c, [
        'documents',
        'messages',
        'billing',
        'projects',
        'approvals',
        'forms',
        'onboarding',
        'signatures',
        'orders',
        'returns',
      ])
        ? 404
        : 403,
    );
    expect((await bianca.get(`/api/v1/accounts/${acme.accountId}`)).json().code).toBe('not_found');
  });

  it('bianca cannot reach Acme people or invitations through her own account either', async () => {
    const throughOwn = CASES.filter((c) => c.route.includes(':userId') || c.route.includes(':invitationId')).filter(
      (c) => c.scope === 'account',
    );
    expect(throughOwn).toHaveLength(3);
    for (const testCase of throughOwn) {
      const mixed = { ...acme, accountId: blueHarbor.accountId };
      const foreign = await send(bianca, testCase, mixed);
      const missing = await send(bianca, testCase, { ...randomIds(), accountId: blueHarbor.accountId });
      expectProblem(foreign, 404, 'not_found');
      expect(withoutRequestId(foreign)).toEqual(withoutRequestId(missing));
    }
  });

  it('nothing about Acme changed, and alice is still signed in', async () => {
    expect(await snapshotAcme()).toEqual(acmeBefore);
    const account = acmeBefore.account as { name: string; version: number };
    expect(account.name).toBe('Acme Manufacturing');
    const invitations = acmeBefore.invitations as { items: { id: string; status: string }[] };
    expect(invitations.items.find((item) => item.id === acme.invitationId)?.status).toBe('pending');
    expect(
      (acmeBefore.members as { items: { email: string; role: string }[] }).items.map((m) => [m.email, m.role]).sort(),
    ).toEqual([
      ['adam@acme.example', 'member'],
      ['alice@acme.example', 'account_admin'],
      ['sam@consultant.example', 'member'],
    ]);
    const { rows } = await portal.ctx.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM invitations WHERE email = 'intruder@elsewhere.example'",
    );
    expect(rows[0]!.n).toBe(0);
    expect((await alice.get('/api/v1/me')).statusCode).toBe(200);
    expect((await bianca.get('/api/v1/me')).json().activeAccountId).not.toBe(acme.accountId);
  });

  it('the agent limited to Acme gets the random-id answer for Blue Harbor', async () => {
    const agent = await portal.signedIn('agent@northwind.example');
    const accountCases = CASES.filter((c) => c.scope === 'account' && !c.route.startsWith('/api/v1/me'));
    await expectIndistinguishable(agent, accountCases, blueHarbor, () => 404);
    const blue = (await bianca.get(`/api/v1/accounts/${blueHarbor.accountId}`)).json();
    expect(blue).toMatchObject({ name: 'Blue Harbor Dental', version: 1, memberCount: 3 });
    const invitations = (await bianca.get(`/api/v1/accounts/${blueHarbor.accountId}/invitations`)).json();
    expect(invitations.items.map((item: { status: string }) => item.status)).toEqual(['pending']);
    // ...while Acme, the account assigned to the agent, stays visible.
    expect((await agent.get(`/api/v1/accounts/${acme.accountId}`)).statusCode).toBe(200);
  });

  it('a self-service customer gets the random-id answer for another customer’s account', async () => {
    const db = portal.ctx.db;
    const dana = await portal.signedIn('dana.diaz@customers.example');
    const eliAccountId = await idOf(db, 'accounts', 'Eli Evans');
    const eli: Ids = {
      ...randomIds(),
      accountId: eliAccountId,
      userId: await userIdOf(db, 'eli.evans@customers.example'),
      // One of Eli's demo tickets: same segment as Dana, so only the visibility rule keeps it from her.
      ticketId: (
        await db.query<{ id: string }>('SELECT thread_id AS id FROM tickets WHERE account_id = $1 LIMIT 1', [
          eliAccountId,
        ])
      ).rows[0]!.id,
    };
    await expectIndistinguishable(
      dana,
      CASES.filter((c) => c.scope === 'account'),
      eli,
      // The demo's Customers segment: help center, tickets, orders and returns.
      (c) =>
        c.scope === 'account' && !outsideModules(portal, c, ['knowledge_base', 'tickets', 'orders', 'returns'])
          ? 404
          : 403,
    );
    const list = (await dana.get('/api/v1/accounts')).json();
    expect(list.items.map((item: { name: string }) => item.name)).toEqual(['Dana Diaz']);
    const eliAccount = await portal.signedIn('eli.evans@customers.example');
    expect((await eliAccount.get(`/api/v1/accounts/${eli.accountId}`)).json()).toMatchObject({
      name: 'Eli Evans',
      memberCount: 1,
    });
  });

  it('every route that takes an id in its path is in the table above', () => {
    const listed = new Set(CASES.map((c) => `${c.method} ${c.route}`));
    // The API reference's static files take a version and a file name from a fixed list, never an object's id.
    const withParams = portal.routes.filter(
      (route) => route.url.includes(':') && !route.url.startsWith('/api/docs/assets/'),
    );
    expect(withParams.length).toBeGreaterThan(10);
    // HEAD is answered by the GET handler.
    const missing = withParams
      .map((route) => `${route.method === 'HEAD' ? 'GET' : route.method} ${route.url}`)
      .filter((key) => !listed.has(key));
    expect(missing).toEqual([]);
  });
});
