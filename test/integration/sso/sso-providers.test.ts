import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { CLIENT_SECRET } from './helpers.ts';

/** Managing providers: validation, one staff provider, JIT accounts of the segment only, versions, secrets kept. */
describe('single sign-on providers in the console', { timeout: 120_000 }, () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let clients: string;
  let customers: string;
  let acme: string;
  const base = (extra: Record<string, unknown>) => ({
    name: 'Provider',
    issuer: 'https://login.example.com/tenant',
    clientId: 'portico',
    clientSecret: CLIENT_SECRET,
    allowedDomains: ['acme.example'],
    ...extra,
  });

  beforeAll(async () => {
    portal = await startPortal();
    owner = await portal.signedIn(portal.demo.staffOwner);
    clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    customers = await idOf(portal.ctx.db, 'segments', 'Customers');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
  }, 120_000);
  afterAll(() => portal?.close());

  it('refuses bad input with field errors, and a second staff provider with 409', async () => {
    expectProblem(await owner.post('/api/v1/sso/providers', base({ audience: 'segment', issuer: 'not a url' })), 400);
    expectProblem(await owner.post('/api/v1/sso/providers', base({ audience: 'segment' })), 400, 'validation_failed');
    expectProblem(
      await owner.post('/api/v1/sso/providers', base({ audience: 'segment', segmentId: clients, allowedDomains: [] })),
      400,
    );
    // JIT into an account of another segment, or for a domain the provider does not allow.
    const foreign = await owner.post(
      '/api/v1/sso/providers',
      base({
        audience: 'segment',
        segmentId: customers,
        jitAccounts: [{ domain: 'acme.example', accountId: acme, role: 'member' }],
      }),
    );
    expect(expectProblem(foreign, 400).errors?.[0]?.path).toBe('jitAccounts.0.accountId');
    const otherDomain = await owner.post(
      '/api/v1/sso/providers',
      base({
        audience: 'segment',
        segmentId: clients,
        jitAccounts: [{ domain: 'else.example', accountId: acme, role: 'member' }],
      }),
    );
    expect(expectProblem(otherDomain, 400).errors?.[0]?.path).toBe('jitAccounts.0.domain');
    expectProblem(
      await owner.post(
        '/api/v1/sso/providers',
        base({ audience: 'staff', jitAccounts: [{ domain: 'acme.example', accountId: acme, role: 'member' }] }),
      ),
      400,
    );
    expect((await owner.post('/api/v1/sso/providers', base({ audience: 'staff', name: 'Staff' }))).statusCode).toBe(
      201,
    );
    expectProblem(
      await owner.post('/api/v1/sso/providers', base({ audience: 'staff', name: 'Staff 2' })),
      409,
      'staff_provider_exists',
    );
  });

  it('an edit without a secret keeps it; a stale version gets 409; the secret is never in an answer or the audit', async () => {
    const created = await owner.post('/api/v1/sso/providers', base({ audience: 'segment', segmentId: clients }));
    expect(created.statusCode).toBe(201);
    const { id, version } = created.json();
    const sealedBefore = (
      await portal.ctx.db.query<{ s: string }>('SELECT client_secret_sealed AS s FROM sso_providers WHERE id = $1', [
        id,
      ])
    ).rows[0]!.s;
    const renamed = await owner.patch(`/api/v1/sso/providers/${id}`, { name: 'Renamed', version });
    expect(renamed.json()).toMatchObject({ name: 'Renamed', clientSecretSet: true, version: version + 1 });
    const sealedAfter = (
      await portal.ctx.db.query<{ s: string }>('SELECT client_secret_sealed AS s FROM sso_providers WHERE id = $1', [
        id,
      ])
    ).rows[0]!.s;
    expect(sealedAfter).toBe(sealedBefore);
    expect(portal.ctx.secretBox.open(sealedAfter)).toBe(CLIENT_SECRET);
    expectProblem(await owner.patch(`/api/v1/sso/providers/${id}`, { name: 'Late', version }), 409, 'stale_version');
    const rotated = await owner.patch(`/api/v1/sso/providers/${id}`, {
      clientSecret: 'a-new-secret-0123456789',
      version: version + 1,
    });
    expect(rotated.statusCode).toBe(200);
    expect(rotated.body).not.toContain('a-new-secret');
    const audit = await owner.get('/api/v1/audit-events?limit=200');
    expect(audit.body).not.toContain(CLIENT_SECRET);
    expect(audit.body).not.toContain('a-new-secret');
    // Discovery against an issuer that does not answer reports the failure, without a 500.
    const tested = await owner.post(`/api/v1/sso/providers/${id}/test`);
    expect(tested.statusCode).toBe(200);
    expect(tested.json().ok).toBe(false);
    expect((await owner.delete(`/api/v1/sso/providers/${id}`)).statusCode).toBe(200);
    expectProblem(await owner.get(`/api/v1/sso/providers/${id}`), 404);
  });
});
