import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { countOf, IMPORTS, MAPPING, runToEnd, uploadCsv, uploadedId } from './support.ts';

const BOM = '\uFEFF';
// Semicolons (a German spreadsheet), quoted fields with a doubled quote and a line break, CRLF, a BOM.
const FILE =
  BOM +
  [
    'External ID;Company;Segment;Email;Name;Role;Language',
    'crm-1;"Oak ""&"" Ash GmbH";Clients;olga@oak.example;Olga Oak;account_admin;de',
    'crm-1;"Oak ""&"" Ash GmbH";Clients;otto@oak.example;"Otto\r\nOak";member;',
    'crm-2;<b>Bold</b> Ltd;Clients;bea@bold.example;<script>alert(1)</script>;;fr',
    'crm-3;Pine Co;Clients;;;;',
  ].join('\r\n') +
  '\r\n';

describe('CSV import of accounts, people and memberships', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn('owner@northwind.example');
  });
  afterAll(() => portal.close());

  it('uploads, detects the format, dry-runs without changing anything, then imports the same counts', async () => {
    const upload = await uploadCsv(owner, FILE, 'oak.csv');
    expect(upload.statusCode, upload.body).toBe(201);
    const uploaded = upload.json();
    expect(uploaded).toMatchObject({
      status: 'uploaded',
      delimiter: ';',
      totalRows: 4,
      columns: ['External ID', 'Company', 'Segment', 'Email', 'Name', 'Role', 'Language'],
      suggestedMapping: { externalId: 'External ID', accountName: 'Company', email: 'Email', segment: 'Segment' },
      abilities: { run: true, download: true },
    });
    const accountsBefore = await countOf(portal, 'SELECT count(*)::int AS n FROM accounts');

    const dry = await runToEnd(portal, owner, uploaded.id, { dryRun: true });
    expect(dry.counts).toMatchObject({
      rows: 4,
      accountsCreated: 3,
      peopleCreated: 3,
      membershipsCreated: 3,
      rowsWithErrors: 0,
    });
    expect(await countOf(portal, 'SELECT count(*)::int AS n FROM accounts')).toBe(accountsBefore);
    expect(await countOf(portal, "SELECT count(*)::int AS n FROM users WHERE email LIKE '%@oak.example'")).toBe(0);
    const report = await owner.get(dry.reportUrl);
    expect(report.statusCode).toBe(200);
    expect(report.body.split('\r\n')[1]).toBe('"2","created","created","created",""');
    expect(report.body.split('\r\n')[2]).toBe('"3","repeated","created","created",""');

    const real = await runToEnd(portal, owner, uploaded.id, { dryRun: false });
    expect(real.counts).toEqual(real.dryRunCounts);
    expect(real.imported).toBe(true);
    const { rows } = await portal.ctx.db.query<{ name: string; external_id: string; members: number }>(
      `SELECT a.name, a.external_id, (SELECT count(*)::int FROM memberships m WHERE m.account_id = a.id) AS members
       FROM accounts a WHERE external_id LIKE 'crm-%' ORDER BY external_id`,
    );
    // HTML stays text, quotes and line breaks as in the file.
    expect(rows).toEqual([
      { name: 'Oak "&" Ash GmbH', external_id: 'crm-1', members: 2 },
      { name: '<b>Bold</b> Ltd', external_id: 'crm-2', members: 1 },
      { name: 'Pine Co', external_id: 'crm-3', members: 0 },
    ]);
    const people = await portal.ctx.db.query<{ email: string; name: string; locale: string | null }>(
      "SELECT email, name, locale FROM users WHERE email IN ('olga@oak.example','otto@oak.example','bea@bold.example') ORDER BY email",
    );
    expect(people.rows).toEqual([
      { email: 'bea@bold.example', name: '<script>alert(1)</script>', locale: 'fr' },
      { email: 'olga@oak.example', name: 'Olga Oak', locale: 'de' },
      { email: 'otto@oak.example', name: 'Otto\r\nOak', locale: null },
    ]);
    // One audit event for the import, with its counts.
    const audit = await portal.ctx.db.query<{ details: { accountsCreated: number } }>(
      "SELECT details FROM audit_events WHERE action = 'import.completed' AND target_id = $1",
      [uploaded.id],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]!.details.accountsCreated).toBe(3);
    // No invitation unless asked.
    expect(await countOf(portal, "SELECT count(*)::int AS n FROM invitations WHERE email = 'olga@oak.example'")).toBe(
      0,
    );

    // Importing the same file again updates nothing and duplicates nothing.
    const again = await runToEnd(portal, owner, await uploadedId(owner, FILE), {
      dryRun: false,
      existingPeople: 'update',
    });
    expect(again.counts).toMatchObject({
      accountsCreated: 0,
      accountsUnchanged: 3,
      peopleCreated: 0,
      peopleUnchanged: 3,
      membershipsCreated: 0,
    });
    expect(await countOf(portal, "SELECT count(*)::int AS n FROM accounts WHERE external_id LIKE 'crm-%'")).toBe(3);
  });

  it('reports every bad row with its row and column, neutralizes formulas in the error CSV, imports the good rows', async () => {
    const file = [
      'External ID,Company,Segment,Email,Name,Role,=cmd|calc!A0',
      'bad-1,Good Co,Clients,good@bad.example,Good,member,en',
      'bad 2,Spaces Co,Clients,x@bad.example,,,',
      'bad-3,Nowhere Co,No Such Segment,y@bad.example,,,',
      'bad-4,Mail Co,Clients,not-an-email,,,',
      'bad-1,Good Co,Clients,good@bad.example,Good again,,',
      'bad-5,Role Co,Clients,r@bad.example,,boss,xx',
    ].join('\n');
    const id = await uploadedId(owner, file);
    const mapping = { ...MAPPING, language: '=cmd|calc!A0' };
    const done = await runToEnd(portal, owner, id, { dryRun: false, mapping });
    expect(done.counts).toMatchObject({ rows: 6, rowsWithErrors: 5, accountsCreated: 1, peopleCreated: 1 });
    expect(done.errorSample.map((row: { row: number }) => row.row)).toEqual([3, 4, 5, 6, 7]);
    const csv = await owner.get(done.errorsUrl);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body).toContain('"3","External ID","invalid_format"');
    expect(csv.body).toContain('"4","Segment","unknown_segment","No segment is called ""No Such Segment""."');
    expect(csv.body).toContain('"5","Email","invalid_email"');
    expect(csv.body).toContain('"6","Email","duplicate_in_file","Row 2 already adds this person to this account."');
    expect(csv.body).toContain('"7","Role","invalid_role"');
    // The column named like a formula shows as text.
    expect(csv.body).toContain(`"7","'=cmd|calc!A0","invalid_language"`);
  });

  it('refuses an oversize file (413), another encoding, an empty file and a spreadsheet format, clearly', async () => {
    const big = await uploadCsv(owner, Buffer.alloc(20 * 1024 * 1024 + 1, 'a'));
    expect(big.statusCode).toBe(413);
    const latin1 = await uploadCsv(owner, Buffer.from('Company,Email\nMüller GmbH,m@x.example\n', 'latin1'));
    expect(latin1.statusCode).toBe(400);
    expect(latin1.json().errors[0]).toMatchObject({ path: 'file', code: 'invalid_encoding' });
    const empty = await uploadCsv(owner, 'Company,Email\n');
    expect(empty.json().errors[0]).toMatchObject({ code: 'empty' });
    const broken = await uploadCsv(owner, 'Company,Email\n"unterminated,x\n');
    expect(broken.json().errors[0]).toMatchObject({ code: 'invalid_csv' });
    const ragged = await uploadCsv(owner, 'Company,Email\na,b,c\n');
    expect(ragged.json().errors[0]).toMatchObject({ code: 'invalid_csv' });
    const xlsx = await uploadCsv(owner, Buffer.from('PK\u0003\u0004'), 'x.xlsx', 'application/zip');
    expect(xlsx.statusCode).toBe(415);
    // Nothing of the refused files stays in storage.
    const stored: string[] = [];
    for await (const key of portal.ctx.storage.list()) if (key.startsWith('imports/')) stored.push(key);
    expect(stored.length).toBe(await countOf(portal, 'SELECT count(*)::int AS n FROM csv_imports'));
  });

  it('checks the mapping before a run, and runs one at a time', async () => {
    const id = await uploadedId(owner, 'Company,Email\nA,a@a.example\n');
    const unmapped = await owner.post(`${IMPORTS}/${id}/run`, { dryRun: true, mapping: { accountName: 'Nope' } });
    expect(unmapped.statusCode).toBe(400);
    expect(unmapped.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['mapping.accountName', 'mapping.externalId', 'defaultSegmentId']),
    );
    const body = { dryRun: true, mapping: { accountName: 'Company', email: 'Email' }, matchAccountsBy: 'name' };
    const segmentId = (await portal.ctx.db.query<{ id: string }>("SELECT id FROM segments WHERE name = 'Clients'"))
      .rows[0]!.id;
    const [first, second] = await Promise.all([
      owner.post(`${IMPORTS}/${id}/run`, { ...body, defaultSegmentId: segmentId }),
      owner.post(`${IMPORTS}/${id}/run`, { ...body, defaultSegmentId: segmentId }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([202, 409]);
    await portal.ctx.background.idle();
  });

  it('belongs to staff owners and admins only', async () => {
    const id = await uploadedId(owner, 'Company,Email\nA,a@a.example\n');
    const admin = await portal.signedIn('admin@northwind.example');
    expect((await admin.get(`${IMPORTS}/${id}`)).statusCode).toBe(200);
    const agent = await portal.signedIn('agent@northwind.example');
    expect((await uploadCsv(agent, 'Company\nA\n')).statusCode).toBe(403);
    expect((await agent.get(`${IMPORTS}/${id}`)).statusCode).toBe(403);
    expect((await agent.post(`${IMPORTS}/${id}/run`, { dryRun: true, mapping: {} })).statusCode).toBe(403);
    expect((await agent.get(`${IMPORTS}/${id}/errors.csv`)).statusCode).toBe(403);
    const alice = await portal.signedIn('alice@acme.example');
    expect((await uploadCsv(alice, 'Company\nA\n')).statusCode).toBe(403);
    expect((await alice.get(`${IMPORTS}/${id}`)).statusCode).toBe(403);
    expect((await owner.get(`${IMPORTS}/${crypto.randomUUID()}`)).statusCode).toBe(404);
  });
});
