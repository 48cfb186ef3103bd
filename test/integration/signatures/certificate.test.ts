import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { firmP12 } from '../../support/p12.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { envelopeOf, sign, switchSignaturesOn } from './support.ts';

const CERTIFICATE = '/api/v1/signature-certificate';
const PASSPHRASE = 'correct horse battery staple';

/**
 * Replacing the portal's sealing certificate: staff read it, owners and admins (with a recent proof) replace it with
 * the firm's own PKCS#12 or a new self-signed one. A refused file changes nothing; envelopes sealed before still
 * verify, and the next one is sealed with the new certificate.
 */
describe('e-signature: the sealing certificate', { timeout: 120_000 }, () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let acme: string;
  let aliceId: string;

  beforeAll(async () => {
    portal = await startPortal({ SIGNATURES_REMINDER_INTERVAL_SECONDS: '0' });
    owner = await portal.signedIn(portal.demo.staffOwner);
    alice = await portal.signedIn('alice@acme.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    aliceId = await userIdOf(portal.ctx.db, 'alice@acme.example');
    await switchSignaturesOn(portal, owner);
  });
  afterAll(() => portal.close());

  /** An engagement letter to Alice, signed by her: sealed with whatever certificate is current. */
  async function completedEnvelope() {
    const envelopeId = await envelopeOf(owner, acme, aliceId);
    const sent = (await alice.get(`/api/v1/signature-envelopes/${envelopeId}`)).json();
    const signed = await sign(alice, envelopeId, sent.contentSha256, { kind: 'typed', name: 'Alice Archer' });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().status).toBe('completed');
    return envelopeId;
  }
  const verification = async (envelopeId: string) =>
    (await owner.get(`/api/v1/signature-envelopes/${envelopeId}/verification`)).json();
  const upload = (client: HttpClient, p12: Buffer, passphrase = PASSPHRASE) =>
    client.put(CERTIFICATE, { p12: p12.toString('base64'), passphrase });

  it('staff read the self-signed certificate the portal made; only owners and admins may replace it', async () => {
    const agent = await portal.signedIn('agent@northwind.example');
    const read = await agent.get(CERTIFICATE);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({
      selfSigned: true,
      origin: 'generated',
      replacedAt: null,
      abilities: { replace: false, regenerate: false },
    });
    expect(read.json().subject).toMatch(/^CN=.+, O=Portico e-signature$/);
    expect(read.json().sha256Fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect((await owner.get(CERTIFICATE)).json().abilities).toEqual({ replace: true, regenerate: true });
    expectProblem(await agent.put(CERTIFICATE, { p12: 'AAAA', passphrase: '' }), 403, 'forbidden');
    expectProblem(await agent.post(`${CERTIFICATE}/regenerate`), 403, 'forbidden');
    expectProblem(await alice.get(CERTIFICATE), 403);
    expectProblem(await upload(alice, firmP12(PASSPHRASE)), 403);
  });

  it('without a recent proof the change is refused with reauthentication_required', async () => {
    const stale = await portal.signedIn(portal.demo.staffOwner);
    portal.clock.advanceMinutes(portal.ctx.config.session.stepUpMinutes + 1);
    expectProblem(await upload(stale, firmP12(PASSPHRASE)), 403, 'reauthentication_required');
    expectProblem(await stale.post(`${CERTIFICATE}/regenerate`), 403, 'reauthentication_required');
    owner = await portal.signedIn(portal.demo.staffOwner);
  });

  it('refuses files that cannot seal, each with its reason, and changes nothing', async () => {
    const before = (await owner.get(CERTIFICATE)).json();
    const now = portal.ctx.clock.now();
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { p12: Buffer.from('not a certificate at all').toString('base64'), passphrase: PASSPHRASE },
        'p12',
        'not_pkcs12',
      ],
      [{ p12: firmP12(PASSPHRASE, { now }).toString('base64'), passphrase: 'wrong' }, 'passphrase', 'wrong_passphrase'],
      [
        { p12: firmP12(PASSPHRASE, { now, validFor: -1 }).toString('base64'), passphrase: PASSPHRASE },
        'p12',
        'expired',
      ],
      [
        { p12: firmP12(PASSPHRASE, { now, mismatched: true }).toString('base64'), passphrase: PASSPHRASE },
        'p12',
        'no_matching_certificate',
      ],
    ];
    for (const [body, path, code] of cases) {
      const refused = expectProblem(await owner.put(CERTIFICATE, body), 400);
      expect(refused.errors).toEqual([expect.objectContaining({ path, code })]);
    }
    // Wrong shapes: not base64 (HTML), a number, an unknown field, and a file past the 64 KiB limit.
    for (const body of [
      { p12: '<script>alert(1)</script>', passphrase: PASSPHRASE },
      { p12: 12, passphrase: PASSPHRASE },
      { p12: 'AAAA', passphrase: PASSPHRASE, subject: 'CN=Someone else' },
      { p12: 'A'.repeat(90_000), passphrase: PASSPHRASE },
    ])
      expectProblem(await owner.put(CERTIFICATE, body), 400);
    // Past the body limit: 413 before anything reads it.
    expectProblem(await owner.put(CERTIFICATE, { p12: 'A'.repeat(1_100_000), passphrase: '' }), 413);
    expect((await owner.get(CERTIFICATE)).json()).toEqual(before);
  });

  it("the firm's own certificate seals from then on; letters sealed before still verify; audited", async () => {
    const earlier = await completedEnvelope();
    const portalMade = await verification(earlier);
    expect(portalMade).toMatchObject({ valid: true, matchesRecord: true });

    const at = portal.ctx.clock.now().toISOString();
    const replaced = await upload(
      owner,
      firmP12(PASSPHRASE, { now: portal.ctx.clock.now(), commonName: 'Northwind Seal' }),
    );
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.json()).toMatchObject({
      subject: 'CN=Northwind Seal, O=Northwind',
      issuer: 'CN=Test Trust CA, O=Test Trust',
      selfSigned: false,
      origin: 'uploaded',
    });
    expect(replaced.json().replacedAt >= at).toBe(true);
    expect((await owner.get(CERTIFICATE)).json()).toEqual(replaced.json());

    const later = await completedEnvelope();
    expect(await verification(later)).toMatchObject({ valid: true, signer: 'Northwind Seal', matchesRecord: true });
    expect(await verification(earlier)).toEqual(portalMade);

    const audit = (await owner.get('/api/v1/audit-events?action=signature.certificate_replaced')).json();
    expect(audit.items).toEqual([
      expect.objectContaining({
        action: 'signature.certificate_replaced',
        target: expect.objectContaining({ id: replaced.json().sha256Fingerprint, label: replaced.json().subject }),
      }),
    ]);
  });

  it('regenerate: back to a new self-signed certificate made by the portal', async () => {
    const uploaded = (await owner.get(CERTIFICATE)).json();
    const regenerated = await owner.post(`${CERTIFICATE}/regenerate`);
    expect(regenerated.statusCode, regenerated.body).toBe(200);
    expect(regenerated.json()).toMatchObject({ selfSigned: true, origin: 'generated' });
    expect(regenerated.json().sha256Fingerprint).not.toBe(uploaded.sha256Fingerprint);
    const next = await completedEnvelope();
    expect(await verification(next)).toMatchObject({ valid: true, matchesRecord: true });
    expect((await verification(next)).signer).not.toBe('Northwind Seal');
  });
});
