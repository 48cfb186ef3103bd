// Fields placed by staff: the server checks each one (a page of the document, a box inside the page, a signer of
// the request), a signer fills only their own (initials, text, checkbox; dates are the signing day), and the sealed
// copy draws every value at its place. The preview the console places fields on follows the account scope and the
// module switch like the rest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySealedPdf } from '../../../src/server/modules/signatures/pdf/seal.ts';
import { idOf, lastMailTo, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { pdfText } from '../../support/pdf-text.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { makePdf, sign, switchSignaturesOn, uploadPdf, WITH_SIGNATURES } from './support.ts';

const box = { x: 0.1, y: 0.1, width: 0.3, height: 0.05 };

describe('e-signature: placed fields', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let bianca: HttpClient;
  let acme: string;
  let aliceId: string;
  let ownerId: string;
  let documentId: string;

  beforeAll(async () => {
    portal = await startPortal({ SIGNATURES_REMINDER_INTERVAL_SECONDS: '0' });
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    bianca = await portal.signedIn('bianca@blueharbor.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    aliceId = await userIdOf(portal.ctx.db, 'alice@acme.example');
    ownerId = await userIdOf(portal.ctx.db, 'owner@northwind.example');
    await switchSignaturesOn(portal, owner);
    documentId = await uploadPdf(owner, acme, 'Fields.pdf', await makePdf(2, 'Placed fields'));
  });
  afterAll(() => portal.close());

  const send = (fields: unknown[], signerIds = [aliceId, ownerId]) =>
    owner.post(`/api/v1/accounts/${acme}/signature-envelopes`, {
      title: 'Fields',
      source: { kind: 'document', documentId },
      signerIds,
      fields,
    });
  const errorsOf = (response: Awaited<ReturnType<typeof send>>) =>
    expectProblem(response, 400).errors?.map(({ path, code }) => ({ path, code }));

  it('refuses a page the document lacks, a box past an edge, a signer not in the request, and bad shapes', async () => {
    const signature0 = { signer: 0, kind: 'signature', page: 1, ...box };
    const signature1 = { signer: 1, kind: 'signature', page: 2, ...box };
    expect(errorsOf(await send([signature0, { ...signature1, page: 3 }]))).toEqual([
      { path: 'fields.1.page', code: 'no_such_page' },
    ]);
    expect(errorsOf(await send([signature0, { ...signature1, x: 0.8, width: 0.3 }]))).toEqual([
      { path: 'fields.1', code: 'off_page' },
    ]);
    expect(errorsOf(await send([signature0, { ...signature1, y: 0.97 }]))).toEqual([
      { path: 'fields.1', code: 'off_page' },
    ]);
    expect(errorsOf(await send([signature0, signature1, { ...signature1, signer: 2, kind: 'text' }]))).toEqual([
      { path: 'fields.2.signer', code: 'no_such_signer' },
    ]);
    // Each signer needs a signature field; the wrong types and sizes are the schema's 400.
    expect(errorsOf(await send([signature0]))).toEqual([{ path: 'fields', code: 'signature_missing' }]);
    for (const bad of [
      { ...signature1, page: 0 },
      { ...signature1, x: -0.1 },
      { ...signature1, width: 0 },
      { ...signature1, height: 1.5 },
      { ...signature1, page: '1' },
      { ...signature1, kind: 'stamp' },
      { ...signature1, label: '<script>x</script>' },
      { ...signature1, extra: true },
    ])
      expectProblem(await send([signature0, bad]), 400);
    expectProblem(await send(Array.from({ length: 201 }, () => signature0)), 400);
    // Nothing was sent by any of these.
    expect((await owner.get(`/api/v1/accounts/${acme}/signature-envelopes`)).json().items).toEqual([]);
  });

  it('a signer fills only their own fields: initials, text and a required checkbox; the seal draws them and holds', async () => {
    // Alice turns signature notices off: the request still reaches her (required mail), the completion does not.
    const off = await alice.put('/api/v1/me/notification-preferences', { email: { signatures: 'off' } });
    expect(off.json().email).toMatchObject({ signatures: 'off', messages: 'immediately' });
    const response = await send(
      [
        { signer: 0, kind: 'signature', page: 1, ...box },
        { signer: 0, kind: 'initials', page: 1, x: 0.8, y: 0.9, width: 0.1, height: 0.05 },
        { signer: 0, kind: 'initials', page: 2, x: 0.8, y: 0.9, width: 0.1, height: 0.05 },
        { signer: 0, kind: 'text', page: 1, x: 0.1, y: 0.3, width: 0.4, height: 0.04, label: 'Company number' },
        { signer: 0, kind: 'checkbox', page: 1, x: 0.1, y: 0.4, width: 0.04, height: 0.03, label: 'I have read it' },
        { signer: 0, kind: 'checkbox', page: 1, x: 0.1, y: 0.5, width: 0.04, height: 0.03, required: false },
        { signer: 0, kind: 'date', page: 1, x: 0.5, y: 0.1, width: 0.2, height: 0.04 },
        { signer: 1, kind: 'signature', page: 2, ...box },
        { signer: 1, kind: 'text', page: 2, x: 0.1, y: 0.3, width: 0.4, height: 0.04, label: 'Firm reference' },
      ],
      [aliceId, ownerId],
    );
    expect(response.statusCode, response.body).toBe(201);
    const envelope = response.json();
    const field = (kind: string, page = 1, signerIndex = 0) =>
      envelope.fields.find(
        (f: { kind: string; page: number; signerId: string }) =>
          f.kind === kind && f.page === page && f.signerId === envelope.signers[signerIndex].id,
      ).id as string;
    const initials1 = field('initials', 1);
    const [text, date, firmText] = [field('text'), field('date'), field('text', 2, 1)];
    const [mustTick, mayTick] = envelope.fields
      .filter((f: { kind: string }) => f.kind === 'checkbox')
      .map((f: { id: string }) => f.id) as [string, string];
    const typed = { kind: 'typed', name: 'Alice Archer' };
    const attempt = (values: Record<string, string>) =>
      sign(alice, envelope.id, envelope.contentSha256, typed, { values });
    const codeOf = async (values: Record<string, string>) => expectProblem(await attempt(values), 400).errors?.[0];

    // Another signer's field, a date (never filled by hand), and a field of no envelope: not hers.
    expect(await codeOf({ [text]: 'A1', [mustTick]: 'true', [firmText]: 'mine now' })).toMatchObject({
      path: `values.${firmText}`,
      code: 'not_your_field',
    });
    expect((await codeOf({ [text]: 'A1', [mustTick]: 'true', [date]: '1999-01-01' }))?.code).toBe('not_your_field');
    expect((await codeOf({ [text]: 'A1', [mustTick]: 'true', [crypto.randomUUID()]: 'x' }))?.code).toBe(
      'not_your_field',
    );
    // The required text and the required checkbox; a checkbox is "true" or "false"; initials are letters.
    expect((await codeOf({ [mustTick]: 'true' }))?.code).toBe('required');
    expect((await codeOf({ [text]: 'A1', [mustTick]: 'false' }))?.code).toBe('required');
    expect((await codeOf({ [text]: 'A1', [mustTick]: 'yes' }))?.code).toBe('invalid_checkbox');
    expect((await codeOf({ [text]: 'A1', [mustTick]: 'true', [initials1]: '12' }))?.code).toBe('invalid_initials');
    expectProblem(await attempt({ [text]: '<b>A1</b>', [mustTick]: 'true' }), 400);

    const signed = await attempt({ [text]: 'GB-0042', [mustTick]: 'true', [mayTick]: 'false', [initials1]: 'A.A.' });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().signers[0].status).toBe('signed');
    const done = await sign(
      owner,
      envelope.id,
      envelope.contentSha256,
      { kind: 'typed', name: 'Olivia Owner' },
      {
        values: { [firmText]: 'NW-7' },
      },
    );
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().status).toBe('completed');

    const copy = await owner.get(`/api/v1/signature-envelopes/${envelope.id}/signed.pdf`);
    const pages = (await pdfText(copy.rawPayload)).split('\n');
    // Page 1: her initials as typed, the text, one tick (the optional box stays empty), the signing day.
    expect(pages[0]).toContain('A.A.');
    expect(pages[0]).toContain('GB-0042');
    expect(pages[0]!.match(/\bX\b/g)).toHaveLength(1);
    expect(pages[0]).toMatch(/\d{4}-\d{2}-\d{2}/);
    // Page 2: initials left out are her name's; the firm's own text.
    expect(pages[1]).toContain('AA');
    expect(pages[1]).toContain('NW-7');
    expect(verifySealedPdf(copy.rawPayload)).toMatchObject({ valid: true });

    expect((await lastMailTo(portal, 'alice@acme.example', { containing: '"Fields" is waiting' }))?.subject).toContain(
      'please sign',
    );
    expect(await lastMailTo(portal, 'alice@acme.example', { containing: 'every party signed "Fields"' })).toBeNull();
    expect(await lastMailTo(portal, 'owner@northwind.example', { containing: 'every party signed "Fields"' })).not.toBe(
      null,
    );
  });

  it('the preview: the PDF staff place fields on, with its page count; 400 for no PDF, 404 for another account', async () => {
    const template = await owner.post(`/api/v1/accounts/${acme}/signature-envelopes/preview`, {
      title: 'Letter',
      source: { kind: 'template', fees: { amount: 100000, currency: 'EUR' }, date: '2027-01-01' },
    });
    expect(template.statusCode, template.body).toBe(200);
    expect(template.headers['content-type']).toBe('application/pdf');
    expect(template.headers['content-security-policy']).toMatch(/^sandbox\b/);
    expect(await pdfText(template.rawPayload)).toContain('Acme Manufacturing');
    const document = await owner.post(`/api/v1/accounts/${acme}/signature-envelopes/preview`, {
      title: 'Doc',
      source: { kind: 'document', documentId },
    });
    expect(document.headers['x-page-count']).toBe('2');
    const missing = await owner.post(`/api/v1/accounts/${acme}/signature-envelopes/preview`, {
      title: 'Doc',
      source: { kind: 'document', documentId: crypto.randomUUID() },
    });
    expect(expectProblem(missing, 400).errors?.[0]).toMatchObject({ path: 'source.documentId', code: 'not_found' });
    const foreign = await bianca.post(`/api/v1/accounts/${acme}/signature-envelopes/preview`, {
      title: 'Doc',
      source: { kind: 'document', documentId },
    });
    expectProblem(foreign, 404, 'not_found');
    // The client may not preview (staff send); another account's document is no document of this one.
    expect(
      (
        await alice.post(`/api/v1/accounts/${acme}/signature-envelopes/preview`, {
          title: 'Doc',
          source: { kind: 'document', documentId },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('with the module off: the preview and the send answer 403 module_disabled', async () => {
    await switchSignaturesOn(
      portal,
      owner,
      WITH_SIGNATURES.filter((module) => module !== 'signatures'),
    );
    const body = { title: 'Off', source: { kind: 'document', documentId } };
    expectProblem(
      await owner.post(`/api/v1/accounts/${acme}/signature-envelopes/preview`, body),
      403,
      'module_disabled',
    );
    expectProblem(await send([{ signer: 0, kind: 'signature', page: 1, ...box }], [aliceId]), 403, 'module_disabled');
  });
});
