import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import {
  deliverDue,
  deliveriesOf,
  fileTicket,
  startWebhookTest,
  stopWebhookTest,
  subscribe,
  type Receiver,
} from './helpers.ts';

describe('webhooks: signed deliveries, log, replay, rotation', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let dana: HttpClient;
  let receiver: Receiver;

  beforeAll(async () => {
    ({ receiver, portal, owner, dana } = await startWebhookTest());
  });
  afterAll(() => stopWebhookTest(portal, receiver));

  it('only staff owners and admins manage webhooks: agents and people get 403', async () => {
    const agent = await portal.signedIn('agent@northwind.example');
    for (const client of [agent, dana]) {
      expect((await client.get('/api/v1/webhooks/subscriptions')).statusCode).toBe(403);
      const created = await client.post('/api/v1/webhooks/subscriptions', {
        url: receiver.url('/ok'),
        eventTypes: ['ticket.created'],
      });
      expect(created.statusCode).toBe(403);
    }
  });

  it('refuses bad input with 400: unknown event types, no types, not a URL, other schemes, extra fields', async () => {
    for (const body of [
      { url: receiver.url('/ok'), eventTypes: ['ticket.exploded'] },
      { url: receiver.url('/ok'), eventTypes: [] },
      { url: receiver.url('/ok'), eventTypes: ['ticket.created', 'ticket.created'] },
      { url: 'not a url', eventTypes: ['ticket.created'] },
      { url: 'ftp://example.com/x', eventTypes: ['ticket.created'] },
      { url: receiver.url('/ok'), eventTypes: 'ticket.created' },
      { url: receiver.url('/ok'), eventTypes: ['ticket.created'], secret: 'mine' },
    ]) {
      const response = await owner.post('/api/v1/webhooks/subscriptions', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await owner.get('/api/v1/webhooks/subscriptions/0190e8c8-0000-7000-8000-000000000000')).statusCode).toBe(
      404,
    );
  });

  it('a ticket created -> a signed delivery that verifies, carrying the event envelope; the log shows it', async () => {
    const subscription = await subscribe(owner, receiver.url('/ok'));
    const ticket = await fileTicket(dana);
    await deliverDue(portal);
    const [request] = receiver.to('/ok');
    expect(request).toBeDefined();
    const headers = request!.headers as Record<string, string>;
    const envelope = new Webhook(subscription.secret).verify(request!.body, headers) as Record<string, unknown>;
    expect(envelope).toMatchObject({
      type: 'ticket.created',
      data: { ticketId: ticket.id, subject: 'Printer on fire' },
    });
    expect(envelope.id).toBe(headers['webhook-id']);
    expect(typeof envelope.accountId).toBe('string');
    expect(new Date(String(envelope.occurredAt)).toISOString()).toBe(envelope.occurredAt);

    const [delivery] = await deliveriesOf(owner, subscription.id);
    expect(delivery).toMatchObject({
      status: 'succeeded',
      attempts: 1,
      eventId: envelope.id,
      requestBody: request!.body,
    });
    expect(delivery!.attemptLog).toEqual([
      expect.objectContaining({ responseStatus: 200, responseBody: 'ok', error: null }),
    ]);

    // Replay: the same event (same webhook-id and body) arrives again, as a new delivery in the log.
    const replay = await owner.post(`/api/v1/webhooks/deliveries/${delivery!.id}/replay`);
    expect(replay.statusCode, replay.body).toBe(202);
    await deliverDue(portal);
    const again = receiver.to('/ok');
    expect(again).toHaveLength(2);
    expect(again[1]!.headers['webhook-id']).toBe(envelope.id);
    expect(again[1]!.body).toBe(request!.body);
    const log = await deliveriesOf(owner, subscription.id);
    expect(log.map((entry) => entry.status)).toEqual(['succeeded', 'succeeded']);
    expect(
      (await owner.post('/api/v1/webhooks/deliveries/0190e8c8-0000-7000-8000-000000000000/replay')).statusCode,
    ).toBe(404);
    await owner.delete(`/api/v1/webhooks/subscriptions/${subscription.id}`);
  });

  it('a message posted reaches a message.created subscription; a ticket event does not', async () => {
    const subscription = await subscribe(owner, receiver.url('/messages'), ['message.created']);
    const ticket = await fileTicket(dana, 'Paper jam');
    await deliverDue(portal);
    // The ticket's description is its first message.
    expect(receiver.to('/messages').map((r) => JSON.parse(r.body).type)).toEqual(['message.created']);
    const reply = await owner.post(`/api/v1/tickets/${ticket.id}/messages`, { body: 'On our way' });
    expect(reply.statusCode, reply.body).toBe(201);
    await deliverDue(portal);
    const bodies = receiver.to('/messages').map((r) => JSON.parse(r.body) as { data: { message: { body: string } } });
    expect(bodies.map((b) => b.data.message.body)).toEqual(['It is still burning.', 'On our way']);
    await owner.delete(`/api/v1/webhooks/subscriptions/${subscription.id}`);
  });

  it('an event nobody subscribed to queues no work; a subscription made later gets the events after it', async () => {
    const fanOuts = async () =>
      (
        await portal.ctx.db.query(
          "SELECT 1 FROM jobs WHERE kind = 'webhooks.fanout' AND payload->>'type' = 'ticket.created'",
        )
      ).rowCount;
    const before = await fanOuts();
    await fileTicket(dana, 'Nobody listens');
    expect(await fanOuts()).toBe(before);
    const subscription = await subscribe(owner, receiver.url('/later'), ['ticket.created']);
    await fileTicket(dana, 'Now somebody does');
    await deliverDue(portal);
    expect(receiver.to('/later').map((r) => JSON.parse(r.body).data.subject)).toEqual(['Now somebody does']);
    await owner.delete(`/api/v1/webhooks/subscriptions/${subscription.id}`);
  });

  it('rotation: both secrets sign for 24 hours, then only the new one', async () => {
    const subscription = await subscribe(owner, receiver.url('/rotate'));
    const rotated = await owner.post(`/api/v1/webhooks/subscriptions/${subscription.id}/rotate-secret`);
    expect(rotated.statusCode, rotated.body).toBe(200);
    const { secret: fresh, previousSecretExpiresAt } = rotated.json();
    expect(fresh).not.toBe(subscription.secret);
    expect(previousSecretExpiresAt).not.toBeNull();
    await fileTicket(dana);
    await deliverDue(portal);
    const first = receiver.to('/rotate')[0]!;
    expect(new Webhook(fresh).verify(first.body, first.headers as Record<string, string>)).toBeTruthy();
    expect(new Webhook(subscription.secret).verify(first.body, first.headers as Record<string, string>)).toBeTruthy();

    portal.clock.advanceMinutes(25 * 60);
    dana = await portal.signedIn('dana.diaz@customers.example');
    owner = await portal.signedIn('owner@northwind.example');
    await fileTicket(dana);
    await deliverDue(portal);
    const later = receiver.to('/rotate')[1]!;
    const signatures = String(later.headers['webhook-signature']).split(' ');
    // The moved clock is ahead of the library's own: compare signatures rather than call verify (which checks age).
    const at = new Date(Number(later.headers['webhook-timestamp']) * 1000);
    const id = String(later.headers['webhook-id']);
    expect(signatures).toEqual([new Webhook(fresh).sign(id, at, later.body)]);
    expect(
      (await owner.get(`/api/v1/webhooks/subscriptions/${subscription.id}`)).json().previousSecretExpiresAt,
    ).toBeNull();
    await owner.delete(`/api/v1/webhooks/subscriptions/${subscription.id}`);
  });
});
