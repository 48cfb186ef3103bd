import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueDeletions } from '../../../src/server/modules/identity/index.ts';
import { idOf, lastMailTo, startPortal, tokenFromMail, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { newThread } from '../conversations/helpers.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { openTicket } from '../tickets/helpers.ts';
import { findInDatabase, findInDirectory } from './deletion-support.ts';

const ME = '/api/v1/me/deletion-request';
const EMAIL = 'zelda.quartermaine@acme.example';
const NAME = 'Zelda Quartermaine';
const PHRASE = 'periwinkle-xylophone-4471';
const PASSWORD = 'a-long-new-passphrase';

describe('account deletion (GDPR Art. 17): request, grace period, holds, and an erasure that leaves nothing', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let zelda: HttpClient;
  let zeldaId: string;
  let acme: string;

  beforeAll(async () => {
    portal = await startPortal();
    // Zelda files a ticket below: Acme's segment gets the tickets module (before anyone signs in: sessions cache it).
    await portal.ctx.db.query("UPDATE segments SET modules = modules || '{tickets}'::text[] WHERE name = 'Clients'");
    owner = await portal.signedIn('owner@northwind.example');
    alice = await portal.signedIn('alice@acme.example');
    acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    const invited = await alice.post(`/api/v1/accounts/${acme}/invitations`, { email: EMAIL, role: 'member' });
    expect(invited.statusCode, invited.body).toBe(201);
    const token = tokenFromMail((await lastMailTo(portal, EMAIL, { containing: '#token=' }))!.text_body);
    zelda = portal.client();
    const accepted = await zelda.post('/api/v1/auth/invitations/accept', { token, name: NAME, password: PASSWORD });
    expect(accepted.statusCode, accepted.body).toBe(200);
    zeldaId = await userIdOf(portal.ctx.db, EMAIL);
  });
  afterAll(() => portal.close());

  it('the person asks after re-authenticating, once; cancels; staff see the pending request', async () => {
    expect((await zelda.get(ME)).json()).toEqual({ request: null, graceDays: 14 });
    // Accepting the invitation proved the password; some minutes later it must be proved again.
    portal.clock.advanceMinutes(portal.config.session.stepUpMinutes + 1);
    expect(expectProblem(await zelda.post(ME), 403).code).toBe('reauthentication_required');
    expect((await zelda.post('/api/v1/me/reauthenticate', { password: PASSWORD })).statusCode).toBe(200);
    const [first, second] = await Promise.all([zelda.post(ME), zelda.post(ME)]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 201]);
    expect(first.json().id).toBe(second.json().id);
    const request = first.json();
    expect(Date.parse(request.scheduledFor) - Date.parse(request.requestedAt)).toBe(14 * 86_400_000);
    expect(request).toMatchObject({ status: 'scheduled', requestedByStaff: false, abilities: { cancel: true } });
    expect((await lastMailTo(portal, EMAIL, { containing: '/profile#delete-account' }))?.subject).toMatch(
      /will be deleted/,
    );

    const listed = (await owner.get('/api/v1/deletion-requests?status=scheduled')).json();
    expect(listed.items).toEqual([
      expect.objectContaining({ id: request.id, person: { id: zeldaId, name: NAME, email: EMAIL } }),
    ]);
    // Customers never see the console's list; another person cannot cancel hers (they only reach their own).
    expectProblem(await alice.get('/api/v1/deletion-requests'), 403);
    expectProblem(await alice.delete(ME), 404);

    const cancelled = await zelda.delete(ME);
    expect(cancelled.json()).toMatchObject({ id: request.id, status: 'cancelled', abilities: { cancel: false } });
    expectProblem(await zelda.delete(ME), 404);
    expect((await zelda.get(ME)).json().request).toBeNull();
  });

  it('bad input is a clear error', async () => {
    expectProblem(await owner.put(`/api/v1/accounts/${acme}/legal-hold`, { reason: '' }), 400);
    expectProblem(await owner.put(`/api/v1/accounts/${acme}/legal-hold`, { reason: 42 }), 400);
    expectProblem(await owner.put(`/api/v1/accounts/${acme}/legal-hold`, { reason: 'x'.repeat(501) }), 400);
    expectProblem(await owner.post('/api/v1/users/not-a-uuid/deletion-request'), 400);
    // Staff are not deleted from here, and customers cannot start anyone's deletion.
    const ownerId = await userIdOf(portal.ctx.db, 'owner@northwind.example');
    expectProblem(await owner.post(`/api/v1/users/${ownerId}/deletion-request`), 404);
    expectProblem(await alice.post(`/api/v1/users/${zeldaId}/deletion-request`), 403);
    expect((await owner.post('/api/v1/me/reauthenticate', { password: portal.demo.password })).statusCode).toBe(200);
    expectProblem(await owner.post(ME), 403);
  });

  it('a legal hold blocks the erasure with its reason; lifted, the next pass erases everything about the person', async () => {
    // What Zelda leaves behind: a ticket with a file, a conversation message, a phone number, read marks.
    expect((await zelda.patch('/api/v1/me', { phone: '+44 20 7946 0958' })).statusCode).toBe(200);
    const file = await zelda.request(
      'POST',
      '/api/v1/tickets/attachments?name=' + encodeURIComponent(`${PHRASE}.txt`),
      `Written by ${NAME} <${EMAIL}>: ${PHRASE}`,
      { 'content-type': 'text/plain' },
    );
    expect(file.statusCode, file.body).toBe(201);
    const ticket = await openTicket(zelda, {
      subject: `Broken hinge ${PHRASE}`,
      body: `Hello, this is ${NAME}. The phrase is ${PHRASE}.`,
      attachmentIds: [file.json().id],
    });
    const reply = await owner.post(`/api/v1/tickets/${ticket.id}/messages`, { body: `Thanks ${NAME}, we are on it.` });
    expect(reply.statusCode, reply.body).toBe(201);
    const thread = await newThread(zelda, acme, `Question ${PHRASE}`, `My words: ${PHRASE}`);
    await zelda.post(`/api/v1/threads/${thread.id}/read`, {});
    await portal.ctx.background.idle();
    expect(await findInDatabase(portal.ctx.db, PHRASE)).not.toEqual([]);

    const started = await owner.post(`/api/v1/users/${zeldaId}/deletion-request`);
    expect(started.statusCode, started.body).toBe(201);
    expect(started.json()).toMatchObject({ requestedByStaff: true, status: 'scheduled' });
    const hold = await owner.put(`/api/v1/accounts/${acme}/legal-hold`, { reason: 'Litigation 2026-17' });
    expect(hold.json()).toMatchObject({ accountId: acme, hold: { reason: 'Litigation 2026-17' } });

    // Within the grace period nothing happens; after it, the hold blocks and says why.
    expect(await runDueDeletions(portal.ctx)).toEqual({ erased: 0, blocked: 0, skipped: 0 });
    portal.clock.advanceMinutes(15 * 24 * 60);
    owner = await portal.signedIn('owner@northwind.example'); // sessions ended with the days that passed
    expect(await runDueDeletions(portal.ctx)).toMatchObject({ blocked: 1 });
    const blocked = (await owner.get('/api/v1/deletion-requests?status=scheduled')).json().items[0];
    expect(blocked.blocked).toMatchObject({ code: 'legal_hold' });
    expect(blocked.blocked.reason).toContain('Litigation 2026-17');

    expect((await owner.delete(`/api/v1/accounts/${acme}/legal-hold`)).json().hold).toBeNull();
    expect(await runDueDeletions(portal.ctx)).toMatchObject({ erased: 1 });
    await portal.ctx.background.idle();
    expect(await runDueDeletions(portal.ctx)).toEqual({ erased: 0, blocked: 0, skipped: 0 });

    for (const needle of [EMAIL, NAME, PHRASE, '7946 0958']) {
      expect(await findInDatabase(portal.ctx.db, needle), needle).toEqual([]);
      expect(findInDirectory(join(portal.config.dataDir, 'files'), needle), needle).toEqual([]);
    }

    // The firm's records stay, with an anonymous placeholder: the ticket, its thread, the audit trail's actor id.
    const completed = (await owner.get('/api/v1/deletion-requests?status=completed')).json().items[0];
    expect(completed.person.name).toMatch(/^Deleted user [0-9a-f]{6}$/);
    const staffView = await owner.get(`/api/v1/tickets/${ticket.id}/messages`);
    expect(staffView.statusCode).toBe(200);
    const { rows } = await portal.ctx.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM audit_events WHERE actor_user_id = $1',
      [zeldaId],
    );
    expect(rows[0]!.n).toBeGreaterThan(0);
    // She can no longer sign in, and her old session is gone.
    expect((await portal.client().post('/api/v1/auth/sign-in', { email: EMAIL, password: PASSWORD })).statusCode).toBe(
      401,
    );
    expect((await zelda.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('an unpaid invoice of an account the person alone belongs to postpones it', async () => {
    owner = await portal.signedIn('owner@northwind.example');
    // A one-person account in a segment that bills, and an invoice sent to it and not paid.
    const segmentId = await idOf(portal.ctx.db, 'segments', 'Clients');
    const account = await owner.post('/api/v1/accounts', { name: 'Solo Trader', segmentId });
    expect(account.statusCode, account.body).toBe(201);
    const accountId = account.json().id as string;
    expect(
      (
        await owner.post(`/api/v1/accounts/${accountId}/invitations`, {
          email: 'solo@trader.example',
          role: 'account_admin',
        })
      ).statusCode,
    ).toBe(201);
    const token = tokenFromMail(
      (await lastMailTo(portal, 'solo@trader.example', { containing: '#token=' }))!.text_body,
    );
    const accepted = await portal
      .client()
      .post('/api/v1/auth/invitations/accept', { token, name: 'Solo Trader', password: PASSWORD });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const rows = [{ user_id: await userIdOf(portal.ctx.db, 'solo@trader.example'), account_id: accountId }];
    const profile = await owner.put(`/api/v1/accounts/${accountId}/billing-profile`, {
      legalName: 'Solo Trader Ltd',
      currency: 'EUR',
      contacts: [],
    });
    expect(profile.statusCode, profile.body).toBe(200);
    const invoice = await owner.post(`/api/v1/accounts/${rows[0]!.account_id}/billing-documents`, {
      kind: 'invoice',
      lines: [{ description: 'Bookkeeping', quantity: 1, unitPrice: 10000, taxRateIds: [] }],
    });
    expect(invoice.statusCode, invoice.body).toBe(201);
    expect((await owner.post(`/api/v1/billing-documents/${invoice.json().id}/send`)).statusCode).toBe(200);
    const started = await owner.post(`/api/v1/users/${rows[0]!.user_id}/deletion-request`);
    expect(started.statusCode, started.body).toBe(201);
    portal.clock.advanceMinutes(15 * 24 * 60);
    owner = await portal.signedIn('owner@northwind.example');
    expect(await runDueDeletions(portal.ctx)).toMatchObject({ blocked: 1, erased: 0 });
    const item = (await owner.get('/api/v1/deletion-requests?status=scheduled')).json().items[0];
    expect(item.blocked).toMatchObject({ code: 'unpaid_invoice' });
    // Staff cancel it on the person's behalf.
    const cancelled = await owner.post(`/api/v1/deletion-requests/${item.id}/cancel`);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    expectProblem(await owner.post(`/api/v1/deletion-requests/${item.id}/cancel`), 409);
  });
});
