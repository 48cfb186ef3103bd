import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySealedPdf } from '../../../src/server/modules/signatures/pdf/seal.ts';
import { idOf, lastMailTo, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { pdfText } from '../../support/pdf-text.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { DRAWN, makePdf, sendEnvelope, sign, switchSignaturesOn, uploadPdf } from './support.ts';
import { createHash } from 'node:crypto';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('e-signature through the API', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let adam: HttpClient;
  let acme: string;
  let aliceId: string;
  let adamId: string;
  let ownerId: string;
  let pdf: Buffer;
  let documentId: string;

  beforeAll(async () => {
    portal = await startPortal({ SIGNATURES_REMINDER_INTERVAL_SECONDS: '0' });
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    adam = await portal.signedIn('adam@acme.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    aliceId = await userIdOf(portal.ctx.db, 'alice@acme.example');
    adamId = await userIdOf(portal.ctx.db, 'adam@acme.example');
    ownerId = await userIdOf(portal.ctx.db, 'owner@northwind.example');
    await switchSignaturesOn(portal, owner);
    pdf = await makePdf(2);
    documentId = await uploadPdf(owner, acme, 'Engagement.pdf', pdf);
  });
  afterAll(() => portal.close());

  it('sequential: the client signs (drawn), staff countersign (typed); the sealed copy is filed and mailed', async () => {
    const sent = await sendEnvelope(owner, acme, {
      title: 'Engagement letter 2027',
      message: 'Please sign',
      source: { kind: 'document', documentId },
      signerIds: [aliceId, ownerId],
      mode: 'sequential',
      fields: [
        { signer: 0, kind: 'signature', page: 2, x: 0.1, y: 0.7, width: 0.3, height: 0.06 },
        { signer: 0, kind: 'text', page: 2, x: 0.1, y: 0.8, width: 0.3, height: 0.04, label: 'Job title' },
        { signer: 1, kind: 'signature', page: 2, x: 0.55, y: 0.7, width: 0.3, height: 0.06 },
        { signer: 1, kind: 'date', page: 2, x: 0.55, y: 0.8, width: 0.2, height: 0.04 },
      ],
    });
    expect(sent).toMatchObject({
      status: 'sent',
      contentSha256: sha256(pdf),
      pageCount: 2,
      signers: [
        { userId: aliceId, side: 'client', awaiting: true, status: 'waiting' },
        { userId: ownerId, side: 'firm', awaiting: false },
      ],
      abilities: { sign: false, void: true, remind: true, download: false },
    });
    expect(
      (await lastMailTo(portal, 'alice@acme.example', { containing: 'Engagement letter 2027' }))?.subject,
    ).toContain('please sign');
    // Alice sees it waiting on her; Adam (same account) sees it but may not sign; the owner must wait his turn.
    const waiting = (await alice.get('/api/v1/signature-envelopes?waitingOn=me')).json().items;
    expect(waiting.map((e: { id: string }) => e.id)).toEqual([sent.id]);
    expect(waiting[0].abilities).toMatchObject({ sign: true, decline: true, void: false });
    expectProblem(await sign(adam, sent.id, sent.contentSha256), 403, 'not_a_signer');
    expectProblem(await sign(owner, sent.id, sent.contentSha256), 409, 'not_your_turn');

    // She views the PDF (recorded), then signs the exact bytes she saw.
    const viewed = await alice.get(`/api/v1/signature-envelopes/${sent.id}/document.pdf`);
    expect(viewed.statusCode).toBe(200);
    expect(viewed.headers['content-security-policy']).toContain('sandbox');
    expect(sha256(viewed.rawPayload)).toBe(sent.contentSha256);
    const textField = sent.fields.find((f: { kind: string }) => f.kind === 'text').id as string;
    expectProblem(await sign(alice, sent.id, sent.contentSha256, { kind: 'drawn', image: DRAWN }), 400);
    expectProblem(
      await sign(alice, sent.id, '0'.repeat(64), { kind: 'drawn', image: DRAWN }, { values: { [textField]: 'CEO' } }),
      409,
      'content_changed',
    );
    expectProblem(await sign(alice, sent.id, sent.contentSha256, { kind: 'typed', name: '<b>Alice</b>' }), 400);
    const first = await sign(
      alice,
      sent.id,
      sent.contentSha256,
      { kind: 'drawn', image: DRAWN },
      {
        values: { [textField]: 'Chief executive' },
      },
    );
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().signers[0]).toMatchObject({ status: 'signed', awaiting: false });
    expect(first.json().signers[1]).toMatchObject({ awaiting: true });
    expectProblem(await sign(alice, sent.id, sent.contentSha256), 409, 'already_signed');
    expect(
      await lastMailTo(portal, 'owner@northwind.example', { containing: 'Engagement letter 2027' }),
    ).not.toBeNull();

    const done = await sign(owner, sent.id, sent.contentSha256, { kind: 'typed', name: 'Olivia Owner' });
    expect(done.statusCode, done.body).toBe(200);
    const completed = done.json();
    expect(completed).toMatchObject({ status: 'completed', abilities: { download: true, void: false } });
    expect(completed.events.map((e: { kind: string }) => e.kind)).toEqual([
      'sent',
      'viewed',
      'signed',
      'signed',
      'completed',
    ]);
    // Staff see where each event came from; the client does not.
    expect(completed.events[2]).toMatchObject({ ip: '127.0.0.1' });
    expect((await alice.get(`/api/v1/signature-envelopes/${sent.id}`)).json().events[2].ip).toBeNull();

    // The signed copy: the signatures and values flattened in, the certificate page appended, sealed.
    const signed = await alice.get(`/api/v1/signature-envelopes/${sent.id}/signed.pdf`);
    expect(signed.statusCode).toBe(200);
    expect(sha256(signed.rawPayload)).toBe(completed.completedSha256);
    const text = await pdfText(signed.rawPayload);
    expect(text).toContain('Chief executive');
    expect(text).toContain('Olivia Owner');
    expect(text).toContain('Certificate of completion');
    expect(text).toContain(sent.contentSha256);
    expect(text).toContain('alice@acme.example');
    expect(text).toContain('127.0.0.1');
    expect(verifySealedPdf(signed.rawPayload)).toMatchObject({ valid: true });
    expect((await owner.get(`/api/v1/signature-envelopes/${sent.id}/verification`)).json()).toMatchObject({
      valid: true,
      matchesRecord: true,
    });
    // Filed in the account's documents, readable by the client.
    const document = await alice.get(`/api/v1/documents/${completed.completedDocumentId}`);
    expect(document.statusCode, document.body).toBe(200);
    expect(document.json().name).toBe('Engagement letter 2027 - signed.pdf');
    // Every party gets a link; the audit log has the trail.
    for (const to of ['alice@acme.example', 'owner@northwind.example'])
      expect((await lastMailTo(portal, to, { containing: 'every party signed' }))?.text_body).toContain(
        `/signatures/${sent.id}`,
      );
    const audit = await portal.ctx.db.query<{ action: string }>(
      "SELECT action FROM audit_events WHERE target_id = $1 AND target_type = 'signature_envelope' ORDER BY occurred_at",
      [sent.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'signature.sent',
      'signature.viewed',
      'signature.signed',
      'signature.signed',
      'signature.completed',
    ]);
  });

  it('parallel from the engagement letter template: both sign in any order, concurrent signs give one completion', async () => {
    const sent = await sendEnvelope(owner, acme, {
      title: 'Letter of engagement',
      source: { kind: 'template', fees: { amount: 125000, currency: 'EUR' }, date: '2027-01-01' },
      signerIds: [aliceId, adamId],
      mode: 'parallel',
    });
    expect(sent.source).toBe('template');
    expect(sent.fields).toHaveLength(4);
    const original = await owner.get(`/api/v1/signature-envelopes/${sent.id}/document.pdf`);
    const letter = await pdfText(original.rawPayload);
    expect(letter).toContain('Acme Manufacturing');
    expect(letter).toContain('EUR 1,250.00');
    expect(letter).toContain('2027-01-01');
    // Both at once, twice each (a double click): one signature each, one completion, one filed copy.
    const results = await Promise.all([
      sign(alice, sent.id, sent.contentSha256, { kind: 'typed', name: 'Alice Anders' }),
      sign(adam, sent.id, sent.contentSha256, { kind: 'typed', name: 'Adam Acme' }),
      sign(alice, sent.id, sent.contentSha256, { kind: 'typed', name: 'Alice Anders' }),
      sign(adam, sent.id, sent.contentSha256, { kind: 'typed', name: 'Adam Acme' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 200, 409, 409]);
    const after = (await owner.get(`/api/v1/signature-envelopes/${sent.id}`)).json();
    expect(after.status).toBe('completed');
    expect(after.events.filter((e: { kind: string }) => e.kind === 'completed')).toHaveLength(1);
    const filed = await portal.ctx.db.query(
      "SELECT 1 FROM documents WHERE account_id = $1 AND name LIKE 'Letter of engagement - signed%'",
      [acme],
    );
    expect(filed.rowCount).toBe(1);
  });

  it('an Idempotency-Key replay of a signature returns the first answer', async () => {
    const sent = await sendEnvelope(owner, acme, {
      title: 'Replay',
      source: { kind: 'document', documentId },
      signerIds: [aliceId, adamId],
      mode: 'parallel',
    });
    const headers = { 'idempotency-key': 'sign-replay-1' };
    const a = await sign(alice, sent.id, sent.contentSha256, undefined, {}, headers);
    const b = await sign(alice, sent.id, sent.contentSha256, undefined, {}, headers);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(b.json().signers[0].status).toBe('signed');
  });

  it('decline with a reason closes the envelope; void by the sender; neither can be signed afterwards', async () => {
    const declined = await sendEnvelope(owner, acme, {
      title: 'To decline',
      source: { kind: 'document', documentId },
      signerIds: [aliceId, adamId],
      mode: 'sequential',
    });
    // Adam is second but may decline at any time.
    expectProblem(await adam.post(`/api/v1/signature-envelopes/${declined.id}/decline`, { reason: '' }), 400);
    const no = await adam.post(`/api/v1/signature-envelopes/${declined.id}/decline`, { reason: 'Fees too high' });
    expect(no.statusCode, no.body).toBe(200);
    expect(no.json()).toMatchObject({
      status: 'declined',
      signers: [{}, { status: 'declined', declineReason: 'Fees too high' }],
    });
    expectProblem(await sign(alice, declined.id, declined.contentSha256), 409, 'envelope_closed');

    const voided = await sendEnvelope(owner, acme, {
      title: 'To void',
      source: { kind: 'document', documentId },
      signerIds: [aliceId],
    });
    expectProblem(await alice.post(`/api/v1/signature-envelopes/${voided.id}/void`, { reason: 'mine' }), 403);
    const off = await owner.post(`/api/v1/signature-envelopes/${voided.id}/void`, { reason: 'Wrong fees' });
    expect(off.json()).toMatchObject({ status: 'voided', voidReason: 'Wrong fees', abilities: { sign: false } });
    expectProblem(await sign(alice, voided.id, voided.contentSha256), 409, 'envelope_closed');
    expectProblem(await owner.post(`/api/v1/signature-envelopes/${voided.id}/void`, { reason: 'again' }), 409);
    expectProblem(await alice.get(`/api/v1/signature-envelopes/${voided.id}/signed.pdf`), 409, 'not_completed');
  });

  it('expiry: a signature after the expiry is refused and the envelope reads expired', async () => {
    const expiresAt = new Date(portal.clock.now().getTime() + 3600_000).toISOString();
    const sent = await sendEnvelope(owner, acme, {
      title: 'Expiring',
      source: { kind: 'document', documentId },
      signerIds: [aliceId],
      expiresAt,
    });
    expect(sent.expiresAt).toBe(expiresAt);
    portal.clock.advanceMinutes(61);
    expectProblem(await sign(alice, sent.id, sent.contentSha256), 409, 'envelope_expired');
    const after = (await owner.get(`/api/v1/signature-envelopes/${sent.id}`)).json();
    expect(after.status).toBe('expired');
    expect(after.events.map((e: { kind: string }) => e.kind)).toEqual(['sent', 'expired']);
  });

  it('refuses bad sends: not a PDF, a field off the page, a signer outside the account, the past, as a client', async () => {
    const base = { title: 'Bad', source: { kind: 'document', documentId }, signerIds: [aliceId] };
    const text = await owner.request(
      'POST',
      `/api/v1/accounts/${acme}/documents?name=notes.txt&area=shared`,
      Buffer.from('plain text'),
      { 'content-type': 'text/plain' },
    );
    const notPdf = { ...base, source: { kind: 'document', documentId: text.json().document.id } };
    expect(expectProblem(await owner.post(`/api/v1/accounts/${acme}/signature-envelopes`, notPdf), 400).errors).toEqual(
      [expect.objectContaining({ path: 'source.documentId', code: 'not_a_pdf' })],
    );
    const offPage = {
      ...base,
      fields: [{ signer: 0, kind: 'signature', page: 3, x: 0.1, y: 0.1, width: 0.2, height: 0.05 }],
    };
    expectProblem(await owner.post(`/api/v1/accounts/${acme}/signature-envelopes`, offPage), 400);
    const bobId = await userIdOf(portal.ctx.db, 'bob@blueharbor.example').catch(() => null);
    if (bobId)
      expectProblem(
        await owner.post(`/api/v1/accounts/${acme}/signature-envelopes`, { ...base, signerIds: [bobId] }),
        400,
      );
    expectProblem(
      await owner.post(`/api/v1/accounts/${acme}/signature-envelopes`, { ...base, expiresAt: '2020-01-01T00:00:00Z' }),
      400,
    );
    expectProblem(await alice.post(`/api/v1/accounts/${acme}/signature-envelopes`, base), 403);
    expectProblem(
      await owner.post(`/api/v1/accounts/${acme}/signature-envelopes`, { ...base, title: '<i>x</i>' }),
      400,
    );
  });
});
