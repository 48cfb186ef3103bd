// Dark-mode brand colours (issue 14): a segment's chosen dark primary and accent, derived ones where none is chosen,
// the firm's own dark primary, who may set them, and where they show (portal session, help center) or not (email).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { darkVariantOf } from '../../../src/contract/index.ts';
import { idOf, lastMailTo, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';

/** The help center's dark-mode block: what readers with a dark theme get. */
const darkBlockOf = (html: string) => /@media \(prefers-color-scheme:dark\)\{:root\{([^}]*)\}\}/.exec(html)?.[1] ?? '';

describe('dark-mode brand colours', () => {
  let portal: TestPortal;
  let admin: HttpClient;
  let alice: HttpClient;
  let dana: HttpClient;
  let clients: string;
  let customers: string;
  const path = () => `/api/v1/segments/${clients}/branding`;
  const sessionBranding = async (client: HttpClient) => (await client.get('/api/v1/session')).json().branding;

  beforeAll(async () => {
    portal = await startPortal();
    admin = await portal.signedIn('admin@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    dana = await portal.signedIn('dana.diaz@customers.example');
    clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    customers = await idOf(portal.ctx.db, 'segments', 'Customers');
  });
  afterAll(() => portal.close());

  it("derives readable dark colours from the firm's when nothing is chosen", async () => {
    const body = (await admin.get(path())).json();
    expect(body).toMatchObject({
      primaryColorDark: null,
      accentColorDark: null,
      effective: { primaryColor: '#1f5f8b', primaryColorDark: darkVariantOf('#1f5f8b') },
      contrast: { primaryDark: { passesDark: true }, accentDark: { passesDark: true } },
    });
    expect(darkVariantOf('#1f5f8b')).not.toBe('#1f5f8b');
    expect(await sessionBranding(alice)).toMatchObject({ primaryColorDark: darkVariantOf('#1f5f8b') });
  });

  it("derives a segment's dark colours from its own light ones", async () => {
    const saved = await admin.patch(path(), { primaryColor: '#7a1f5c', accentColor: '#0b6e4f' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().effective).toMatchObject({
      primaryColorDark: darkVariantOf('#7a1f5c'),
      accentColorDark: darkVariantOf('#0b6e4f'),
    });
    expect(await sessionBranding(alice)).toMatchObject({
      primaryColor: '#7a1f5c',
      primaryColorDark: darkVariantOf('#7a1f5c'),
    });
  });

  it("uses a segment's chosen dark colours for its people only, in the portal and the help center", async () => {
    const saved = await admin.patch(path(), { primaryColorDark: '#F0A0D0', accentColorDark: '#80e0c0' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      primaryColorDark: '#F0A0D0',
      accentColorDark: '#80e0c0',
      effective: { primaryColor: '#7a1f5c', primaryColorDark: '#F0A0D0', accentColorDark: '#80e0c0' },
      contrast: { primaryDark: { passesDark: true } },
    });
    expect(await sessionBranding(alice)).toMatchObject({
      primaryColor: '#7a1f5c',
      primaryColorDark: '#F0A0D0',
      accentColorDark: '#80e0c0',
    });
    // Another segment's people, the staff console and visitors keep the firm's (derived) dark colour.
    for (const client of [dana, admin, portal.client()])
      expect(await sessionBranding(client)).toMatchObject({ primaryColorDark: darkVariantOf('#1f5f8b') });
    expect((await admin.get(`/api/v1/segments/${customers}/branding`)).json()).toMatchObject({
      primaryColorDark: null,
      version: 1,
    });

    const help = (await alice.get('/help')).body;
    expect(help).toContain('--kb-brand:#7a1f5c');
    expect(darkBlockOf(help)).toContain('--kb-brand:#F0A0D0');
    expect(darkBlockOf(help)).toContain('--kb-link:#F0A0D0');
    expect(darkBlockOf((await dana.get('/help')).body)).toContain(`--kb-brand:${darkVariantOf('#1f5f8b')}`);
  });

  it('keeps emails light: the dark colour is not in them', async () => {
    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    expect((await alice.post(`/api/v1/accounts/${acme}/invitations`, { email: 'dark@acme.example' })).statusCode).toBe(
      201,
    );
    const mail = await lastMailTo(portal, 'dark@acme.example');
    expect(mail?.html_body).toContain('#7a1f5c');
    expect(mail?.html_body).not.toMatch(/#f0a0d0/i);
  });

  it('previews the help center light and dark with unsaved dark colours, saving nothing', async () => {
    const before = (await admin.get(path())).json();
    const preview = await admin.post(`${path()}/preview`, { primaryColorDark: '#ffd400' });
    expect(preview.statusCode).toBe(200);
    const body = preview.json();
    expect(body.effective).toMatchObject({ primaryColor: '#7a1f5c', primaryColorDark: '#ffd400' });
    expect(darkBlockOf(body.helpPage)).toContain('--kb-brand:#ffd400');
    // The dark preview has the dark palette whatever the console's theme.
    expect(body.helpPageDark).toContain(':root{color-scheme:dark;');
    expect(body.helpPageDark).not.toContain('prefers-color-scheme:dark');
    expect(body.helpPageDark).toContain('--kb-brand:#ffd400');
    expect(body.email.html).not.toContain('#ffd400');
    expect((await admin.get(path())).json()).toEqual(before);
  });

  it('makes a chosen dark colour that fails AA readable as link text in the help center', async () => {
    const preview = (await admin.post(`${path()}/preview`, { primaryColorDark: '#202020' })).json();
    expect(darkBlockOf(preview.helpPage)).toContain('--kb-brand:#202020');
    expect(darkBlockOf(preview.helpPage)).toContain(`--kb-link:${darkVariantOf('#202020')}`);
  });

  it('refuses colours that are not #rrggbb with 400 field errors, and anyone but owners and admins', async () => {
    for (const value of ['red', '#12345', '#gggggg', 42, '#1234567', '<b>#fff</b>', ' #ffffff']) {
      for (const field of ['primaryColorDark', 'accentColorDark']) {
        const problem = expectProblem(await admin.patch(path(), { [field]: value }), 400);
        expect(problem.errors?.map((error) => error.path)).toContain(field);
        expectProblem(await admin.post(`${path()}/preview`, { [field]: value }), 400);
      }
    }
    const agent = await portal.signedIn('agent@northwind.example');
    expectProblem(await agent.patch(path(), { primaryColorDark: '#ffffff' }), 403);
    expectProblem(await alice.patch(path(), { primaryColorDark: '#ffffff' }), 403);
    expectProblem(await dana.patch(`/api/v1/segments/${customers}/branding`, { primaryColorDark: '#ffffff' }), 403);
    expectProblem(
      await admin.patch('/api/v1/segments/01900000-0000-7000-8000-000000000000/branding', {
        primaryColorDark: '#ffffff',
      }),
      404,
    );
    const owner = await portal.signedIn('owner@northwind.example');
    expect((await owner.patch(path(), { accentColorDark: '#80e0c1' })).statusCode).toBe(200);
    expect((await admin.get(path())).json()).toMatchObject({ primaryColorDark: '#F0A0D0', accentColorDark: '#80e0c1' });
  });

  it('null gives a dark colour back to the derived one', async () => {
    const cleared = await admin.patch(path(), { primaryColorDark: null, accentColorDark: null });
    expect(cleared.json()).toMatchObject({
      primaryColorDark: null,
      accentColorDark: null,
      effective: { primaryColorDark: darkVariantOf('#7a1f5c'), accentColorDark: darkVariantOf('#0b6e4f') },
    });
    expect(await sessionBranding(alice)).toMatchObject({ primaryColorDark: darkVariantOf('#7a1f5c') });
  });

  it("lets owners and admins choose the firm's dark primary, which segments without their own follow", async () => {
    const settings = (await admin.get('/api/v1/portal-settings')).json();
    expect(settings).toMatchObject({ chosenPrimaryColorDark: null, primaryColorDark: darkVariantOf('#1f5f8b') });
    const saved = await admin.patch(
      '/api/v1/portal-settings',
      { primaryColorDark: '#99ccff' },
      { 'if-match': String(settings.version) },
    );
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ chosenPrimaryColorDark: '#99ccff', primaryColorDark: '#99ccff' });
    expect(await sessionBranding(dana)).toMatchObject({ primaryColorDark: '#99ccff', accentColorDark: '#99ccff' });
    expect(await sessionBranding(admin)).toMatchObject({ primaryColorDark: '#99ccff' });
    // Clients overrides its light primary: its dark one is derived from that, not the firm's.
    expect(await sessionBranding(alice)).toMatchObject({ primaryColorDark: darkVariantOf('#7a1f5c') });

    for (const value of ['blue', '#abc', 7])
      expect(
        expectProblem(await admin.patch('/api/v1/portal-settings', { primaryColorDark: value }), 400).errors?.map(
          (error) => error.path,
        ),
      ).toContain('primaryColorDark');
    const agent = await portal.signedIn('agent@northwind.example');
    expectProblem(await agent.patch('/api/v1/portal-settings', { primaryColorDark: '#ffffff' }), 403);

    const reset = await admin.patch('/api/v1/portal-settings', { primaryColorDark: null });
    expect(reset.json()).toMatchObject({ chosenPrimaryColorDark: null, primaryColorDark: darkVariantOf('#1f5f8b') });
    expect(await sessionBranding(dana)).toMatchObject({ primaryColorDark: darkVariantOf('#1f5f8b') });
  });

  it('audits every dark colour change with the fields changed', async () => {
    const { rows } = await portal.ctx.db.query<{ fields: string[] }>(
      `SELECT details->'fields' AS fields FROM audit_events
        WHERE action = 'segment.branding_updated' AND target_id = $1 ORDER BY occurred_at, id`,
      [clients],
    );
    const changed = rows.flatMap((row) => row.fields);
    expect(changed).toContain('primaryColorDark');
    expect(changed).toContain('accentColorDark');
    const firm = await portal.ctx.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events
        WHERE action = 'settings.updated' AND details->'fields' ? 'primaryColorDark'`,
    );
    expect(firm.rows[0]!.n).toBe(2);
  });
});
