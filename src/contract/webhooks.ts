import { z } from 'zod';
import { Abilities, Id, Timestamp } from './common.ts';

/**
 * Event types a webhook subscription can receive. Each owning module emits its events through
 * `platform/webhook-events.ts`; a new module adds its types here (see docs/ARCHITECTURE.md, "Outbound webhooks").
 */
export const WebhookEventType = z.enum([
  'message.created',
  'ticket.created',
  'ticket.updated',
  'document.uploaded',
  'file_request.submitted',
  'invoice.sent',
  'invoice.paid',
  'payment.failed',
  'retainer.overage_requested',
  'task.created',
  'task.completed',
  'order.created',
  'order.updated',
  'order.status_changed',
  'return.opened',
  'return.approved',
  'return.rejected',
  'return.received',
  'return.inspected',
  'return.refunded',
  'return.exchanged',
]);
export type WebhookEventType = z.infer<typeof WebhookEventType>;

/** The envelope of API-CONVENTIONS.md, shared with real-time events; `id` is stable across retries and replays. */
export const WebhookEnvelope = z.object({
  id: z.string(),
  type: z.string(),
  occurredAt: Timestamp,
  accountId: Id.nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type WebhookEnvelope = z.infer<typeof WebhookEnvelope>;

const WebhookUrl = z
  .string()
  .trim()
  .max(2000)
  .pipe(z.url({ protocol: /^https?$/ }));
const EventTypes = z
  .array(WebhookEventType)
  .min(1)
  .max(WebhookEventType.options.length)
  .refine((types) => new Set(types).size === types.length, 'Each event type once');

export const WebhookSubscription = z.object({
  id: Id,
  url: z.string(),
  description: z.string(),
  eventTypes: z.array(WebhookEventType),
  status: z.enum(['active', 'disabled']),
  disabledReason: z.string().nullable(),
  disabledAt: Timestamp.nullable(),
  lastSuccessAt: Timestamp.nullable(),
  /** While set and in the future, deliveries are signed with the previous secret too. */
  previousSecretExpiresAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: z.number().int(),
  abilities: Abilities('update', 'delete', 'rotateSecret'),
});
export type WebhookSubscription = z.infer<typeof WebhookSubscription>;

/** Create and rotate answer the secret once; it is stored sealed and never shown again. */
export const WebhookSubscriptionWithSecret = WebhookSubscription.extend({ secret: z.string() });
export type WebhookSubscriptionWithSecret = z.infer<typeof WebhookSubscriptionWithSecret>;

export const CreateWebhookSubscription = z.strictObject({
  url: WebhookUrl,
  description: z.string().trim().max(500).default(''),
  eventTypes: EventTypes,
});
export type CreateWebhookSubscription = z.infer<typeof CreateWebhookSubscription>;

export const UpdateWebhookSubscription = z.strictObject({
  url: WebhookUrl.optional(),
  description: z.string().trim().max(500).optional(),
  eventTypes: EventTypes.optional(),
  /** true re-enables a disabled endpoint; false disables it. */
  enabled: z.boolean().optional(),
});
export type UpdateWebhookSubscription = z.infer<typeof UpdateWebhookSubscription>;

export const WebhookDeliveryAttempt = z.object({
  id: Id,
  attemptedAt: Timestamp,
  durationMs: z.number().int(),
  responseStatus: z.number().int().nullable(),
  /** The first 2 KiB of the answer. */
  responseBody: z.string().nullable(),
  error: z.string().nullable(),
});

export const WebhookDelivery = z.object({
  id: Id,
  subscriptionId: Id,
  eventId: z.string(),
  eventType: z.string(),
  status: z.enum(['pending', 'succeeded', 'failed', 'cancelled']),
  attempts: z.number().int(),
  nextAttemptAt: Timestamp.nullable(),
  replayOf: Id.nullable(),
  /** The request body exactly as signed and sent. */
  requestBody: z.string(),
  attemptLog: z.array(WebhookDeliveryAttempt),
  createdAt: Timestamp,
  abilities: Abilities('replay'),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;
