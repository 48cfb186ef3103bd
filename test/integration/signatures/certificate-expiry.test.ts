import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCertificateExpiryCheck } from '../../../src/server/modules/signatures/certificate-expiry.ts';
import { runSignatureSweep } from '../../../src/server/modules/signatures/index.ts';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { firmP12 } from '../../support/p12.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { envelopeOf, sign, switchSignaturesOn } from './support.ts';

const CERTIFICATE = '/api/v1/signature-certificate';
const PASSPHRASE = 'correct horse battery staple';
const DAY_MINUTES = 24 * 60;
const OWNER = 'owner@northwind.example';
const ADMIN = 'admin@northwind.example';
const AGENT = 'agent@northwind.example';

/**
 * Issue 13: the signing certificate's expiry. The daily check mails every owner and admin, in their language, once
 * when 30 days are left and once at 7 (a rerun or a concurrent run sends nothing more); a fresh or replaced
 * certificate gets no warning; an expired one refuses new envelopes (409) and seals nothing until it is replaced,
 * after which the waiting envelope completes.
 */
describe('e-signature: the signing certificate expires', { timeout: 180_000 }, () => {
  let portal: TestPortal;
  let acme: string;
  let aliceId: string;

  beforeAll(async () => {
    portal = await startPortal({ SIGNATURES_REMINDER_INTERVAL_SECONDS: '0' });
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    aliceId = await userIdOf(portal.ctx.db, 'alice@acme.example');
    await switchSignaturesOn(portal, await portal.signedIn(OWNER));
    // The admin reads German: the warning comes in each person's language.
    await portal.ctx.db.query("UPDATE users SET locale = 'de' WHERE email = $1", [ADMIN]);
  });
  afterAll(() => portal.close());

  const days = (n: number) => portal.clock.advanceMinutes(n * DAY_MINUTES);
  // Sessions end after a while of the moved clock: a fresh sign-in (also a recent proof for the replacement).
  const owner = () => portal.signedIn(OWNER);
  /** The expiry warnings each address was sent so far (all of them link to the certificate page). */
  async function warnings(to: string) {
    await portal.ctx.background.idle();
    const { rows } = await portal.ctx.db.query<{ subject: string; text_body: string }>(
      `SELECT subject, text_body FROM mail_messages WHERE to_address = $1
          AND strpos(text_body, '/console/signatures/certificate') > 0 ORDER BY created_at, id`,
      [to],
    );
    return rows;
  }
  const upload = async (client: HttpClient, validFor: number, commonName = 'Northwind Seal') => {
    const p12 = firmP12(PASSPHRASE, { now: portal.ctx.clock.now(), validFor, commonName });
    const response = await client.put(CERTIFICATE, { p12: p12.toString('base64'), passphrase: PASSPHRASE });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  /** Two checks at the same moment, as two processes would run them. */
  const checkTwiceAtOnce = () =>
    Promise.all([runCertificateExpiryCheck(portal.ctx), runCertificateExpiryCheck(portal.ctx)]);

  it('a fresh certificate: nothing is mailed, and it reads valid', async () => {
    const client = await owner();
    const fresh = (await client.get(CERTIFICATE)).json();
    expect(fresh).toMatchObject({ expiry: 'valid', selfSigned: true });
    expect(fresh.daysLeft).toBeGreaterThan(3000);
    expect(await checkTwiceAtOnce()).toEqual([null, null]);
    expect(await warnings(OWNER)).toEqual([]);
  });

  it('30 days before: each owner and admin is warned once, in their language, however often it runs', async () => {
    const client = await owner();
    await upload(client, 40);
    expect(await runCertificateExpiryCheck(portal.ctx)).toBeNull();
    days(11);
    expect((await checkTwiceAtOnce()).sort()).toEqual([30, null]);
    expect(await runCertificateExpiryCheck(portal.ctx)).toBeNull();
    const toOwner = await warnings(OWNER);
    expect(toOwner).toHaveLength(1);
    expect(toOwner[0]!.subject).toMatch(/^The signing certificate of Northwind Advisory expires on \d{4}-\d{2}-\d{2}$/);
    expect(toOwner[0]!.text_body).toContain('CN=Northwind Seal, O=Northwind');
    expect(toOwner[0]!.text_body).toContain('in 29 days');
    expect(toOwner[0]!.text_body).toMatch(/Replace it with your firm’s renewed certificate/);
    const toAdmin = await warnings(ADMIN);
    expect(toAdmin).toHaveLength(1);
    expect(toAdmin[0]!.subject).toMatch(/^Das Signaturzertifikat von Northwind Advisory läuft am .+ ab$/);
    expect(toAdmin[0]!.text_body).toContain('in 29 Tagen');
    // Agents are not told (they cannot replace it).
    expect(await warnings(AGENT)).toEqual([]);

    const seen = (await (await portal.signedIn(AGENT)).get(CERTIFICATE)).json();
    expect(seen).toMatchObject({ expiry: 'expiring', daysLeft: 29, abilities: { replace: false } });
  });

  it('7 days before: a second warning, again once', async () => {
    days(22);
    expect((await checkTwiceAtOnce()).sort()).toEqual([7, null]);
    days(1);
    expect(await runCertificateExpiryCheck(portal.ctx)).toBeNull();
    expect((await warnings(OWNER)).map((mail) => mail.text_body.match(/in (\d+) days?/)?.[1])).toEqual(['29', '7']);
    expect(await warnings(ADMIN)).toHaveLength(2);
  });

  let waiting: string;

  it('expired: sending is refused with 409, and a letter signed now waits, its signature kept', async () => {
    waiting = await envelopeOf(await owner(), acme, aliceId);
    days(7);
    const client = await owner();
    const status = (await client.get(CERTIFICATE)).json();
    expect(status.expiry).toBe('expired');
    expect(status.daysLeft).toBeLessThanOrEqual(0);

    const refused = expectProblem(
      await client.post(`/api/v1/accounts/${acme}/signature-envelopes`, {
        title: 'Engagement letter',
        source: { kind: 'template', fees: { amount: 100000, currency: 'EUR' }, date: '2027-01-01' },
        signerIds: [aliceId],
      }),
      409,
      'signing_certificate_expired',
    );
    expect(refused.detail).toMatch(/expired on \d{4}-\d{2}-\d{2}.*replace it/i);

    // Alice signs the letter sent before: her signature is recorded, nothing is sealed with the expired certificate.
    const alice = await portal.signedIn('alice@acme.example');
    const sent = (await alice.get(`/api/v1/signature-envelopes/${waiting}`)).json();
    const signed = await sign(alice, waiting, sent.contentSha256, { kind: 'typed', name: 'Alice Archer' });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().status).toBe('sent');
    expect(signed.json().signers[0]).toMatchObject({ signedAt: expect.any(String) });
    // The sweep leaves it waiting too (and goes on with its other work), and no more warnings are mailed.
    await runSignatureSweep(portal.ctx);
    expect((await alice.get(`/api/v1/signature-envelopes/${waiting}`)).json().status).toBe('sent');
    expectProblem(await alice.get(`/api/v1/signature-envelopes/${waiting}/signed.pdf`), 409);
    expect(await runCertificateExpiryCheck(portal.ctx)).toBeNull();
    expect(await warnings(OWNER)).toHaveLength(2);
  });

  it('replaced: the waiting letter is sealed with the new certificate and sending works again', async () => {
    const client = await owner();
    const replaced = await upload(client, 365, 'Northwind Seal 2027');
    expect(replaced).toMatchObject({ expiry: 'valid', daysLeft: 365 });
    await runSignatureSweep(portal.ctx);
    const completed = (await client.get(`/api/v1/signature-envelopes/${waiting}`)).json();
    expect(completed.status).toBe('completed');
    const verification = (await client.get(`/api/v1/signature-envelopes/${waiting}/verification`)).json();
    expect(verification).toMatchObject({ valid: true, signer: 'Northwind Seal 2027', matchesRecord: true });
    await envelopeOf(client, acme, aliceId);
  });

  it('a certificate replaced after its warning gets no more warnings; its successor starts afresh', async () => {
    const client = await owner();
    await upload(client, 20, 'Short-lived Seal');
    expect(await runCertificateExpiryCheck(portal.ctx)).toBe(30);
    await upload(await owner(), 400, 'Long-lived Seal');
    // Where the old one would now be 6 days from its end: nothing for it, nothing for the new one either.
    days(14);
    expect(await checkTwiceAtOnce()).toEqual([null, null]);
    expect(await warnings(OWNER)).toHaveLength(3);
    const notices = await portal.ctx.db.query<{ threshold_days: number }>(
      'SELECT threshold_days FROM signature_certificate_expiry_notices ORDER BY sent_at',
    );
    expect(notices.rows.map((row) => row.threshold_days)).toEqual([30, 7, 30]);
  });
});
