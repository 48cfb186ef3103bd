import type { Case } from '../platform/cross-account-cases.ts';
import type { HttpClient } from '../../support/http-client.ts';
import type { TestPortal } from '../../support/harness.ts';
import { conversationRuntimeOf } from '../../../src/server/modules/conversations/index.ts';

/** A data export belongs to one person: another person's export id reads as missing (platform/cross-account.test.ts). */
export const DATA_EXPORT_CASES: Case[] = [
  { method: 'GET', route: '/api/v1/me/data-exports/:exportId/download', scope: 'account' },
  // Deletion requests and legal holds are staff (owners/admins) routes: customers get 403 whatever the id.
  { method: 'POST', route: '/api/v1/users/:userId/deletion-request', scope: 'staff' },
  { method: 'POST', route: '/api/v1/deletion-requests/:requestId/cancel', scope: 'staff' },
  { method: 'GET', route: '/api/v1/accounts/:accountId/legal-hold', scope: 'staff' },
  {
    method: 'PUT',
    route: '/api/v1/accounts/:accountId/legal-hold',
    scope: 'staff',
    body: () => ({ reason: 'Taken over' }),
  },
  { method: 'DELETE', route: '/api/v1/accounts/:accountId/legal-hold', scope: 'staff' },
  { method: 'GET', route: '/api/v1/accounts/:accountId/data-rights', scope: 'staff' },
  { method: 'PUT', route: '/api/v1/users/:userId/legal-hold', scope: 'staff', body: () => ({ reason: 'Taken over' }) },
  { method: 'DELETE', route: '/api/v1/users/:userId/legal-hold', scope: 'staff' },
];

/** A ready data export of the signed-in client; returns its id. */
export async function dataExportIdOf(portal: TestPortal, client: HttpClient): Promise<string> {
  const id = ((await client.post('/api/v1/me/data-exports')).json() as { id: string }).id;
  await portal.ctx.background.idle();
  await conversationRuntimeOf(portal.ctx)!.jobs.drain();
  return id;
}
