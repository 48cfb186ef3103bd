import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { timeline } from '../obligations/helpers.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { envelopeOf, sign, switchSignaturesOn, WITH_SIGNATURES } from './support.ts';

describe('e-signature: scope, module switch and the obligations timeline', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let bianca: HttpClient;
  let acme: string;
  let aliceId: string;
  let envelopeId: string;

  beforeAll(async () => {
    portal = await startPortal({ SIGNATURES_REMINDER_INTERVAL_SECONDS: '0' });
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    bianca = await portal.signedIn('bianca@blueharbor.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    aliceId = await userIdOf(portal.ctx.db, 'alice@acme.example');
    await switchSignaturesOn(portal, owner);
    envelopeId = await envelopeOf(owner, acme, aliceId);
  });
  afterAll(() => portal.close());

  it('another account reads as missing (404), the same as a random id', async () => {
    for (const path of ['', '/document.pdf', '/signed.pdf', '/verification']) {
      const foreign = expectProblem(await bianca.get(`/api/v1/signature-envelopes/${envelopeId}${path}`), 404);
      expect(foreign.code).toBe('not_found');
    }
    const envelope = (await owner.get(`/api/v1/signature-envelopes/${envelopeId}`)).json();
    expectProblem(await sign(bianca, envelopeId, envelope.contentSha256), 404);
    expectProblem(await bianca.get(`/api/v1/accounts/${acme}/signature-envelopes`), 404);
    expect((await bianca.get('/api/v1/signature-envelopes')).json().items).toEqual([]);
  });

  it('an open envelope waits on the client on the timeline, and not on the firm side', async () => {
    expect(await timeline(alice, acme, 'client')).toContainEqual(
      expect.objectContaining({
        id: envelopeId,
        module: 'signatures',
        kind: 'signature',
        side: 'client',
        owner: { id: aliceId, name: 'Alice Archer' },
        link: `/signatures/${envelopeId}`,
      }),
    );
    expect((await timeline(owner, acme, 'firm')).some((item) => item.id === envelopeId)).toBe(false);
  });

  it('with the module off: people get 403 module_disabled, staff may read but not send', async () => {
    await switchSignaturesOn(
      portal,
      owner,
      WITH_SIGNATURES.filter((module) => module !== 'signatures'),
    );
    const offAlice = await portal.signedIn('alice@acme.example');
    expectProblem(await offAlice.get(`/api/v1/signature-envelopes/${envelopeId}`), 403, 'module_disabled');
    expectProblem(await offAlice.get('/api/v1/signature-envelopes'), 403, 'module_disabled');
    expectProblem(await sign(offAlice, envelopeId, '0'.repeat(64)), 403, 'module_disabled');
    expect((await owner.get(`/api/v1/signature-envelopes/${envelopeId}`)).statusCode).toBe(200);
    expectProblem(
      await owner.post(`/api/v1/accounts/${acme}/signature-envelopes`, {
        title: 'Off',
        source: { kind: 'template', fees: { amount: 1, currency: 'EUR' }, date: '2027-01-01' },
        signerIds: [aliceId],
      }),
      403,
      'module_disabled',
    );
    expectProblem(
      await owner.post(`/api/v1/signature-envelopes/${envelopeId}/void`, { reason: 'x' }),
      403,
      'module_disabled',
    );
    // The timeline leaves the module out.
    expect((await timeline(offAlice, acme, 'client')).some((item) => item.id === envelopeId)).toBe(false);
  });
});
