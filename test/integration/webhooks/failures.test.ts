import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastMailTo, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { RETRY_DELAYS_MS } from '../../../src/server/modules/webhooks/signing.ts';
import {
  deliverDue,
  deliveriesOf,
  fileTicket,
  startWebhookTest,
  stopWebhookTest,
  subscribe,
  type Receiver,
} from './helpers.ts';

describe('webhooks: retries, disabling, SSRF refusals', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let dana: HttpClient;
  let receiver: Receiver;

  beforeAll(async () => {
    ({ receiver, portal, owner, dana } = await startWebhookTest());
  });
  afterAll(() => stopWebhookTest(portal, receiver));

  async function signInAgain() {
    owner = await portal.signedIn('owner@northwind.example');
    dana = await portal.signedIn('dana.diaz@customers.example');
  }

  it('a failing endpoint is retried with backoff for about three days, then disabled and the admins told', async () => {
    const subscription = await subscribe(owner, receiver.url('/fail'));
    await fileTicket(dana);
    await deliverDue(portal);
    expect(receiver.to('/fail')).toHaveLength(1);

    for (const [index, delay] of RETRY_DELAYS_MS.entries()) {
      // Just before the retry is due nothing happens; once it is due, exactly one more attempt.
      portal.clock.advanceMinutes(delay / 60_000 - 0.05);
      await deliverDue(portal);
      expect(receiver.to('/fail')).toHaveLength(index + 1);
      portal.clock.advanceMinutes(0.1);
      await deliverDue(portal);
      expect(receiver.to('/fail')).toHaveLength(index + 2);
    }
    await signInAgain();
    const [delivery] = await deliveriesOf(owner, subscription.id);
    expect(delivery).toMatchObject({ status: 'failed', attempts: RETRY_DELAYS_MS.length + 1 });
    expect(delivery!.attemptLog.every((attempt) => attempt.responseStatus === 500)).toBe(true);
    expect(delivery!.attemptLog[0]!.responseBody).toBe('broken <b>today</b>');
    // All webhook-ids equal: receivers de-duplicate retries.
    expect(new Set(receiver.to('/fail').map((r) => r.headers['webhook-id'])).size).toBe(1);

    const state = (await owner.get(`/api/v1/webhooks/subscriptions/${subscription.id}`)).json();
    expect(state).toMatchObject({ status: 'disabled', disabledReason: 'failing' });
    const mail = await lastMailTo(portal, 'owner@northwind.example', { containing: receiver.url('/fail') });
    expect(mail?.subject).toMatch(/webhook endpoint .* was disabled/);
    const { rows } = await portal.ctx.db.query(
      "SELECT 1 FROM events WHERE type = 'webhook.disabled' AND data->>'subscriptionId' = $1",
      [subscription.id],
    );
    expect(rows.length).toBeGreaterThan(0);

    // Disabled: new events are not delivered to it. Re-enabled and fixed: a replay goes through.
    await fileTicket(dana);
    await deliverDue(portal);
    expect(receiver.to('/fail')).toHaveLength(RETRY_DELAYS_MS.length + 1);
    receiver.recover();
    const enabled = await owner.patch(`/api/v1/webhooks/subscriptions/${subscription.id}`, { enabled: true });
    expect(enabled.statusCode, enabled.body).toBe(200);
    expect(enabled.json().status).toBe('active');
    expect((await owner.post(`/api/v1/webhooks/deliveries/${delivery!.id}/replay`)).statusCode).toBe(202);
    await deliverDue(portal);
    expect((await deliveriesOf(owner, subscription.id))[0]).toMatchObject({ status: 'succeeded', attempts: 1 });
    await owner.delete(`/api/v1/webhooks/subscriptions/${subscription.id}`);
  });

  it('a redirect is not followed: the 3xx is a failed attempt', async () => {
    const subscription = await subscribe(owner, receiver.url('/redirect'));
    await fileTicket(dana);
    await deliverDue(portal);
    expect(receiver.to('/followed')).toHaveLength(0);
    const [delivery] = await deliveriesOf(owner, subscription.id);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 1 });
    expect(delivery!.attemptLog[0]!.responseStatus).toBe(302);
    await owner.delete(`/api/v1/webhooks/subscriptions/${subscription.id}`);
  });

  it('a huge answer is cut: reading stops at the cap and the log keeps 2 KiB', async () => {
    const subscription = await subscribe(owner, receiver.url('/huge'));
    await fileTicket(dana);
    await deliverDue(portal);
    const [delivery] = await deliveriesOf(owner, subscription.id);
    const attempt = delivery!.attemptLog[0]!;
    expect(attempt.responseStatus).toBe(200);
    expect(attempt.responseBody!.length).toBe(2048);
    expect(attempt.error).toMatch(/cut/);
    await owner.delete(`/api/v1/webhooks/subscriptions/${subscription.id}`);
  });

  it('private and loopback destinations outside the allowlist are refused before any connection (localhost without an allowlist: unit test)', async () => {
    const before = receiver.received.length;
    const port = new URL(receiver.url('/')).port;
    const urls = [
      `http://127.0.0.2:${port}/ssrf`,
      `http://[::ffff:127.0.0.2]:${port}/ssrf`,
      `http://10.0.0.1:${port}/ssrf`,
      `http://169.254.169.254/latest/meta-data/`,
      `http://[fd00:ec2::254]/latest/meta-data/`,
      `http://100.100.100.200/latest/meta-data/`,
      `http://[::]:${port}/ssrf`,
    ];
    const ids: string[] = [];
    for (const url of urls) ids.push((await subscribe(owner, url)).id);
    await fileTicket(dana);
    await deliverDue(portal);
    for (const [index, id] of ids.entries()) {
      const [delivery] = await deliveriesOf(owner, id);
      const attempt = delivery!.attemptLog[0]!;
      expect(attempt.responseStatus, urls[index]).toBeNull();
      expect(attempt.error, urls[index]).toMatch(/refused/);
      await owner.delete(`/api/v1/webhooks/subscriptions/${id}`);
    }
    expect(receiver.received.length).toBe(before);
  });
});
