/*
 * Outbound webhooks: subscriptions per event type, signed deliveries (Standard Webhooks) from the job queue, the
 * delivery log and replay. Other modules never import this: they emit through platform/webhook-events.ts.
 */
export { webhookRoutes } from './routes.ts';
/** For tests and the bench: run the webhook jobs due now. */
export { drainWebhooks } from './runtime.ts';
