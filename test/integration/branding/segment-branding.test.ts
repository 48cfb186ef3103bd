import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, lastMailTo, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';

describe('branding per segment', () => {
  let portal: TestPortal;
  let admin: HttpClient;
  let clients: string;
  let customers: string;
  const path = () => `/api/v1/segments/${clients}/branding`;
  const sessionBranding = async (client: HttpClient) => (await client.get('/api/v1/session')).json().branding;

  beforeAll(async () => {
    portal = await startPortal();
    admin = await portal.signedIn('admin@northwind.example');
    clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    customers = await idOf(portal.ctx.db, 'segments', 'Customers');
  });
  afterAll(() => portal.close());

  it("starts with the firm's own branding and nothing overridden", async () => {
    const response = await admin.get(path());
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      segmentId: clients,
      name: null,
      primaryColor: null,
      logoUrl: null,
      version: 1,
      effective: { name: 'Northwind Advisory', primaryColor: '#1f5f8b' },
      abilities: { update: true },
    });
  });

  it("shows a segment's branding to its people only; other segments, staff and visitors keep theirs", async () => {
    const saved = await admin.patch(
      path(),
      {
        name: 'Acme Client Space',
        primaryColor: '#7a1f5c',
        accentColor: '#0b6e4f',
        supportEmail: 'Clients@Northwind.example',
        termsUrl: 'https://northwind.example/terms',
        privacyUrl: 'https://northwind.example/privacy',
        helpTitle: 'Client guides',
      },
      { 'if-match': '1' },
    );
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      version: 2,
      supportEmail: 'clients@northwind.example',
      effective: { name: 'Acme Client Space', primaryColor: '#7a1f5c', helpHeaderColor: '#7a1f5c' },
      contrast: { primary: { passesLight: true } },
    });

    const alice = await portal.signedIn('alice@acme.example');
    expect(await sessionBranding(alice)).toMatchObject({
      name: 'Acme Client Space',
      primaryColor: '#7a1f5c',
      accentColor: '#0b6e4f',
      termsUrl: 'https://northwind.example/terms',
    });
    const dana = await portal.signedIn('dana.diaz@customers.example');
    expect(await sessionBranding(dana)).toMatchObject({ name: 'Northwind Advisory', primaryColor: '#1f5f8b' });
    // The staff console keeps the firm's branding.
    expect(await sessionBranding(admin)).toMatchObject({ name: 'Northwind Advisory', primaryColor: '#1f5f8b' });
    expect(await sessionBranding(portal.client())).toMatchObject({ name: 'Northwind Advisory' });

    const aliceHelp = await alice.get('/help');
    expect(aliceHelp.body).toContain('Acme Client Space');
    expect(aliceHelp.body).toContain('Client guides');
    expect(aliceHelp.body).toContain('--kb-brand:#7a1f5c');
    expect(aliceHelp.body).toContain('href="https://northwind.example/privacy"');
    const danaHelp = await dana.get('/help');
    expect(danaHelp.body).not.toContain('Acme Client Space');
    expect(danaHelp.body).toContain('--kb-brand:#1f5f8b');
  });

  it("brands the emails of the segment's accounts, and only theirs", async () => {
    const alice = await portal.signedIn('alice@acme.example');
    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    expect((await alice.post(`/api/v1/accounts/${acme}/invitations`, { email: 'new@acme.example' })).statusCode).toBe(
      201,
    );
    const invitation = await lastMailTo(portal, 'new@acme.example');
    expect(invitation?.html_body).toContain('Acme Client Space');
    expect(invitation?.html_body).toContain('border-top:4px solid #7a1f5c');
    expect(invitation?.html_body).toContain('href="https://northwind.example/terms"');
    expect(invitation?.text_body).toContain('clients@northwind.example');

    for (const email of ['alice@acme.example', 'dana.diaz@customers.example']) {
      expect((await portal.client().post('/api/v1/auth/password-resets', { email })).statusCode).toBeLessThan(300);
    }
    expect((await lastMailTo(portal, 'alice@acme.example', { containing: '#token=' }))?.html_body).toContain(
      'Acme Client Space',
    );
    const danaMail = await lastMailTo(portal, 'dana.diaz@customers.example', { containing: '#token=' });
    expect(danaMail?.html_body).toContain('Northwind Advisory');
    expect(danaMail?.html_body).not.toContain('Acme Client Space');
  });

  it('previews unsaved values without saving them', async () => {
    const before = (await admin.get(path())).json();
    const preview = await admin.post(`${path()}/preview`, { name: 'Preview <b>Name</b>', primaryColor: '#225522' });
    expect(preview.statusCode).toBe(200);
    const body = preview.json();
    expect(body.effective).toMatchObject({
      name: 'Preview <b>Name</b>',
      primaryColor: '#225522',
      accentColor: '#0b6e4f',
    });
    expect(body.email.html).toContain('Preview &lt;b&gt;Name&lt;/b&gt;');
    expect(body.email.html).toContain('#225522');
    expect(body.helpPage).toContain('--kb-brand:#225522');
    expect(body.helpPage).not.toContain('<b>Name</b>');
    expect((await admin.get(path())).json()).toEqual(before);
  });

  it('previews the help page and the email in the segment’s default language', async () => {
    expect((await admin.patch(`/api/v1/segments/${clients}`, { defaultLanguage: 'de' })).statusCode).toBe(200);
    try {
      const body = (await admin.post(`${path()}/preview`, {})).json();
      expect(body.helpPage).toContain('<html lang="de" dir="ltr">');
      expect(body.helpPage).toContain('Wie können wir helfen?');
      expect(body.helpPage).toContain('Erste Schritte');
      expect(body.helpPage).not.toContain('Getting started');
      expect(body.email.subject).toMatch(/Rechnung/);
    } finally {
      await admin.patch(`/api/v1/segments/${clients}`, { defaultLanguage: null });
    }
  });

  it('refuses bad colours and values with 400, stale versions with 409, and non-admins', async () => {
    for (const body of [
      { primaryColor: 'red' },
      { accentColor: '#12345' },
      { helpHeaderColor: '#gggggg' },
      { primaryColor: 42 },
      { name: '' },
      { name: 'x'.repeat(81) },
      { termsUrl: 'javascript:alert(1)' },
      { privacyUrl: 'https://example.com/"><script>' },
      { supportEmail: 'not an address' },
      { logoKey: 'branding/../../etc/passwd' },
    ]) {
      expectProblem(await admin.patch(path(), body), 400);
      expectProblem(await admin.post(`${path()}/preview`, body), 400);
    }
    expectProblem(await admin.patch(path(), { name: 'Stale' }, { 'if-match': '1' }), 409, 'stale_version');
    const agent = await portal.signedIn('agent@northwind.example');
    expect((await agent.get(path())).json().abilities).toEqual({ update: false });
    expectProblem(await agent.patch(path(), { name: 'Agent made' }), 403);
    const alice = await portal.signedIn('alice@acme.example');
    expectProblem(await alice.get(path()), 403);
    expectProblem(await alice.patch(path(), { name: 'Mine now' }), 403);
    expectProblem(await admin.get('/api/v1/segments/01900000-0000-7000-8000-000000000000/branding'), 404);
    expect((await admin.get(path())).json()).toMatchObject({ name: 'Acme Client Space', version: 2 });
  });

  it("null gives a field back to the firm's value; other segments are untouched", async () => {
    const reset = await admin.patch(path(), { name: null, primaryColor: null });
    expect(reset.json()).toMatchObject({
      name: null,
      effective: { name: 'Northwind Advisory', primaryColor: '#1f5f8b', accentColor: '#0b6e4f' },
    });
    expect((await admin.get(`/api/v1/segments/${customers}/branding`)).json()).toMatchObject({
      version: 1,
      name: null,
    });
  });

  it('records every change in the audit log', async () => {
    const { rows } = await portal.ctx.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'segment.branding_updated' AND target_id = $1",
      [clients],
    );
    expect(rows[0]!.n).toBeGreaterThanOrEqual(2);
  });
});
