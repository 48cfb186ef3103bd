import type { Case } from '../platform/cross-account-cases.ts';
import { orderPayload } from './support.ts';

/** The orders module's routes in the cross-account walk (platform/cross-account.test.ts): all inside an account. */
export const ORDER_CASES: Case[] = [
  {
    method: 'PUT',
    route: '/api/v1/accounts/:accountId/orders/by-external-id/:externalId',
    scope: 'account',
    body: () => orderPayload({ number: 'Taken', updatedAt: '2030-01-01T00:00:00Z' }),
  },
  { method: 'GET', route: '/api/v1/accounts/:accountId/orders', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/orders/import',
    scope: 'account',
    body: () => ({ csv: 'external_id\nx' }),
  },
  { method: 'GET', route: '/api/v1/orders/:orderId', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/orders/:orderId/tickets',
    scope: 'account',
    body: () => ({ subject: 'Taken', body: 'Taken' }),
  },
];
