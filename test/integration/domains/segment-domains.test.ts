import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app.ts';
import { idOf, lastMailTo, startPortal, tokenFromMail, type TestPortal } from '../../support/harness.ts';
import { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';

// Two segments on two domains of their own, reached through the Host header (the portal's main address is
// http://portico.test, see startPortal).
const CLIENTS = 'clients.northwind.example';
const HELP = 'help.northwind.example';
const CUSTOMERS = 'customers.northwind.example';

describe('custom domains per segment', () => {
  let portal: TestPortal;
  let admin: HttpClient;
  let clients: string;
  let customers: string;
  const on = (host: string) => {
    const client = portal.client();
    client.host = host;
    return client;
  };
  const signInOn = (host: string, email: string) =>
    on(host).post('/api/v1/auth/sign-in', { email, password: portal.demo.password });

  beforeAll(async () => {
    portal = await startPortal();
    admin = await portal.signedIn('admin@northwind.example');
    clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    customers = await idOf(portal.ctx.db, 'segments', 'Customers');
    const branded = await admin.patch(`/api/v1/segments/${clients}/branding`, {
      name: 'Acme Client Space',
      primaryColor: '#7a1f5c',
    });
    expect(branded.statusCode).toBe(200);
    await admin.patch(`/api/v1/segments/${customers}/branding`, { name: 'Northwind Self-Service' });
  });
  afterAll(() => portal.close());

  it('starts with no domains: the segment links to the main address', async () => {
    const response = await admin.get(`/api/v1/segments/${clients}/domains`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      segmentId: clients,
      portalDomain: null,
      helpDomain: null,
      portalUrl: 'http://portico.test',
      helpUrl: 'http://portico.test/help',
      abilities: { update: true },
    });
  });

  it('agents may read the domains but only owners and admins set them', async () => {
    const agent = await portal.signedIn('agent@northwind.example');
    const read = await agent.get(`/api/v1/segments/${clients}/domains`);
    expect(read.statusCode).toBe(200);
    expect(read.json().abilities).toEqual({ update: false });
    expectProblem(
      await agent.put(`/api/v1/segments/${clients}/domains`, { portalDomain: CLIENTS, helpDomain: null }),
      403,
      'forbidden',
    );
    const alice = await portal.signedIn('alice@acme.example');
    expectProblem(await alice.get(`/api/v1/segments/${clients}/domains`), 403, 'forbidden');
  });

  it('refuses what is not a plain host name, the main address, and one domain twice', async () => {
    const put = (body: unknown) => admin.put(`/api/v1/segments/${clients}/domains`, body);
    for (const bad of [
      'https://clients.example',
      'clients.example:8443',
      'clients',
      '127.0.0.1',
      'a b.example',
      'x.example/',
    ])
      expectProblem(await put({ portalDomain: bad, helpDomain: null }), 400, 'validation_failed');
    const main = await put({ portalDomain: 'portico.test', helpDomain: null });
    expectProblem(main, 400, 'validation_failed');
    expect(main.json().errors[0]).toMatchObject({ path: 'portalDomain', code: 'main_host' });
    expectProblem(await put({ portalDomain: CLIENTS, helpDomain: CLIENTS }), 400, 'validation_failed');
    expectProblem(await put({ portalDomain: CLIENTS }), 400, 'validation_failed');
    expectProblem(
      await admin.put(`/api/v1/segments/${crypto.randomUUID()}/domains`, { portalDomain: null, helpDomain: null }),
      404,
      'not_found',
    );
  });

  it('sets both domains (stored lowercase), audited; another segment cannot take them', async () => {
    const saved = await admin.put(`/api/v1/segments/${clients}/domains`, {
      portalDomain: ' Clients.Northwind.EXAMPLE ',
      helpDomain: HELP,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      portalDomain: CLIENTS,
      helpDomain: HELP,
      portalUrl: `http://${CLIENTS}`,
      helpUrl: `http://${HELP}/help`,
    });
    const taken = await admin.put(`/api/v1/segments/${customers}/domains`, { portalDomain: HELP, helpDomain: null });
    expectProblem(taken, 409, 'domain_taken');
    expect(taken.json().detail).toContain(HELP);
    const audit = await portal.ctx.db.query<{ details: { after: unknown } }>(
      "SELECT details FROM audit_events WHERE action = 'segment.domains_updated' AND target_id = $1",
      [clients],
    );
    expect(audit.rows.map((row) => row.details.after)).toEqual([{ portal: CLIENTS, help: HELP }]);
  });

  it('two admins giving one domain to two segments at once: one wins, the other gets 409', async () => {
    const race = 'race.northwind.example';
    const [a, b] = await Promise.all([
      admin.put(`/api/v1/segments/${customers}/domains`, { portalDomain: race, helpDomain: null }),
      (await portal.signedIn('owner@northwind.example')).put(`/api/v1/segments/${clients}/domains`, {
        portalDomain: CLIENTS,
        helpDomain: race,
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const { rows } = await portal.ctx.db.query('SELECT segment_id FROM segment_domains WHERE domain = $1', [race]);
    expect(rows).toHaveLength(1);
    // Back to the domains the rest of this file uses.
    expect(
      (await admin.put(`/api/v1/segments/${clients}/domains`, { portalDomain: CLIENTS, helpDomain: HELP })).statusCode,
    ).toBe(200);
    expect(
      (await admin.put(`/api/v1/segments/${customers}/domains`, { portalDomain: CUSTOMERS, helpDomain: null }))
        .statusCode,
    ).toBe(200);
  });

  it("each domain shows its own segment's branding to visitors; the main and unknown hosts the firm's", async () => {
    const branding = async (host: string) => (await on(host).get('/api/v1/session')).json().branding;
    expect(await branding(CLIENTS)).toMatchObject({ name: 'Acme Client Space', primaryColor: '#7a1f5c' });
    expect(await branding(HELP)).toMatchObject({ name: 'Acme Client Space' });
    expect(await branding(CUSTOMERS)).toMatchObject({ name: 'Northwind Self-Service' });
    expect(await branding('portico.test')).toMatchObject({ name: 'Northwind Advisory' });
    expect(await branding('evil.example')).toMatchObject({ name: 'Northwind Advisory' });
    // A port in the Host and a trailing dot still name the domain.
    expect(await branding(`${CLIENTS}.:8080`)).toMatchObject({ name: 'Acme Client Space' });
  });

  it("the help center on a segment's domain carries its branding and links to its own address only", async () => {
    const help = await on(HELP).get('/help');
    expect(help.statusCode).toBe(200);
    expect(help.body).toContain('Acme Client Space');
    expect(help.body).toContain(`href="http://${HELP}/help"`);
    const onPortal = await on(CLIENTS).get('/help');
    expect(onPortal.body).toContain(`href="http://${HELP}/help"`);
    const sitemap = await on(HELP).get('/sitemap.xml');
    expect(sitemap.body).toContain(`<loc>http://${HELP}/help</loc>`);
    expect(sitemap.body).not.toContain('portico.test');
  });

  it('an unknown host gets the main portal and never appears in a link', async () => {
    const evil = on('evil.example');
    const help = await evil.get('/help');
    expect(help.statusCode).toBe(200);
    expect(help.body).toContain('Northwind Advisory');
    expect(help.body).not.toContain('evil.example');
    expect((await evil.get('/sitemap.xml')).body).not.toContain('evil.example');
    // A sign-in link asked for through a forged Host still points at the person's own portal.
    const forged = on('evil.example');
    expect((await forged.post('/api/v1/auth/magic-links', { email: 'alice@acme.example' })).statusCode).toBe(202);
    const mail = await lastMailTo(portal, 'alice@acme.example', { containing: '#token=' });
    expect(mail!.text_body).toContain(`http://${CLIENTS}/`);
    expect(mail!.text_body + mail!.html_body).not.toContain('evil.example');
    expect(mail!.text_body).not.toContain('portico.test');
  });

  it("emailed links start from the account's segment's domain; staff mail from the main address", async () => {
    expect(
      (await on('portico.test').post('/api/v1/auth/password-resets', { email: 'dana.diaz@customers.example' }))
        .statusCode,
    ).toBe(202);
    const dana = await lastMailTo(portal, 'dana.diaz@customers.example', { containing: '#token=' });
    expect(dana!.text_body).toContain(`http://${CUSTOMERS}/`);
    expect(dana!.html_body).toContain(`href="http://${CUSTOMERS}/`);
    expect(dana!.text_body).not.toContain('portico.test');
    await on(CLIENTS).post('/api/v1/auth/password-resets', { email: 'admin@northwind.example' });
    const staff = await lastMailTo(portal, 'admin@northwind.example', { containing: '#token=' });
    expect(staff!.text_body).toContain('http://portico.test/');
    expect(staff!.text_body).not.toContain(CLIENTS);
    // Invitations link to the invited account's segment's portal.
    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    const invited = await admin.post(`/api/v1/accounts/${acme}/invitations`, {
      email: 'newcomer@acme.example',
      role: 'member',
    });
    expect(invited.statusCode).toBe(201);
    const invitation = await lastMailTo(portal, 'newcomer@acme.example', { containing: '#token=' });
    expect(invitation!.text_body).toContain(`http://${CLIENTS}/`);
  });

  it("message mail links (thread, unsubscribe) to the client's portal domain, and the staff copy to the console", async () => {
    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    const alice = await portal.signedIn('alice@acme.example');
    const thread = await alice.post(`/api/v1/accounts/${acme}/threads`, { subject: 'Domain check', body: 'Hello' });
    expect(thread.statusCode).toBe(201);
    const threadId = thread.json().id as string;
    const reply = await admin.post(`/api/v1/threads/${threadId}/messages`, { body: 'Answer from the firm' });
    expect(reply.statusCode).toBe(201);
    const mail = await lastMailTo(portal, 'alice@acme.example', { containing: 'Answer from the firm' });
    expect(mail!.text_body).toContain(`http://${CLIENTS}/threads/${threadId}#message-`);
    expect(mail!.text_body).not.toContain('portico.test');
    const { rows } = await portal.ctx.db.query<{ headers: Record<string, string> }>(
      "SELECT headers FROM mail_messages WHERE to_address = 'alice@acme.example' AND subject LIKE '%Domain check%' ORDER BY created_at, id",
    );
    expect(rows.at(-1)!.headers['List-Unsubscribe']).toMatch(
      new RegExp(`^<http://${CLIENTS.replace(/\./g, '\\.')}/api/v1/email/unsubscribe`),
    );
  });

  it('signs a person in on their own domain with a host-only cookie', async () => {
    const alice = on(CLIENTS);
    const response = await alice.post('/api/v1/auth/sign-in', {
      email: 'alice@acme.example',
      password: portal.demo.password,
    });
    expect(response.statusCode).toBe(200);
    const setCookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    expect(setCookies.some((cookie) => cookie.startsWith('portico_session='))).toBe(true);
    // No Domain attribute: the browser sends the cookie back to this host only, never to another segment's domain.
    for (const cookie of setCookies) expect(cookie.toLowerCase()).not.toContain('domain=');
    expect((await alice.get('/api/v1/me')).statusCode).toBe(200);
  });

  it("signing in on another segment's domain answers with the person's own portal and opens no session", async () => {
    const before = await portal.ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions');
    const dana = await signInOn(CLIENTS, 'dana.diaz@customers.example');
    expectProblem(dana, 403, 'wrong_portal');
    expect(dana.json().redirectTo).toBe(`http://${CUSTOMERS}/sign-in`);
    expect(dana.headers['set-cookie'] ?? []).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^portico_session=/)]),
    );
    const staff = await signInOn(HELP, 'admin@northwind.example');
    expectProblem(staff, 403, 'wrong_portal');
    expect(staff.json().redirectTo).toBe('http://portico.test/sign-in');
    const after = await portal.ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions');
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
    // Each refusal is audited, though its transaction rolled back: who, how, and which segment's domain it was.
    await portal.ctx.background.idle();
    const audited = await portal.ctx.db.query<{ target_label: string; details: Record<string, string> }>(
      "SELECT target_label, details FROM audit_events WHERE action = 'sign_in.failed' AND details->>'reason' = 'wrong_portal' ORDER BY target_label",
    );
    expect(audited.rows.map((row) => [row.target_label, row.details.method, row.details.hostSegmentId])).toEqual([
      ['admin@northwind.example', 'password', clients],
      ['dana.diaz@customers.example', 'password', clients],
    ]);
    // On their own domain, and on the main address, they sign in.
    expect((await signInOn(CUSTOMERS, 'dana.diaz@customers.example')).statusCode).toBe(200);
    expect((await signInOn('portico.test', 'admin@northwind.example')).statusCode).toBe(200);
  });

  it("an emailed sign-in link opened on the wrong domain is refused and still works on the person's own", async () => {
    expect(
      (await on(CUSTOMERS).post('/api/v1/auth/magic-links', { email: 'dana.diaz@customers.example' })).statusCode,
    ).toBe(202);
    const mail = await lastMailTo(portal, 'dana.diaz@customers.example', { containing: '/magic-link#token=' });
    expect(mail!.text_body).toContain(`http://${CUSTOMERS}/magic-link#token=`);
    const token = tokenFromMail(mail!.text_body);
    expectProblem(await on(CLIENTS).post('/api/v1/auth/magic-links/consume', { token }), 403, 'wrong_portal');
    expect((await on(CUSTOMERS).post('/api/v1/auth/magic-links/consume', { token })).statusCode).toBe(200);
  });

  it("a help-center domain's root opens the help center; other hosts get the app", async () => {
    const webRoot = mkdtempSync(join(tmpdir(), 'portico-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Portico</title>');
    const built = await buildApp(portal.ctx, { webRoot });
    try {
      const root = (host: string) => built.app.inject({ method: 'GET', url: '/', headers: { host } });
      const help = await root(HELP);
      expect(help.statusCode).toBe(302);
      expect(help.headers.location).toBe('/help');
      for (const host of [CLIENTS, 'portico.test', 'evil.example']) {
        const app = await root(host);
        expect(app.statusCode).toBe(200);
        expect(app.body).toContain('<title>Portico</title>');
      }
    } finally {
      await built.app.close();
      rmSync(webRoot, { recursive: true, force: true });
    }
  });

  it('the TLS ask endpoint says yes for configured domains only, and is rate-limited', async () => {
    const ask = (domain: string, ip = '198.51.100.7') =>
      portal.client().get(`/api/v1/tls/ask?domain=${encodeURIComponent(domain)}`, { 'x-test-ip': ip });
    expect((await ask(CLIENTS)).statusCode).toBe(200);
    expect((await ask(HELP.toUpperCase())).statusCode).toBe(200);
    expect((await ask(CUSTOMERS)).statusCode).toBe(200);
    expectProblem(await ask('evil.example'), 404, 'not_found');
    expectProblem(await ask('portico.test'), 404, 'not_found');
    expect((await portal.client().get('/api/v1/tls/ask')).statusCode).toBe(400);
    let last = await ask('evil.example', '198.51.100.8');
    for (let i = 0; i < 130 && last.statusCode !== 429; i += 1) last = await ask('evil.example', '198.51.100.8');
    expectProblem(last, 429, 'rate_limited');
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('a removed domain stops choosing the segment at once', async () => {
    expect(
      (await admin.put(`/api/v1/segments/${customers}/domains`, { portalDomain: null, helpDomain: null })).statusCode,
    ).toBe(200);
    expect((await on(CUSTOMERS).get('/api/v1/session')).json().branding).toMatchObject({ name: 'Northwind Advisory' });
    expect((await portal.client().get(`/api/v1/tls/ask?domain=${CUSTOMERS}`)).statusCode).toBe(404);
    await on('portico.test').post('/api/v1/auth/password-resets', { email: 'eli.evans@customers.example' });
    const eli = await lastMailTo(portal, 'eli.evans@customers.example', { containing: '#token=' });
    expect(eli!.text_body).toContain('http://portico.test/');
  });
});
