import { randomUUID } from 'node:crypto';
import { WebhookEventType } from '../../src/contract/index.ts';
import type { TestPortal } from './harness.ts';

/**
 * An active subscription to these event types, so that writers queue their `webhooks.fanout` jobs: a writer skips
 * event types nobody subscribed to (platform/webhook-events.ts). For tests that read the queued events themselves;
 * written by SQL to a receiver that does not resolve (`.invalid`), since what is delivered, and how, is
 * test/integration/webhooks' subject.
 */
export async function subscribeToEvents(portal: TestPortal, eventTypes: string[] = WebhookEventType.options) {
  const now = portal.clock.now();
  await portal.ctx.db.query(
    `INSERT INTO webhook_subscriptions (id, url, description, event_types, secret_sealed, created_at, updated_at)
     VALUES ($1, 'https://receiver.invalid/hooks', 'test: queued events', $2, $3, $4, $4)`,
    [randomUUID(), eventTypes, portal.ctx.secretBox.seal(`whsec_${Buffer.alloc(24, 7).toString('base64')}`), now],
  );
}
