import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import { allPages, openTicket } from './helpers.ts';

describe('the staff queue', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let dana: HttpClient;
  let eli: HttpClient;
  let ownerId: string;
  const mine: string[] = [];

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
    dana = await portal.signedIn('dana.diaz@customers.example');
    eli = await portal.signedIn('eli.evans@customers.example');
    ownerId = await userIdOf(portal.ctx.db, 'owner@northwind.example');
    for (let index = 0; index < 5; index += 1)
      mine.push((await openTicket(index % 2 ? eli : dana, { subject: `Queue item ${index}` })).id);
    // Three tickets share one updated_at to the microsecond: pages must neither skip nor repeat them.
    await portal.ctx.db.query(
      "UPDATE tickets SET updated_at = '2026-11-01T10:00:00.123456Z', created_at = '2026-11-01T10:00:00.123456Z' WHERE thread_id = ANY($1::uuid[])",
      [mine.slice(0, 3)],
    );
  });
  afterAll(() => portal.close());

  it('keyset pages of every sort are stable with equal timestamps and match one big page', async () => {
    for (const sort of ['updated_desc', 'updated_asc', 'created_desc', 'priority_desc', 'due_asc']) {
      const paged = await allPages(owner, `/api/v1/tickets?sort=${sort}`, 2);
      const whole = (await owner.get(`/api/v1/tickets?sort=${sort}&limit=200`)).json().items;
      expect(
        paged.map((t) => t.id),
        sort,
      ).toEqual(whole.map((t: { id: string }) => t.id));
      expect(new Set(paged.map((t) => t.id)).size, sort).toBe(paged.length);
      expect(paged.length, sort).toBeGreaterThanOrEqual(11);
    }
    const tampered = await owner.get('/api/v1/tickets?cursor=bm90LWEtY3Vyc29y');
    expect(tampered.statusCode).toBe(400);
  });

  it('filters: status, assignee me/none, priority, tag, account, requester, q by subject or number', async () => {
    const [first, second] = mine;
    expect(
      (
        await owner.patch(`/api/v1/tickets/${first}`, {
          assigneeId: ownerId,
          priority: 'urgent',
          tags: ['vip', 'refund'],
        })
      ).statusCode,
    ).toBe(200);
    expect((await owner.patch(`/api/v1/tickets/${second}`, { status: 'on_hold' })).statusCode).toBe(200);
    const ids = async (query: string) =>
      (await owner.get(`/api/v1/tickets?limit=200&${query}`)).json().items.map((t: { id: string }) => t.id) as string[];
    expect(await ids('assignee=me')).toContain(first);
    expect(await ids('assignee=none')).not.toContain(first);
    expect(await ids('priority=urgent,high')).toContain(first);
    expect(await ids('tag=vip')).toEqual([first]);
    expect(await ids('status=on_hold')).toContain(second);
    expect(await ids('status=new,open')).not.toContain(second);
    const eliAccount = await idOf(portal.ctx.db, 'accounts', 'Eli Evans');
    const eliIds = await ids(`accountId=${eliAccount}`);
    expect(eliIds).toContain(mine[1]);
    expect(eliIds).not.toContain(mine[0]);
    expect(await ids(`requesterId=${await userIdOf(portal.ctx.db, 'dana.diaz@customers.example')}`)).toContain(mine[0]);
    expect(await ids('q=queue%20item%204')).toEqual([mine[4]]);
    // Subject search is by words, in any order and case, the last one half typed; text without words finds nothing.
    expect(await ids('q=ITEM%204%20que')).toEqual([mine[4]]);
    expect(await ids('q=%3C%21%3E%20%26%20%7C')).toEqual([]);
    const number = (await owner.get(`/api/v1/tickets/${mine[3]}`)).json().number;
    expect(await ids(`q=%23${number}`)).toEqual([mine[3]]);
    // Customers' filters beyond status are ignored: they still see only their own tickets.
    const danaIds = (await dana.get(`/api/v1/tickets?limit=200&accountId=${eliAccount}`))
      .json()
      .items.map((t: { id: string }) => t.id);
    expect(danaIds).not.toContain(mine[1]);
    expect(danaIds).toContain(mine[0]);
  });

  it('counts per status follow the same filters', async () => {
    const counts = (await owner.get('/api/v1/tickets/counts')).json();
    const all = (await owner.get('/api/v1/tickets?limit=200')).json().items as { status: string }[];
    expect(counts).toMatchObject({ total: all.length, capped: false, cap: 1_000 });
    for (const status of ['new', 'open', 'on_hold', 'solved', 'closed'])
      expect(counts.byStatus[status], status).toBe(all.filter((t) => t.status === status).length);
    const danaCounts = (await dana.get('/api/v1/tickets/counts')).json();
    expect(danaCounts.total).toBe((await dana.get('/api/v1/tickets?limit=200')).json().items.length);
  });

  it('CSV export neutralizes formulas in every cell', async () => {
    const evil = await openTicket(dana, { subject: '=HYPERLINK("http://evil.example","click")' });
    const response = await owner.get(`/api/v1/tickets/export.csv?q=HYPERLINK`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      '"number","subject","status","priority","account","requester email","assignee","group","tags","created","updated","solved"',
    );
    expect(lines).toHaveLength(2);
    const number = (await owner.get(`/api/v1/tickets/${evil.id}`)).json().number;
    expect(lines[1]).toContain(
      `"${number}","'=HYPERLINK(""http://evil.example"",""click"")","new","normal","Dana Diaz","dana.diaz@customers.example"`,
    );
    expect((await dana.get('/api/v1/tickets/export.csv')).statusCode).toBe(403);
  });

  it('the limited agent sees only tickets of the accounts assigned to them', async () => {
    const agent = await portal.signedIn('agent@northwind.example');
    expect((await agent.get('/api/v1/tickets?limit=200')).json().items).toEqual([]);
    expect((await agent.get(`/api/v1/tickets/${mine[0]}`)).statusCode).toBe(404);
    expect((await agent.get('/api/v1/tickets/counts')).json().total).toBe(0);
  });
});
