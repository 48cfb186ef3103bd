import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendApprovalReminders } from '../../../src/server/modules/approvals/index.ts';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem, randomId } from '../platform/problem-assertions.ts';
import { decide, requestApproval, uploadDocument } from './support.ts';

describe('approvals: concurrency, scope, module gate, reminders', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let adam: HttpClient;
  let bianca: HttpClient;
  let acme: string;
  let aliceId: string;
  let adamId: string;
  let documentId: string;

  beforeAll(async () => {
    // Reminders are swept by the test (interval slots of one hour), never by a timer.
    portal = await startPortal({ APPROVALS_REMINDER_INTERVAL_SECONDS: '3600' });
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    adam = await portal.signedIn('adam@acme.example');
    bianca = await portal.signedIn('bianca@blueharbor.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    aliceId = await userIdOf(portal.ctx.db, 'alice@acme.example');
    adamId = await userIdOf(portal.ctx.db, 'adam@acme.example');
    documentId = await uploadDocument(owner, acme, 'Proposal.txt', 'proposal');
  });
  afterAll(() => portal.close());

  const reminderMails = async (email: string) =>
    Number(
      (
        await portal.ctx.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM jobs WHERE kind = 'mail.send' AND payload->>'to' = $1
             AND payload->>'subject' LIKE 'Reminder:%' AND payload->>'subject' LIKE '%Swept proposal%'`,
          [email],
        )
      ).rows[0]!.n,
    );

  it('concurrent decisions: each recorded once, the state machine sees both', async () => {
    const asked = await requestApproval(owner, acme, {
      subjectType: 'document_version',
      documentIds: [documentId],
      approverIds: [aliceId, adamId],
      mode: 'parallel',
    });
    const [a, b, c] = await Promise.all([
      decide(alice, asked.id, 'approved', asked.contentSha256),
      decide(adam, asked.id, 'approved', asked.contentSha256),
      decide(alice, asked.id, 'approved', asked.contentSha256),
    ]);
    expect([a.statusCode, c.statusCode].sort()).toEqual([200, 409]);
    expect(b.statusCode).toBe(200);
    const final = (await owner.get(`/api/v1/approvals/${asked.id}`)).json();
    expect(final.status).toBe('approved');
    // A replay with the same Idempotency-Key answers the first response; without one it is refused.
    const key = { 'idempotency-key': randomId() };
    const other = await requestApproval(owner, acme, {
      subjectType: 'document_version',
      documentIds: [documentId],
      approverIds: [aliceId],
    });
    const body = { decision: 'approved', contentSha256: other.contentSha256 };
    const first = await alice.post(`/api/v1/approvals/${other.id}/decision`, body, key);
    const replay = await alice.post(`/api/v1/approvals/${other.id}/decision`, body, key);
    expect(first.statusCode, first.body).toBe(200);
    expect(replay.statusCode).toBe(200);
    expect(replay.json().approvers[0].decidedAt).toBe(first.json().approvers[0].decidedAt);
  });

  it('another account: 404 like a missing id; bianca cannot list or decide', async () => {
    const asked = await requestApproval(owner, acme, {
      subjectType: 'document_version',
      documentIds: [documentId],
      approverIds: [aliceId],
    });
    const foreign = expectProblem(await bianca.get(`/api/v1/approvals/${asked.id}`), 404);
    const missing = expectProblem(await bianca.get(`/api/v1/approvals/${randomId()}`), 404);
    expect(foreign.code).toBe(missing.code);
    expectProblem(await decide(bianca, asked.id, 'approved', asked.contentSha256), 404);
    expectProblem(await bianca.get(`/api/v1/accounts/${acme}/approvals`), 404);
    expect((await bianca.get('/api/v1/approvals')).json().items).toEqual([]);
    // A document of another account is no subject here.
    const blue = await idOf(portal.ctx.db, 'accounts', 'Blue Harbor Dental');
    const bad = expectProblem(
      await owner.post(`/api/v1/accounts/${blue}/approvals`, {
        subjectType: 'document_version',
        documentIds: [documentId],
        approverIds: [await userIdOf(portal.ctx.db, 'bianca@blueharbor.example')],
      }),
      400,
    );
    expect(bad.errors?.[0]?.path).toBe('documentIds.0');
  });

  it('reminders: once per interval and approver, exactly once under concurrent sweeps, until decided', async () => {
    const asked = await requestApproval(owner, acme, {
      subjectType: 'document_version',
      documentIds: [documentId],
      title: 'Swept proposal',
      approverIds: [adamId, aliceId],
      mode: 'sequential',
    });
    const before = await reminderMails('adam@acme.example');
    // Same interval as the request mail: nothing more.
    await sendApprovalReminders(portal.ctx);
    expect(await reminderMails('adam@acme.example')).toBe(before);
    portal.clock.advanceMinutes(61);
    await Promise.all([
      sendApprovalReminders(portal.ctx),
      sendApprovalReminders(portal.ctx),
      sendApprovalReminders(portal.ctx),
    ]);
    expect(await reminderMails('adam@acme.example')).toBe(before + 1);
    // Sequential: alice is not reminded before it is her turn.
    const aliceBefore = await reminderMails('alice@acme.example');
    // Sessions idle out as the clock moves: sign in again.
    adam = await portal.signedIn('adam@acme.example');
    expect((await decide(adam, asked.id, 'approved', asked.contentSha256)).statusCode).toBe(200);
    portal.clock.advanceMinutes(61);
    await sendApprovalReminders(portal.ctx);
    expect(await reminderMails('adam@acme.example')).toBe(before + 1);
    expect(await reminderMails('alice@acme.example')).toBe(aliceBefore + 1);
    // Decided: no more reminders.
    alice = await portal.signedIn('alice@acme.example');
    expect((await decide(alice, asked.id, 'approved', asked.contentSha256)).statusCode).toBe(200);
    const settled = await reminderMails('alice@acme.example');
    portal.clock.advanceMinutes(61);
    await sendApprovalReminders(portal.ctx);
    expect(await reminderMails('alice@acme.example')).toBe(settled);
  });

  it('email preferences: approvals off means no approval email (the in-app event still goes out)', async () => {
    const adamNow = await portal.signedIn('adam@acme.example');
    const set = await adamNow.put('/api/v1/me/notification-preferences', {
      email: { messages: 'immediately', approvals: 'off' },
    });
    expect(set.json()).toEqual({
      email: {
        messages: 'immediately',
        projects: 'immediately',
        approvals: 'off',
        onboarding: 'immediately',
        orders: 'immediately',
        signatures: 'immediately',
        billing: 'immediately',
      },
    });
    owner = await portal.signedIn('owner@northwind.example');
    const asked = await requestApproval(owner, acme, {
      subjectType: 'document_version',
      title: 'Quiet approval',
      documentIds: [documentId],
      approverIds: [adamId],
    });
    const mails = await portal.ctx.db.query(
      `SELECT 1 FROM jobs WHERE kind = 'mail.send' AND payload->>'to' = 'adam@acme.example'
         AND payload->>'subject' LIKE '%Quiet approval%'`,
    );
    expect(mails.rows).toHaveLength(0);
    const events = await portal.ctx.db.query(
      `SELECT 1 FROM events WHERE type = 'approval.waiting' AND user_id = $1 AND data->>'approvalId' = $2`,
      [adamId, asked.id],
    );
    expect(events.rows).toHaveLength(1);
  });

  it('with the module off for the segment: people get 403 module_disabled, staff cannot write', async () => {
    owner = await portal.signedIn('owner@northwind.example');
    const asked = await requestApproval(owner, acme, {
      subjectType: 'document_version',
      documentIds: [documentId],
      approverIds: [aliceId],
    });
    const clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    owner = await portal.signedIn('owner@northwind.example');
    const off = await owner.patch(`/api/v1/segments/${clients}`, {
      modules: ['documents', 'messages', 'billing', 'projects'],
    });
    expect(off.statusCode, off.body).toBe(200);
    try {
      const aliceNow = await portal.signedIn('alice@acme.example');
      expectProblem(await aliceNow.get('/api/v1/approvals?waitingOn=me'), 403, 'module_disabled');
      expectProblem(await aliceNow.get(`/api/v1/approvals/${asked.id}`), 403, 'module_disabled');
      expectProblem(await decide(aliceNow, asked.id, 'approved', asked.contentSha256), 403, 'module_disabled');
      expectProblem(await owner.post(`/api/v1/approvals/${asked.id}/cancel`), 403, 'module_disabled');
      expectProblem(
        await owner.post(`/api/v1/accounts/${acme}/approvals`, {
          subjectType: 'document_version',
          documentIds: [documentId],
          approverIds: [aliceId],
        }),
        403,
        'module_disabled',
      );
    } finally {
      await owner.patch(`/api/v1/segments/${clients}`, {
        modules: ['documents', 'messages', 'billing', 'projects', 'approvals'],
      });
    }
  });
});
