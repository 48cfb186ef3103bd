import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';

interface AccountItem {
  id: string;
  name: string;
  version: number;
  segment: { name: string };
  abilities: Record<string, boolean>;
}

/** Follows nextCursor from the first page to the last. */
async function walk(client: HttpClient, query: string) {
  const items: AccountItem[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page += 1) {
    const response = await client.get(
      `/api/v1/accounts?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(response.statusCode).toBe(200);
    const body = response.json() as { items: AccountItem[]; nextCursor: string | null };
    items.push(...body.items);
    cursor = body.nextCursor;
    if (!cursor) return items;
  }
  throw new Error('pagination did not end');
}

const names = (items: { name: string }[]) => items.map((item) => item.name);

describe('accounts in the console', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let acme: string;
  let clients: string;
  const countNamed = async (name: string) =>
    (await portal.ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM accounts WHERE name = $1', [name]))
      .rows[0]!.n;

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    clients = await idOf(portal.ctx.db, 'segments', 'Clients');
  });
  afterAll(() => portal.close());

  it('walks every account two at a time without repeats, in either sort', async () => {
    for (const sort of ['name', '-name', 'createdAt', '-createdAt']) {
      const items = await walk(owner, `limit=2&sort=${sort}`);
      expect(items, sort).toHaveLength(31);
      expect(new Set(items.map((item) => item.id)).size, sort).toBe(31);
    }
    const byName = names(await walk(owner, 'limit=2&sort=name'));
    expect(names(await walk(owner, 'limit=3&sort=-name'))).toEqual([...byName].reverse());
  });

  it('searches by name, case-insensitively and with wildcards taken literally', async () => {
    expect(names((await owner.get('/api/v1/accounts?q=HARBOR')).json().items)).toEqual(['Blue Harbor Dental']);
    expect(names((await owner.get(`/api/v1/accounts?q=${encodeURIComponent('& Pine')}`)).json().items)).toEqual([
      'Cedar & Pine Legal',
    ]);
    expect((await owner.get('/api/v1/accounts?q=%25')).json().items).toEqual([]);
    expect((await owner.get('/api/v1/accounts?q=_')).json().items).toEqual([]);
  });

  it('filters by segment', async () => {
    const customers = await idOf(portal.ctx.db, 'segments', 'Customers');
    const clientItems = (await owner.get(`/api/v1/accounts?segmentId=${clients}`)).json().items as AccountItem[];
    expect(names(clientItems)).toEqual(['Acme Manufacturing', 'Blue Harbor Dental', 'Cedar & Pine Legal']);
    const customerItems = (await owner.get(`/api/v1/accounts?segmentId=${customers}&limit=200`)).json()
      .items as AccountItem[];
    expect(customerItems).toHaveLength(25);
    expect(customerItems.every((item) => item.segment.name === 'Customers')).toBe(true);
  });

  it('refuses bad cursors and limits with a field error', async () => {
    expect(expectProblem(await owner.get('/api/v1/accounts?cursor=garbage'), 400).errors?.[0]?.path).toBe('cursor');
    expect(expectProblem(await owner.get('/api/v1/accounts?limit=201'), 400).errors?.[0]?.path).toBe('limit');
    expect(expectProblem(await owner.get('/api/v1/accounts?limit=0'), 400).errors?.[0]?.path).toBe('limit');
    expect((await owner.get('/api/v1/accounts?limit=200')).json().items).toHaveLength(31);
  });

  it('shows each person only the accounts they may see', async () => {
    const visible = async (email: string) =>
      names((await (await portal.signedIn(email)).get('/api/v1/accounts?limit=200')).json().items).sort();
    expect(await visible('owner@northwind.example')).toHaveLength(31);
    expect(await visible('admin@northwind.example')).toHaveLength(31);
    expect(await visible('agent@northwind.example')).toEqual(['Acme Manufacturing']);
    expect(await visible('alice@acme.example')).toEqual(['Acme Manufacturing']);
    expect(await visible('sam@consultant.example')).toEqual(['Acme Manufacturing', 'Blue Harbor Dental']);
    expect(await visible('dana.diaz@customers.example')).toEqual(['Dana Diaz']);
    expect(await visible('paula.price@policyholders.example')).toEqual(['Paula Price']);
  });

  it('tells each caller what they may do with the account', async () => {
    const abilities = async (email: string) =>
      (await (await portal.signedIn(email)).get(`/api/v1/accounts/${acme}`)).json().abilities;
    expect(await abilities('alice@acme.example')).toEqual({
      view: true,
      update: false,
      manageMembers: true,
      invite: true,
    });
    expect(await abilities('adam@acme.example')).toEqual({
      view: true,
      update: false,
      manageMembers: false,
      invite: false,
    });
    expect(await abilities('owner@northwind.example')).toEqual({
      view: true,
      update: true,
      manageMembers: true,
      invite: true,
    });
  });

  it('lets only the owner and admins create accounts', async () => {
    const admin = await portal.signedIn('admin@northwind.example');
    const created = await admin.post('/api/v1/accounts', { name: 'Delta Logistics', segmentId: clients });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'Delta Logistics',
      segment: { name: 'Clients' },
      memberCount: 0,
      version: 1,
    });
    const agent = await portal.signedIn('agent@northwind.example');
    expectProblem(await agent.post('/api/v1/accounts', { name: 'Agent Made', segmentId: clients }), 403, 'forbidden');
    const alice = await portal.signedIn('alice@acme.example');
    expectProblem(await alice.post('/api/v1/accounts', { name: 'Client Made', segmentId: clients }), 403);
    expect(await countNamed('Agent Made')).toBe(0);
    expect(await countNamed('Client Made')).toBe(0);
    const unknownSegment = expectProblem(
      await owner.post('/api/v1/accounts', { name: 'Nowhere', segmentId: '01900000-0000-7000-8000-000000000000' }),
      400,
    );
    expect(unknownSegment.errors?.[0]?.path).toBe('segmentId');
    // The newest account leads the newest-first sort.
    expect(names((await owner.get('/api/v1/accounts?sort=-createdAt&limit=1')).json().items)).toEqual([
      'Delta Logistics',
    ]);
  });

  it('renames with If-Match, and a stale version is a 409 that changes nothing', async () => {
    const { version } = (await owner.get(`/api/v1/accounts/${acme}`)).json();
    const renamed = await owner.patch(
      `/api/v1/accounts/${acme}`,
      { name: 'Acme Industries' },
      { 'if-match': `"${version}"` },
    );
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Acme Industries', version: version + 1 });
    expectProblem(
      await owner.patch(`/api/v1/accounts/${acme}`, { name: 'Acme Stale' }, { 'if-match': String(version) }),
      409,
      'stale_version',
    );
    const alice = await portal.signedIn('alice@acme.example');
    expectProblem(await alice.patch(`/api/v1/accounts/${acme}`, { name: 'Acme By Alice' }), 403);
    expect((await alice.get(`/api/v1/accounts/${acme}`)).json()).toMatchObject({
      name: 'Acme Industries',
      version: version + 1,
    });
  });

  it('replays a create with the same Idempotency-Key and body, and refuses the key with another body', async () => {
    const key = 'create-echo-7f3c1a2b';
    const body = { name: 'Echo Studios', segmentId: clients };
    const first = await owner.post('/api/v1/accounts', body, { 'idempotency-key': key });
    const repeat = await owner.post('/api/v1/accounts', body, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(repeat.statusCode).toBe(201);
    expect(repeat.json()).toEqual(first.json());
    expect(repeat.headers['content-type']).toMatch(/^application\/json/);
    expect(await countNamed('Echo Studios')).toBe(1);
    expectProblem(
      await owner.post('/api/v1/accounts', { name: 'Echo Other', segmentId: clients }, { 'idempotency-key': key }),
      409,
      'idempotency_key_reused',
    );
    expect(await countNamed('Echo Other')).toBe(0);
    // Keys belong to one user: another admin's identical key is a new request.
    const admin = await portal.signedIn('admin@northwind.example');
    const theirs = await admin.post('/api/v1/accounts', body, { 'idempotency-key': key });
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json().id).not.toBe(first.json().id);
    expect(await countNamed('Echo Studios')).toBe(2);
  });

  it('frees the key of a failed create so it can be retried', async () => {
    const key = 'create-retry-0c9d4e5f';
    expectProblem(
      await owner.post(
        '/api/v1/accounts',
        { name: 'Retry Co', segmentId: '01900000-0000-7000-8000-000000000000' },
        { 'idempotency-key': key },
      ),
      400,
    );
    const retried = await owner.post(
      '/api/v1/accounts',
      { name: 'Retry Co', segmentId: clients },
      { 'idempotency-key': key },
    );
    expect(retried.statusCode).toBe(201);
    expect(await countNamed('Retry Co')).toBe(1);
  });
});
