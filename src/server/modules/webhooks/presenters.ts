import type { WebhookDelivery, WebhookEventType, WebhookSubscription } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { webhookPolicy } from './policy.ts';
import type { AttemptRow, DeliveryRow, SubscriptionRow } from './repository.ts';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function presentSubscription(actor: Actor, row: SubscriptionRow, now: Date): WebhookSubscription {
  const overlap = row.previous_secret_expires_at && row.previous_secret_expires_at > now;
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.event_types as WebhookEventType[],
    status: row.status,
    disabledReason: row.disabled_reason,
    disabledAt: iso(row.disabled_at),
    lastSuccessAt: iso(row.last_success_at),
    previousSecretExpiresAt: overlap ? iso(row.previous_secret_expires_at) : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
    abilities: webhookPolicy.subscriptionAbilities(actor),
  };
}

export function presentDelivery(actor: Actor, row: DeliveryRow, attempts: AttemptRow[]): WebhookDelivery {
  return {
    id: row.id,
    subscriptionId: row.subscription_id,
    eventId: row.event_id,
    eventType: row.event_type,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? iso(row.next_attempt_at) : null,
    replayOf: row.replay_of,
    requestBody: row.body,
    attemptLog: attempts.map((attempt) => ({
      id: attempt.id,
      attemptedAt: attempt.attempted_at.toISOString(),
      durationMs: attempt.duration_ms,
      responseStatus: attempt.response_status,
      responseBody: attempt.response_body,
      error: attempt.error,
    })),
    createdAt: row.created_at.toISOString(),
    abilities: webhookPolicy.deliveryAbilities(actor),
  };
}
