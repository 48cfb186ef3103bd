import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishEvent } from '../../../src/server/platform/realtime/index.ts';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { cookieHeader, drainJobs, listen, newThread, post, SseClient } from '../conversations/helpers.ts';
import { expectProblem } from './problem-assertions.ts';

const SECRET = 'inbound-secret-inbound-secret-0123';
const DOMAIN = 'reply.portico.test';

/**
 * A segment switching modules off reaches past the routes: streams, notifications, search and email intake leave
 * out or refuse what the account no longer has. Blue Harbor gets a segment of its own with documents, messages and
 * tickets; Sam works for Acme (Clients, given tickets here) and Blue Harbor; then Blue Harbor's messages and
 * tickets go off.
 */
describe('a module switched off reaches streams, notifications, search and email', () => {
  let portal: TestPortal;
  let base: string;
  let owner: HttpClient;
  let acme: string;
  let blue: string;
  let blueSegment: string;
  let blueThread: string;
  let acmeTicket: string;
  let blueTicket: { id: string; number: number };
  let samId: string;
  const streams: SseClient[] = [];
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  let sequence = 0;

  const deliver = async (mail: { from: string; to: string; subject: string; text: string }) => {
    sequence += 1;
    const info = await composer.sendMail({ messageId: `<gate-${sequence}-${Date.now()}@mail.test>`, ...mail });
    const response = await portal.app.inject({
      method: 'POST',
      url: '/api/v1/inbound-email',
      payload: info.message as Buffer,
      headers: { 'content-type': 'message/rfc822', 'x-portico-inbound-secret': SECRET },
    });
    expect(response.statusCode).toBe(200);
    return response.json() as { accepted: boolean; reason?: string };
  };
  const open = async (client: HttpClient, lastEventId?: string) => {
    const stream = await SseClient.open(base, cookieHeader(client), lastEventId);
    streams.push(stream);
    return stream;
  };
  const replyToFor = async (email: string, subject: string) => {
    const { rows } = await portal.ctx.db.query<{ reply_to: string }>(
      `SELECT reply_to FROM mail_messages WHERE to_address = $1 AND reply_to IS NOT NULL AND strpos(subject, $2) > 0
       ORDER BY created_at DESC, id DESC LIMIT 1`,
      [email, subject],
    );
    return rows[0]!.reply_to;
  };

  beforeAll(async () => {
    portal = await startPortal({ INBOUND_EMAIL_DOMAIN: DOMAIN, INBOUND_WEBHOOK_SECRET: SECRET });
    base = await listen(portal);
    const db = portal.ctx.db;
    owner = await portal.signedIn('owner@northwind.example');
    acme = await idOf(db, 'accounts', 'Acme Manufacturing');
    blue = await idOf(db, 'accounts', 'Blue Harbor Dental');
    samId = await userIdOf(db, 'sam@consultant.example');
    await db.query("UPDATE segments SET modules = modules || '{tickets}'::text[] WHERE name = 'Clients'");
    const segment = await owner.post('/api/v1/segments', {
      name: 'Blue Harbor',
      kind: 'client_workspaces',
      modules: ['documents', 'messages', 'tickets'],
      signInMethods: ['password'],
      requireTwoFactor: false,
    });
    expect(segment.statusCode, segment.body).toBe(201);
    blueSegment = segment.json().id;
    await db.query('UPDATE accounts SET segment_id = $2 WHERE id = $1', [blue, blueSegment]);

    blueThread = (await newThread(owner, blue, 'Blue figures', 'Numbers for Blue Harbor')).id;
    const ticketFor = async (accountId: string, subject: string) => {
      const response = await owner.post('/api/v1/tickets', { subject, body: 'Help', accountId, requesterId: samId });
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as { id: string; number: number };
    };
    acmeTicket = (await ticketFor(acme, 'Acme printer jam')).id;
    blueTicket = await ticketFor(blue, 'Blue printer jam');
    await drainJobs(portal);
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    await portal.close();
  });

  it('streams, notifications, ticket search and email intake leave out the account once its modules are off', async () => {
    const sam = await portal.signedIn('sam@consultant.example');
    const stream = await open(sam);
    const before = await post(owner, blueThread, { body: 'Blue, live' });
    const live = await stream.waitFor((e) => e.type === 'message.created' && e.data.accountId === blue);
    await stream.waitFor((e) => e.type === 'notification.created' && e.data.data.messageId === before.id);
    const notificationsOf = async () =>
      ((await sam.get('/api/v1/notifications')).json().items as { accountId: string }[]).map((n) => n.accountId);
    expect(await notificationsOf()).toContain(blue);
    const unreadCount = async () => (await sam.get('/api/v1/notifications/unread-count')).json().count as number;
    const unreadBefore = await unreadCount();
    const blueUnread = (await notificationsOf()).filter((accountId) => accountId === blue).length;
    const searchTickets = async () =>
      ((await sam.get('/api/v1/tickets?q=printer')).json().items as { id: string }[]).map((t) => t.id);
    expect(await searchTickets()).toEqual(expect.arrayContaining([acmeTicket, blueTicket.id]));
    await drainJobs(portal);
    const biancaReplyTo = await replyToFor('bianca@blueharbor.example', 'Blue figures');

    // The admin switches messages and tickets off for Blue Harbor's segment.
    const { version } = (await owner.get(`/api/v1/segments/${blueSegment}`)).json();
    const switched = await owner.patch(
      `/api/v1/segments/${blueSegment}`,
      { modules: ['documents'] },
      { 'if-match': String(version) },
    );
    expect(switched.statusCode, switched.body).toBe(200);

    // Notifications and their count leave Blue Harbor out; ticket search and the ticket itself too.
    expect(await notificationsOf()).not.toContain(blue);
    expect(await unreadCount()).toBe(unreadBefore - blueUnread);
    expect(await searchTickets()).toEqual([acmeTicket]);
    expectProblem(await sam.get(`/api/v1/tickets/${blueTicket.id}`), 403, 'module_disabled');
    // Staff still read the ticket but change nothing in it, by its route or in bulk (where it fails alone).
    expect((await owner.get(`/api/v1/tickets/${blueTicket.id}`)).statusCode).toBe(200);
    expectProblem(await owner.patch(`/api/v1/tickets/${blueTicket.id}`, { priority: 'high' }), 403, 'module_disabled');
    const bulk = await owner.post('/api/v1/tickets/bulk', { ticketIds: [acmeTicket, blueTicket.id], priority: 'high' });
    expect(bulk.statusCode, bulk.body).toBe(200);
    expect(
      (bulk.json().items as { id: string; ok: boolean; code: string | null }[]).map((i) => [i.ok, i.code]),
    ).toEqual([
      [true, null],
      [false, 'module_disabled'],
    ]);

    // A Blue Harbor event (as a background job would publish it) reaches staff, not Sam; Acme's next one does.
    await portal.ctx.db.transaction((tx) =>
      publishEvent(
        tx,
        {
          type: 'message.created',
          accountId: blue,
          audience: 'account',
          data: { threadId: blueThread, marker: 'after-switch' },
          notify: { [samId]: { type: 'notification.created', data: { threadId: blueThread, marker: 'after-switch' } } },
        },
        portal.clock.now(),
      ),
    );
    const staffStream = await open(owner, live.id);
    await staffStream.waitFor((e) => e.data.data.marker === 'after-switch');
    const acmeThread = await newThread(owner, acme, 'Acme after', 'Acme still has messages');
    await stream.waitFor((e) => e.type === 'thread.created' && e.data.data.threadId === acmeThread.id);
    expect(stream.events.filter((e) => e.data.data.marker === 'after-switch')).toEqual([]);
    // Resuming from before the switch replays Acme's events, not Blue Harbor's.
    const resumed = await open(sam, String(Number(live.id) - 1));
    await resumed.waitFor((e) => e.type === 'thread.created' && e.data.data.threadId === acmeThread.id);
    expect(resumed.events.filter((e) => e.data.accountId === blue)).toEqual([]);

    // Mail into the thread and the ticket is refused and audited; nothing is posted.
    const intoThread = await deliver({
      from: 'bianca@blueharbor.example',
      to: biancaReplyTo,
      subject: 'Re: Blue figures',
      text: 'By email',
    });
    expect(intoThread).toMatchObject({ accepted: false, reason: 'module_disabled' });
    const intoTicket = await deliver({
      from: 'sam@consultant.example',
      to: `support@${DOMAIN}`,
      subject: `Re: [#${blueTicket.number}] Blue printer jam`,
      text: 'Still jammed',
    });
    expect(intoTicket).toMatchObject({ accepted: false, reason: 'module_disabled' });
    const reasons = (
      (await owner.get('/api/v1/audit-events?action=inbound_email.rejected')).json().items as {
        details: { reason: string };
      }[]
    ).map((event) => event.details.reason);
    expect(reasons.filter((reason) => reason === 'module_disabled')).toHaveLength(2);
    const texts = ((await owner.get(`/api/v1/threads/${blueThread}/messages`)).json().items as { body: string }[]).map(
      (m) => m.body,
    );
    expect(texts).not.toContain('By email');
    const ticketTexts = (
      (await owner.get(`/api/v1/tickets/${blueTicket.id}/messages`)).json().items as { body: string }[]
    ).map((m) => m.body);
    expect(ticketTexts).not.toContain('Still jammed');
  });
});
