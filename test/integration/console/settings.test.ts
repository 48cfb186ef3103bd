import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, lastMailTo, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';

/** A valid 2x2 RGB PNG: signature, IHDR, IDAT and IEND chunks with their CRCs. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])));
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0); // width
  header.writeUInt32BE(2, 4); // height
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const rows = Buffer.from([0, 255, 0, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255]); // filter byte + 2 pixels, per row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('portal settings and branding', () => {
  let portal: TestPortal;
  let admin: HttpClient;
  let agent: HttpClient;
  const settings = async () => (await admin.get('/api/v1/portal-settings')).json();

  beforeAll(async () => {
    portal = await startPortal();
    admin = await portal.signedIn('admin@northwind.example');
    agent = await portal.signedIn('agent@northwind.example');
  });
  afterAll(() => portal.close());

  it('serves the branding to anyone', async () => {
    const response = await portal.client().get('/api/v1/branding');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ name: 'Northwind Advisory', primaryColor: '#1f5f8b', logoUrl: null });
  });

  it('an admin’s change shows in the branding every page loads', async () => {
    const { version } = await settings();
    const updated = await admin.patch(
      '/api/v1/portal-settings',
      { name: 'Northwind Portal', primaryColor: '#aa3300' },
      { 'if-match': String(version) },
    );
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({
      name: 'Northwind Portal',
      primaryColor: '#aa3300',
      version: version + 1,
      abilities: { update: true },
    });
    const session = (await portal.client().get('/api/v1/session')).json();
    expect(session.branding).toMatchObject({ name: 'Northwind Portal', primaryColor: '#aa3300', logoUrl: null });
    expectProblem(await admin.patch('/api/v1/portal-settings', { primaryColor: 'red' }), 400);
  });

  it('agents may read but not change settings', async () => {
    expect((await agent.get('/api/v1/portal-settings')).json().abilities).toEqual({ update: false });
    expectProblem(await agent.patch('/api/v1/portal-settings', { name: 'Agent Portal' }), 403, 'forbidden');
    expectProblem(await (await portal.signedIn('alice@acme.example')).get('/api/v1/portal-settings'), 403);
    expect((await settings()).name).toBe('Northwind Portal');
  });

  it('a stale If-Match is a 409 that changes nothing', async () => {
    const { version } = await settings();
    expectProblem(
      await admin.patch('/api/v1/portal-settings', { name: 'Stale Portal' }, { 'if-match': String(version - 1) }),
      409,
      'stale_version',
    );
    expect(await settings()).toMatchObject({ name: 'Northwind Portal', version });
  });

  it('HTML in the portal name is returned as data and escaped in emails', async () => {
    const name = '<script>alert("pwned")</script> Portal';
    expect((await admin.patch('/api/v1/portal-settings', { name })).json().name).toBe(name);
    const branding = await portal.client().get('/api/v1/branding');
    expect(branding.headers['content-type']).toMatch(/^application\/json/);
    expect(branding.json().name).toBe(name);
    const alice = await portal.signedIn('alice@acme.example');
    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    expect(
      (await alice.post(`/api/v1/accounts/${acme}/invitations`, { email: 'escaped@acme.example' })).statusCode,
    ).toBe(201);
    const mail = await lastMailTo(portal, 'escaped@acme.example');
    expect(mail?.html_body).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; Portal');
    expect(mail?.html_body).not.toContain('<script');
    // The plain-text part carries the name as it is.
    expect(mail?.text_body).toContain(name);
  });

  it('uploads a PNG logo and serves it as image/png with nosniff', async () => {
    const png = tinyPng();
    const uploaded = await admin.put('/api/v1/portal-settings/logo', png, { 'content-type': 'image/png' });
    expect(uploaded.statusCode).toBe(200);
    const logoUrl = uploaded.json().logoUrl as string;
    expect(logoUrl).toMatch(/^\/branding\/logo\?v=\d+$/);
    expect((await portal.client().get('/api/v1/branding')).json().logoUrl).toBe(logoUrl);
    const logo = await portal.client().get(logoUrl);
    expect(logo.statusCode).toBe(200);
    expect(logo.headers['content-type']).toBe('image/png');
    expect(logo.headers['x-content-type-options']).toBe('nosniff');
    expect(logo.rawPayload.equals(png)).toBe(true);
  });

  it('refuses logos that are not what they claim, too large, or from non-admins', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
    );
    const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
    expectProblem(
      await admin.put('/api/v1/portal-settings/logo', svg, { 'content-type': 'image/png' }),
      415,
      'unsupported_media_type',
    );
    expectProblem(await admin.put('/api/v1/portal-settings/logo', html, { 'content-type': 'image/png' }), 415);
    expectProblem(await admin.put('/api/v1/portal-settings/logo', svg, { 'content-type': 'image/svg+xml' }), 415);
    const large = Buffer.concat([tinyPng(), Buffer.alloc(600 * 1024)]);
    expectProblem(
      await admin.put('/api/v1/portal-settings/logo', large, { 'content-type': 'image/png' }),
      413,
      'payload_too_large',
    );
    expectProblem(await agent.put('/api/v1/portal-settings/logo', tinyPng(), { 'content-type': 'image/png' }), 403);
    // The PNG uploaded before is still the logo.
    const logo = await portal.client().get('/branding/logo');
    expect(logo.headers['content-type']).toBe('image/png');
    expect(logo.rawPayload.equals(tinyPng())).toBe(true);
  });

  it('removing the logo takes it off the branding', async () => {
    expect((await admin.patch('/api/v1/portal-settings', { removeLogo: true })).json().logoUrl).toBeNull();
    expectProblem(await portal.client().get('/branding/logo'), 404);
    expect((await portal.client().get('/api/v1/branding')).json().logoUrl).toBeNull();
  });
});
