import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';

/** Rows of a CSV body (every cell quoted by the exporter; no quotes or commas inside the seeded values we read). */
const rowsOf = (body: string) =>
  body
    .trim()
    .split('\r\n')
    .map((line) => line.slice(1, -1).split('","'));

describe('CSV exports of accounts, people and audit events', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal.close());

  it('exports every account in the staff member scope, streamed, with spreadsheet formulas neutralized', async () => {
    const admin = await portal.signedIn('admin@northwind.example');
    const segmentId = await idOf(portal.ctx.db, 'segments', 'Clients');
    const created = await admin.post('/api/v1/accounts', { name: '=HYPERLINK("http://evil.example")', segmentId });
    expect(created.statusCode, created.body).toBe(201);

    const response = await admin.get('/api/v1/accounts/export.csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toContain('accounts.csv');
    const rows = rowsOf(response.body);
    expect(rows[0]).toEqual(['id', 'name', 'segment', 'segment kind', 'members', 'created']);
    const { rows: all } = await portal.ctx.db.query<{ count: number }>('SELECT count(*)::int AS count FROM accounts');
    expect(rows.length - 1).toBe(all[0]!.count);
    expect(rows.map((row) => row[1])).toContain(`'=HYPERLINK(""http://evil.example"")`);
    const acme = rows.find((row) => row[1] === 'Acme Manufacturing')!;
    expect(acme[0]).toBe(await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing'));
    expect(Number(acme[4])).toBeGreaterThan(0);

    // The list's filters apply.
    const filtered = rowsOf((await admin.get('/api/v1/accounts/export.csv?q=acme')).body);
    expect(filtered.slice(1).map((row) => row[1])).toEqual(['Acme Manufacturing']);
    expect((await admin.get('/api/v1/accounts/export.csv?limit=5')).statusCode).toBe(400);
  });

  it('an agent limited to assigned accounts exports only those, accounts and people alike', async () => {
    const agent = await portal.signedIn('agent@northwind.example');
    const accounts = rowsOf((await agent.get('/api/v1/accounts/export.csv')).body).slice(1);
    expect(accounts.map((row) => row[1])).toEqual(['Acme Manufacturing']);
    const people = rowsOf((await agent.get('/api/v1/accounts/people/export.csv')).body);
    expect(people[0]).toEqual([
      'account id',
      'account',
      'segment',
      'person id',
      'email',
      'name',
      'role',
      'member since',
    ]);
    expect(new Set(people.slice(1).map((row) => row[1]))).toEqual(new Set(['Acme Manufacturing']));
    expect(people.slice(1).map((row) => row[4])).toContain('alice@acme.example');
  });

  it('the people export lists every membership once', async () => {
    const admin = await portal.signedIn('admin@northwind.example');
    const people = rowsOf((await admin.get('/api/v1/accounts/people/export.csv')).body).slice(1);
    const { rows } = await portal.ctx.db.query<{ count: number }>('SELECT count(*)::int AS count FROM memberships');
    expect(people.length).toBe(rows[0]!.count);
    expect(new Set(people.map((row) => `${row[0]} ${row[3]}`)).size).toBe(people.length);
  });

  it('exports the audit log for owners and admins, with the export itself audited', async () => {
    const admin = await portal.signedIn('admin@northwind.example');
    const response = await admin.get('/api/v1/audit-events/export.csv?action=account.created');
    expect(response.statusCode).toBe(200);
    const rows = rowsOf(response.body);
    expect(rows[0]?.slice(0, 3)).toEqual(['id', 'occurred at', 'action']);
    expect(rows.length).toBeGreaterThan(1);
    expect(new Set(rows.slice(1).map((row) => row[2]))).toEqual(new Set(['account.created']));

    const exports = rowsOf((await admin.get('/api/v1/audit-events/export.csv?action=export.audit_csv')).body);
    expect(exports.slice(1).length).toBeGreaterThanOrEqual(1);

    // An agent cannot read the audit log, so cannot export it; people cannot export anything.
    const agent = await portal.signedIn('agent@northwind.example');
    expect((await agent.get('/api/v1/audit-events/export.csv')).statusCode).toBe(403);
    const alice = await portal.signedIn('alice@acme.example');
    for (const path of [
      '/api/v1/accounts/export.csv',
      '/api/v1/accounts/people/export.csv',
      '/api/v1/audit-events/export.csv',
    ])
      expect((await alice.get(path)).statusCode, path).toBe(403);
  });
});
