import type { WebhookEnvelope, WebhookEventType } from '../../contract/index.ts';
import type { Queryable } from './db/index.ts';
import { newId } from './ids.ts';
import { enqueueJob, type NewJob } from './jobs/index.ts';

/** The job that turns one emitted event into a delivery per matching subscription (the webhooks module runs it). */
export const WEBHOOK_FANOUT_JOB = 'webhooks.fanout';

export interface WebhookEventSource {
  type: WebhookEventType;
  accountId: string | null;
  /** What receivers get as `data`: built by the owning module (ids plus the fields an integrator needs). */
  data: Record<string, unknown>;
}

/**
 * Whether any subscription could want an event of this type, asked inside the writer's transaction. The webhooks
 * module sets it when its runtime starts; unset (a CLI run, a seed), every event is queued and the fan-out decides.
 */
export type WebhookInterest = (tx: Queryable, type: WebhookEventType) => Promise<boolean>;
let interest: WebhookInterest | null = null;
/** The same test as SQL (a boolean expression over the event type's placeholder), for writers that fold it in. */
export type WebhookInterestSql = (typePlaceholder: string) => string;
let interestSql: WebhookInterestSql | null = null;

export function setWebhookInterest(check: WebhookInterest | null, sql: WebhookInterestSql | null = null) {
  interest = check;
  interestSql = sql;
}

/**
 * How a module feeds outbound webhooks, inside its own transaction: the event exists exactly when the change
 * committed (a rollback sends nothing, a crash after commit loses nothing: the job is durable). The owning module
 * builds the envelope's `data`; the webhooks module never reads other modules' tables. Fan-out to subscriptions
 * happens in a job, so the writer's transaction pays for one insert whatever the number of subscriptions.
 */
export async function emitWebhookEvent(tx: Queryable, event: WebhookEventSource, now: Date): Promise<string> {
  const { envelope, job } = webhookEventJob(event, now);
  // No subscription wants this type: nothing to fan out. Every message posted used to queue a job that claimed,
  // read the subscriptions and finished, four statements of background work per write for portals with no webhooks.
  // A subscription committed after this check does not get this event, as it would not had it come a moment later.
  if (interest && !(await interest(tx, event.type))) return envelope.id;
  await enqueueJob(tx, job, now);
  return envelope.id;
}

/** The envelope and its fan-out job, for a writer that queues the job in a statement of its own making. */
export function webhookEventJob(event: WebhookEventSource, now: Date) {
  const envelope: WebhookEnvelope = {
    id: `evt_${newId(now.getTime()).replaceAll('-', '')}`,
    type: event.type,
    occurredAt: now.toISOString(),
    accountId: event.accountId,
    data: event.data,
  };
  const job: NewJob = {
    kind: WEBHOOK_FANOUT_JOB,
    payload: envelope as unknown as Record<string, unknown>,
    runAt: now,
    maxAttempts: 20,
  };
  return { envelope, job };
}

/**
 * emitWebhookEvent's interest test inside the writer's own statement: SQL true when some subscription may want
 * the event type (`typePlaceholder`), `true` when no webhooks runtime set one (as emitWebhookEvent queues then).
 */
export function webhookInterestSql(typePlaceholder: string): string {
  if (!interest) return 'true';
  // A runtime that gave a check but no SQL form: queue, and let the fan-out decide (never lose an event).
  return interestSql ? `(${interestSql(typePlaceholder)})` : 'true';
}
