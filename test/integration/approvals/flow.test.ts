import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { decide, requestApproval, sha256, uploadDocument, uploadVersion } from './support.ts';

describe('approvals through the API', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let adam: HttpClient;
  let acme: string;
  let aliceId: string;
  let adamId: string;
  let ownerId: string;
  let documentId: string;

  beforeAll(async () => {
    portal = await startPortal({ APPROVALS_REMINDER_INTERVAL_SECONDS: '0' });
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    adam = await portal.signedIn('adam@acme.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    aliceId = await userIdOf(portal.ctx.db, 'alice@acme.example');
    adamId = await userIdOf(portal.ctx.db, 'adam@acme.example');
    ownerId = await userIdOf(portal.ctx.db, 'owner@northwind.example');
    documentId = await uploadDocument(owner, acme, 'Logo concepts.txt', 'concept v1');
  });
  afterAll(() => portal.close());

  it('a request on a version, changes requested, a new version, re-requested and approved on the new bytes', async () => {
    const asked = await requestApproval(owner, acme, {
      subjectType: 'document_version',
      documentIds: [documentId],
      approverIds: [aliceId],
      dueDate: '2030-01-31',
      message: 'Please review the <b>logo</b>',
    });
    expect(asked).toMatchObject({
      status: 'pending',
      contentSha256: sha256('concept v1'),
      items: [{ documentId, versionNumber: 1, sha256: sha256('concept v1') }],
      waitingOn: 'client',
      approvers: [{ userId: aliceId, side: 'client', awaiting: true, decision: null }],
      abilities: { decide: false, cancel: true, rerequest: false },
    });
    // The client sees it waiting on them, with the ability to decide; the other person only sees it.
    const waiting = (await alice.get('/api/v1/approvals?waitingOn=me')).json().items;
    expect(waiting.map((a: { id: string }) => a.id)).toEqual([asked.id]);
    expect(waiting[0].abilities.decide).toBe(true);
    expect((await adam.get('/api/v1/approvals?waitingOn=me')).json().items).toEqual([]);

    // Deciding on other content (a stale or wrong hash) is refused; a comment with HTML is kept as text.
    expectProblem(await decide(alice, asked.id, 'approved', sha256('other')), 409, 'content_changed');
    expectProblem(await decide(alice, asked.id, 'approved', 'not-a-hash'), 400);
    const changes = await decide(alice, asked.id, 'changes_requested', asked.contentSha256, {
      comment: '<script>x</script> Bigger, please',
    });
    expect(changes.statusCode, changes.body).toBe(200);
    expect(changes.json()).toMatchObject({
      status: 'changes_requested',
      waitingOn: null,
      approvers: [{ decision: 'changes_requested', comment: '<script>x</script> Bigger, please', decidedIp: null }],
    });
    // Replaying the decision: already decided.
    expectProblem(await decide(alice, asked.id, 'approved', asked.contentSha256), 409, 'already_decided');
    // Staff see where the decision came from.
    const record = (await owner.get(`/api/v1/approvals/${asked.id}`)).json();
    expect(record.approvers[0]).toMatchObject({ decidedIp: '127.0.0.1', decidedSha256: sha256('concept v1') });
    expect(record.abilities.rerequest).toBe(true);

    await uploadVersion(owner, documentId, 'concept v2');
    const again = await owner.post(`/api/v1/approvals/${asked.id}/rerequest`);
    expect(again.statusCode, again.body).toBe(201);
    const second = again.json();
    expect(second).toMatchObject({
      status: 'pending',
      replacesId: asked.id,
      contentSha256: sha256('concept v2'),
      items: [{ versionNumber: 2 }],
      dueDate: '2030-01-31',
    });
    const approved = await decide(alice, second.id, 'approved', second.contentSha256);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', approvers: [{ decision: 'approved' }] });

    // The document's approvals: the decision on v1 stays about v1, the approval about v2.
    const onDocument = (await alice.get(`/api/v1/accounts/${acme}/approvals?documentId=${documentId}`)).json().items;
    expect(
      onDocument.map((a: { status: string; items: { versionNumber: number }[] }) => [
        a.status,
        a.items[0]!.versionNumber,
      ]),
    ).toEqual([
      ['approved', 2],
      ['changes_requested', 1],
    ]);
    const audit = await portal.ctx.db.query<{ action: string; ip: string | null; user_agent: string | null }>(
      `SELECT action, ip, user_agent FROM audit_events WHERE target_id = ANY($1::text[]) ORDER BY occurred_at, action`,
      [[asked.id, second.id]],
    );
    expect(audit.rows.map((row) => row.action)).toEqual(
      expect.arrayContaining(['approval.requested', 'approval.changes_requested', 'approval.approved']),
    );
    expect(audit.rows.find((row) => row.action === 'approval.approved')!.ip).toBe('127.0.0.1');
  });

  it('a new version cancels pending approvals; a decision for v2 is never shown as approving v3', async () => {
    const asked = await requestApproval(owner, acme, {
      subjectType: 'deliverable',
      title: 'Brand pack',
      documentIds: [documentId],
      approverIds: [aliceId, adamId],
      mode: 'parallel',
    });
    expect(asked.items[0].versionNumber).toBe(2);
    expect((await decide(adam, asked.id, 'approved', asked.contentSha256)).statusCode).toBe(200);
    await uploadVersion(owner, documentId, 'concept v3');
    const after = (await owner.get(`/api/v1/approvals/${asked.id}`)).json();
    expect(after).toMatchObject({ status: 'cancelled', cancelReason: 'new_version', items: [{ versionNumber: 2 }] });
    expect(after.approvers.find((a: { userId: string }) => a.userId === adamId).decidedSha256).toBe(
      asked.contentSha256,
    );
    expectProblem(await decide(alice, asked.id, 'approved', asked.contentSha256), 409, 'approval_closed');
    const v3 = (await alice.get(`/api/v1/accounts/${acme}/approvals?documentId=${documentId}&status=approved`)).json();
    expect(v3.items.every((a: { items: { versionNumber: number }[] }) => a.items[0]!.versionNumber !== 3)).toBe(true);
  });

  it('sequential: in order, staff then client; nobody decides for someone else', async () => {
    const asked = await requestApproval(owner, acme, {
      subjectType: 'document_version',
      documentIds: [documentId],
      approverIds: [ownerId, aliceId],
      mode: 'sequential',
    });
    expect(asked.waitingOn).toBe('firm');
    expectProblem(await decide(alice, asked.id, 'approved', asked.contentSha256), 409, 'not_your_turn');
    expectProblem(
      await decide(alice, asked.id, 'approved', asked.contentSha256, { approverId: ownerId }),
      403,
      'not_allowed',
    );
    expectProblem(await decide(adam, asked.id, 'approved', asked.contentSha256), 403, 'not_an_approver');
    expect((await decide(owner, asked.id, 'approved', asked.contentSha256)).json().waitingOn).toBe('client');
    expect((await decide(alice, asked.id, 'approved', asked.contentSha256)).json().status).toBe('approved');
  });

  it("internal documents: staff approvers only, and the account's people never see them", async () => {
    const internalDoc = await uploadDocument(owner, acme, 'Margin notes.txt', 'internal', 'internal');
    const refused = expectProblem(
      await owner.post(`/api/v1/accounts/${acme}/approvals`, {
        subjectType: 'document_version',
        documentIds: [internalDoc],
        approverIds: [aliceId],
      }),
      400,
    );
    expect(refused.errors?.[0]?.path).toBe('approverIds.0');
    const asked = await requestApproval(owner, acme, {
      subjectType: 'document_version',
      documentIds: [internalDoc],
      approverIds: [ownerId],
    });
    expect(asked.internal).toBe(true);
    expectProblem(await alice.get(`/api/v1/approvals/${asked.id}`), 404);
    const listed = (await alice.get(`/api/v1/accounts/${acme}/approvals?limit=200`)).json().items;
    expect(listed.some((a: { id: string }) => a.id === asked.id)).toBe(false);
  });

  it('a sent quote (bound to its PDF hash) and a task can be approved; other subjects are field errors', async () => {
    const db = portal.ctx.db;
    const quote = (
      await db.query<{ id: string; pdf_sha256: string }>(
        "SELECT id, pdf_sha256 FROM billing_documents WHERE account_id = $1 AND kind = 'quote' AND status <> 'draft' LIMIT 1",
        [acme],
      )
    ).rows[0]!;
    const onQuote = await requestApproval(owner, acme, {
      subjectType: 'quote',
      quoteId: quote.id,
      approverIds: [aliceId],
    });
    expect(onQuote).toMatchObject({ quoteId: quote.id, contentSha256: quote.pdf_sha256, items: [] });
    expect((await decide(alice, onQuote.id, 'approved', quote.pdf_sha256)).json().status).toBe('approved');
    const task = (
      await db.query<{ id: string }>(
        'SELECT t.id FROM tasks t JOIN projects p ON p.id = t.project_id WHERE t.account_id = $1 AND NOT p.internal LIMIT 1',
        [acme],
      )
    ).rows[0]!;
    const onTask = await requestApproval(owner, acme, { subjectType: 'task', taskId: task.id, approverIds: [aliceId] });
    expect(onTask).toMatchObject({ taskId: task.id, internal: false });
    const wrong = expectProblem(
      await owner.post(`/api/v1/accounts/${acme}/approvals`, {
        subjectType: 'quote',
        quoteId: task.id,
        approverIds: [aliceId],
      }),
      400,
    );
    expect(wrong.errors?.[0]?.path).toBe('quoteId');
  });

  it('bad input and roles: 400 with field errors, clients cannot ask', async () => {
    const bad = expectProblem(
      await owner.post(`/api/v1/accounts/${acme}/approvals`, {
        subjectType: 'document_version',
        documentIds: ['nope'],
        approverIds: [],
        dueDate: '2030-02-31',
        colour: 'red',
      }),
      400,
    );
    expect(bad.errors?.length).toBeGreaterThan(0);
    expectProblem(
      await owner.post(`/api/v1/accounts/${acme}/approvals`, {
        subjectType: 'document_version',
        documentIds: [documentId],
        approverIds: [aliceId, aliceId],
      }),
      400,
    );
    expectProblem(
      await alice.post(`/api/v1/accounts/${acme}/approvals`, {
        subjectType: 'document_version',
        documentIds: [documentId],
        approverIds: [aliceId],
      }),
      403,
    );
    expectProblem(await owner.post(`/api/v1/accounts/${acme}/approvals`, 'x'.repeat(2_000_000)), 413);
  });
});
