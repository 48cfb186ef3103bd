import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conversationRuntimeOf } from '../../../src/server/modules/conversations/index.ts';
import { latestRatingFor, requestRatingInTransaction } from '../../../src/server/modules/satisfaction/index.ts';
import { lastMailTo, startPortal, tokenFromMail, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { accountOfUser, insertTicketRow } from './ticket-rows.ts';

const DANA = 'dana.diaz@customers.example';
const ELI = 'eli.evans@customers.example';

describe('CSAT ratings', () => {
  let portal: TestPortal;
  let dana: HttpClient;
  let eli: HttpClient;
  let danaId: string;
  let danaAccount: string;

  /** A solved ticket of `requesterId` with its rating request, as the tickets module makes it on solve. */
  async function solvedTicket(requesterId: string, accountId: string) {
    const now = portal.clock.now();
    const ticketId = await insertTicketRow(portal.ctx.db, {
      accountId,
      requesterId,
      status: 'solved',
      createdAt: now,
      solvedAt: now,
      subject: 'Broken mug',
    });
    await portal.ctx.db.transaction((tx) => requestRatingInTransaction(portal.ctx, tx, ticketId, now));
    await conversationRuntimeOf(portal.ctx)!.jobs.drain();
    return ticketId;
  }

  async function storedRating(ticketId: string) {
    const { rows } = await portal.ctx.db.query<{ rating: string | null; comment: string | null }>(
      'SELECT rating, comment FROM ticket_ratings WHERE ticket_id = $1 ORDER BY requested_at DESC LIMIT 1',
      [ticketId],
    );
    return rows[0];
  }

  beforeAll(async () => {
    portal = await startPortal();
    dana = await portal.signedIn(DANA);
    eli = await portal.signedIn(ELI);
    danaId = await userIdOf(portal.ctx.db, DANA);
    danaAccount = await accountOfUser(portal.ctx.db, danaId);
  }, 180_000); // starting a seeded portal and writing the data takes a while on a busy machine
  afterAll(() => portal.close());

  it('emails the requester two one-click links; the link rates, rating again changes it, and a GET never rates', async () => {
    const ticketId = await solvedTicket(danaId, danaAccount);
    const mail = await lastMailTo(portal, DANA);
    expect(mail?.subject).toContain('Broken mug');
    expect(mail!.text_body).toMatch(/http:\/\/portico\.test\/rate#token=[A-Za-z0-9_-]+&rating=good/);
    expect(mail!.text_body).toMatch(/http:\/\/portico\.test\/rate#token=[A-Za-z0-9_-]+&rating=bad/);
    expect(mail!.html_body).toMatch(/<a href="http:\/\/portico\.test\/rate#token=[A-Za-z0-9_-]+&amp;rating=bad"[^>]*>/);
    const token = tokenFromMail(mail!.text_body);
    // The stored token is hashed: the plaintext is nowhere in the database.
    const { rows } = await portal.ctx.db.query('SELECT 1 FROM ticket_ratings WHERE token_hash = $1', [token]);
    expect(rows).toHaveLength(0);

    // A mail scanner following the link does a GET: there is no such route, and nothing is rated.
    expect((await portal.client().get(`/api/v1/ticket-ratings/by-token?token=${token}&rating=good`)).statusCode).toBe(
      404,
    );
    expect(await storedRating(ticketId)).toEqual({ rating: null, comment: null });

    const anonymous = portal.client();
    const good = await anonymous.post('/api/v1/ticket-ratings/by-token', { token, rating: 'good' });
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json()).toMatchObject({ ticketId, rating: 'good', comment: null });
    expect(good.json().ratedAt).toEqual(expect.any(String));

    const comment = '<b>Slow</b> <script>alert(1)</script> reply';
    const bad = await anonymous.post('/api/v1/ticket-ratings/by-token', { token, rating: 'bad', comment });
    expect(bad.statusCode).toBe(200);
    expect(bad.json()).toMatchObject({ ticketId, rating: 'bad', comment });
    expect(await storedRating(ticketId)).toEqual({ rating: 'bad', comment });
    // The requester sees it on the ticket; nobody else does.
    expect(await latestRatingFor(portal.ctx.db, ticketId, danaId)).toMatchObject({ rating: 'bad', comment });
    expect(await latestRatingFor(portal.ctx.db, ticketId, await userIdOf(portal.ctx.db, ELI))).toBeNull();
  });

  it('an unknown token is 404 and a too-long comment is refused', async () => {
    expectProblem(
      await portal.client().post('/api/v1/ticket-ratings/by-token', { token: 'x'.repeat(43), rating: 'good' }),
      404,
      'not_found',
    );
    expectProblem(
      await portal
        .client()
        .post('/api/v1/ticket-ratings/by-token', { token: 'x'.repeat(43), rating: 'good', comment: 'y'.repeat(2001) }),
      400,
    );
  });

  it('the requester rates in the portal; another customer gets 404, an unsolved ticket 409', async () => {
    const ticketId = await solvedTicket(danaId, danaAccount);
    const rated = await dana.post(`/api/v1/tickets/${ticketId}/rating`, { rating: 'good', comment: '  Thanks!  ' });
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json()).toMatchObject({ ticketId, rating: 'good', comment: 'Thanks!' });

    const foreign = await eli.post(`/api/v1/tickets/${ticketId}/rating`, { rating: 'bad' });
    const missing = await eli.post('/api/v1/tickets/01900000-0000-7000-8000-000000000000/rating', { rating: 'bad' });
    expectProblem(foreign, 404, 'not_found');
    expect(missing.statusCode).toBe(404);
    expect(await storedRating(ticketId)).toEqual({ rating: 'good', comment: 'Thanks!' });

    // Staff see the ticket but were not helped by it: only the requester rates.
    const owner = await portal.signedIn('owner@northwind.example');
    expectProblem(await owner.post(`/api/v1/tickets/${ticketId}/rating`, { rating: 'bad' }), 403);

    const open = await insertTicketRow(portal.ctx.db, {
      accountId: danaAccount,
      requesterId: danaId,
      status: 'open',
      createdAt: portal.clock.now(),
    });
    expectProblem(await dana.post(`/api/v1/tickets/${open}/rating`, { rating: 'good' }), 409, 'not_solved');
  });

  it('no email when the requester is deactivated', async () => {
    const eliId = await userIdOf(portal.ctx.db, ELI);
    const before = await lastMailTo(portal, ELI);
    await portal.ctx.db.query('UPDATE users SET deactivated_at = $2 WHERE id = $1', [eliId, portal.clock.now()]);
    const ticketId = await solvedTicket(eliId, await accountOfUser(portal.ctx.db, eliId));
    expect(await lastMailTo(portal, ELI)).toEqual(before);
    const { rows } = await portal.ctx.db.query(
      "SELECT 1 FROM jobs WHERE kind = 'satisfaction.email' AND status = 'done' AND payload->>'ratingId' IN (SELECT id::text FROM ticket_ratings WHERE ticket_id = $1)",
      [ticketId],
    );
    expect(rows).toHaveLength(1);
  });

  it('guessing tokens from one address is throttled', async () => {
    const guesser = portal.client();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 31; attempt += 1) {
      statuses.push(
        (
          await guesser.post(
            '/api/v1/ticket-ratings/by-token',
            { token: `guess-${attempt}`.padEnd(43, 'x'), rating: 'good' },
            { 'x-test-ip': '203.0.113.9' },
          )
        ).statusCode,
      );
    }
    expect(statuses.slice(0, 30).every((status) => status === 404)).toBe(true);
    expect(statuses[30]).toBe(429);
  });

  it('after 7 days the link and the portal answer 410 rating_expired', async () => {
    const ticketId = await solvedTicket(danaId, danaAccount);
    const token = tokenFromMail((await lastMailTo(portal, DANA))!.text_body);
    expect((await portal.client().post('/api/v1/ticket-ratings/by-token', { token, rating: 'good' })).statusCode).toBe(
      200,
    );
    portal.clock.advanceMinutes(7 * 24 * 60 + 1);
    expectProblem(
      await portal.client().post('/api/v1/ticket-ratings/by-token', { token, rating: 'bad' }),
      410,
      'rating_expired',
    );
    // A week later the earlier session has timed out: sign in again.
    const later = await portal.signedIn(DANA);
    expectProblem(await later.post(`/api/v1/tickets/${ticketId}/rating`, { rating: 'bad' }), 410, 'rating_expired');
    expect(await storedRating(ticketId)).toEqual({ rating: 'good', comment: null });
  });
});
