// A PDF uploaded in the console's signature form is held for that request: sending an envelope with it keeps it;
// a form abandoned leaves it held, and a day later the documents job moves it to the trash (restorable 30 days).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDocumentJobs } from '../../../src/server/modules/documents/index.ts';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { makePdf, sendEnvelope, switchSignaturesOn } from './support.ts';

describe('PDFs uploaded for a signature request', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let acme: string;

  beforeAll(async () => {
    portal = await startPortal({ SIGNATURES_REMINDER_INTERVAL_SECONDS: '0' });
    owner = await portal.signedIn('owner@northwind.example');
    await switchSignaturesOn(portal, owner);
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
  });
  afterAll(() => portal.close());

  const upload = (client: HttpClient, name: string, heldFor = 'signature') =>
    makePdf(1).then((body) =>
      client.request(
        'POST',
        `/api/v1/accounts/${acme}/documents?name=${name}&area=internal&onConflict=keep-both&heldFor=${heldFor}`,
        body,
        { 'content-type': 'application/pdf' },
      ),
    );
  const deletedAt = async (documentId: string) =>
    (
      await portal.ctx.db.query<{ deleted_at: Date | null }>('SELECT deleted_at FROM documents WHERE id = $1', [
        documentId,
      ])
    ).rows[0]!.deleted_at;

  it('a sent envelope keeps its PDF; an abandoned one goes to the trash a day later, not before', async () => {
    const usedUpload = await upload(owner, 'used.pdf');
    expect(usedUpload.statusCode, usedUpload.body).toBe(201);
    const used = usedUpload.json().document.id as string;
    const abandoned = (await upload(owner, 'abandoned.pdf')).json().document.id as string;
    const aliceId = await userIdOf(portal.ctx.db, 'alice@acme.example');
    await sendEnvelope(owner, acme, {
      title: 'Letter',
      source: { kind: 'document', documentId: used },
      signerIds: [aliceId],
      mode: 'sequential',
      expiresAt: null,
    });
    const held = await portal.ctx.db.query<{ document_id: string }>('SELECT document_id FROM documents_held_uploads');
    expect(held.rows.map((row) => row.document_id)).toEqual([abandoned]);

    portal.clock.advanceMinutes(23 * 60);
    expect((await runDocumentJobs(portal.ctx)).abandoned).toBe(0);
    expect(await deletedAt(abandoned)).toBeNull();

    portal.clock.advanceMinutes(2 * 60);
    expect((await runDocumentJobs(portal.ctx)).abandoned).toBe(1);
    expect(await deletedAt(abandoned)).not.toBeNull();
    expect(await deletedAt(used)).toBeNull();
    // In the account's trash (restorable), and the sweep does not take it twice.
    owner = await portal.signedIn('owner@northwind.example');
    const trash = (await owner.get(`/api/v1/accounts/${acme}/trash`)).json().items as { id: string }[];
    expect(trash.map((item) => item.id)).toContain(abandoned);
    expect((await runDocumentJobs(portal.ctx)).abandoned).toBe(0);
  });

  it('only staff hold an upload; an unknown purpose is a 400', async () => {
    const alice = await portal.signedIn('alice@acme.example');
    const refused = await alice.request(
      'POST',
      `/api/v1/accounts/${acme}/documents?name=mine.pdf&area=shared&heldFor=signature`,
      await makePdf(1),
      { 'content-type': 'application/pdf' },
    );
    expectProblem(refused, 403);
    expectProblem(await upload(owner, 'other.pdf', 'forever'), 400);
    const { rows } = await portal.ctx.db.query("SELECT 1 FROM documents WHERE name IN ('mine.pdf', 'other.pdf')");
    expect(rows).toEqual([]);
  });
});
