import type { Case } from '../platform/cross-account-cases.ts';

/** The outbound webhooks' routes (portal-wide, staff owners and admins only) in the cross-account walk (platform/cross-account.test.ts). */
export const WEBHOOK_CASES: Case[] = [
  // Outbound webhooks: portal-wide, staff owners and admins only.
  { method: 'GET', route: '/api/v1/webhooks/subscriptions/:webhookId', scope: 'staff' },
  {
    method: 'PATCH',
    route: '/api/v1/webhooks/subscriptions/:webhookId',
    scope: 'staff',
    body: () => ({ enabled: false }),
  },
  { method: 'DELETE', route: '/api/v1/webhooks/subscriptions/:webhookId', scope: 'staff' },
  { method: 'POST', route: '/api/v1/webhooks/subscriptions/:webhookId/rotate-secret', scope: 'staff' },
  { method: 'GET', route: '/api/v1/webhooks/subscriptions/:webhookId/deliveries', scope: 'staff' },
  { method: 'POST', route: '/api/v1/webhooks/deliveries/:deliveryId/replay', scope: 'staff' },
];
