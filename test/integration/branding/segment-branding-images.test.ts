import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';

const image = (width: number, height: number, format: 'png' | 'jpeg' | 'webp' = 'png') =>
  sharp({ create: { width, height, channels: 3, background: '#cc3366' } })
    .toFormat(format)
    .withMetadata({ exif: { IFD0: { Copyright: 'secret-camera-owner' } } })
    .toBuffer();

describe("a segment's logo and favicon", () => {
  let portal: TestPortal;
  let admin: HttpClient;
  let clients: string;
  const put = (client: HttpClient, kind: string, body: Buffer, type = 'image/png') =>
    client.put(`/api/v1/segments/${clients}/branding/${kind}`, body, { 'content-type': type });

  beforeAll(async () => {
    portal = await startPortal();
    admin = await portal.signedIn('admin@northwind.example');
    clients = await idOf(portal.ctx.db, 'segments', 'Clients');
  });
  afterAll(() => portal.close());

  it('stores a re-encoded PNG without metadata and shows it to the segment’s people only', async () => {
    const uploaded = await put(admin, 'logo', await image(1200, 300, 'jpeg'), 'image/jpeg');
    expect(uploaded.statusCode).toBe(200);
    const logoUrl = uploaded.json().logoUrl as string;
    expect(logoUrl).toMatch(new RegExp(`^/branding/segment-logo\\?segment=${clients}&v=\\d+$`));
    const served = await portal.client().get(logoUrl);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    const meta = await sharp(served.rawPayload).metadata();
    expect(meta).toMatchObject({ format: 'png', width: 512, height: 128 });
    expect(meta.exif).toBeUndefined();
    expect(served.rawPayload.includes('secret-camera-owner')).toBe(false);

    const alice = await portal.signedIn('alice@acme.example');
    expect((await alice.get('/api/v1/session')).json().branding.logoUrl).toBe(logoUrl);
    const dana = await portal.signedIn('dana.diaz@customers.example');
    expect((await dana.get('/api/v1/session')).json().branding.logoUrl).toBeNull();
    expect((await admin.get('/api/v1/session')).json().branding.logoUrl).toBeNull();
  });

  it('makes a square favicon', async () => {
    const uploaded = await put(admin, 'favicon', await image(300, 200, 'webp'), 'image/webp');
    expect(uploaded.statusCode).toBe(200);
    const favicon = await portal.client().get(uploaded.json().faviconUrl);
    expect(await sharp(favicon.rawPayload).metadata()).toMatchObject({ format: 'png', width: 64, height: 64 });
    const alice = await portal.signedIn('alice@acme.example');
    const href = (uploaded.json().faviconUrl as string).replaceAll('&', '&#38;');
    const help = (await alice.get('/help')).body;
    expect(help).toContain(`<link rel="icon" href="${href}"`);
  });

  it('refuses hostile files like the firm’s logo, and non-admins', async () => {
    const before = (await admin.get(`/api/v1/segments/${clients}/branding`)).json().logoUrl;
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
    );
    const html = Buffer.from('<!doctype html><script>alert(1)</script>');
    // A PNG signature in front of garbage: sniffing passes, decoding does not.
    const fakePng = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), html]);
    expectProblem(await put(admin, 'logo', svg), 415, 'unsupported_media_type');
    expectProblem(await put(admin, 'logo', html), 415);
    expectProblem(await put(admin, 'logo', fakePng), 415, 'unsupported_media_type');
    expectProblem(await put(admin, 'logo', svg, 'image/svg+xml'), 415);
    expectProblem(await put(admin, 'favicon', Buffer.concat([await image(8, 8), Buffer.alloc(600 * 1024)])), 413);
    expectProblem(await put(admin, 'banner', await image(8, 8)), 404);
    const agent = await portal.signedIn('agent@northwind.example');
    expectProblem(await put(agent, 'logo', await image(8, 8)), 403);
    const alice = await portal.signedIn('alice@acme.example');
    expectProblem(await put(alice, 'logo', await image(8, 8)), 403);
    expect((await admin.get(`/api/v1/segments/${clients}/branding`)).json().logoUrl).toBe(before);
  });

  it('removing the logo takes it off and stops serving it', async () => {
    const { logoUrl, version } = (await admin.get(`/api/v1/segments/${clients}/branding`)).json();
    const removed = await admin.patch(
      `/api/v1/segments/${clients}/branding`,
      { removeLogo: true },
      { 'if-match': String(version) },
    );
    expect(removed.json()).toMatchObject({ logoUrl: null });
    expectProblem(await portal.client().get(logoUrl), 404);
    expectProblem(await portal.client().get('/branding/segment-logo?segment=nothing'), 400);
  });
});
