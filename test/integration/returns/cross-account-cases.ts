import type { TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import type { Case } from '../platform/cross-account-cases.ts';
import { PDF } from './support.ts';
import { deliveredOrder, uploadPhoto } from './support.ts';

/** The returns module's routes in the cross-account walk (platform/cross-account.test.ts): all inside an account. */
export const RETURN_CASES: Case[] = [
  { method: 'GET', route: '/api/v1/orders/:orderId/return-eligibility', scope: 'account' },
  { method: 'GET', route: '/api/v1/orders/:orderId/return-steps', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/orders/:orderId/returns',
    scope: 'account',
    body: () => ({ lines: [{ index: 0, quantity: 1 }], reason: 'Damaged or defective', resolution: 'refund' }),
  },
  { method: 'GET', route: '/api/v1/returns/:returnId', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/returns/:returnId/decision',
    scope: 'account',
    body: () => ({ decision: 'reject', reason: 'Taken over' }),
  },
  {
    method: 'POST',
    route: '/api/v1/returns/:returnId/progress',
    scope: 'account',
    body: () => ({ status: 'received' }),
  },
  { method: 'GET', route: '/api/v1/returns/:returnId/label/download', scope: 'account' },
  { method: 'GET', route: '/api/v1/returns/:returnId/photos/:photoId/download', scope: 'account' },
  { method: 'POST', route: '/api/v1/accounts/:accountId/return-photos', scope: 'account', body: () => PDF },
  { method: 'PUT', route: '/api/v1/returns/:returnId/label', scope: 'account', body: () => PDF },
  { method: 'GET', route: '/api/v1/segments/:segmentId/return-policy', scope: 'staff' },
  {
    method: 'PUT',
    route: '/api/v1/segments/:segmentId/return-policy',
    scope: 'staff',
    body: () => ({ windowDays: 1, nonReturnable: [], reasons: ['x'], resolutions: ['refund'], photosRequired: false }),
  },
];

/** A return in the target account, with its photo and label (the walk's ids). */
export async function returnIds(portal: TestPortal, owner: HttpClient, person: HttpClient, accountId: string) {
  const order = await deliveredOrder(portal, owner, accountId, 'acme-return');
  const photoId = await uploadPhoto(person, accountId);
  const opened = await person.post(`/api/v1/orders/${order.id}/returns`, {
    lines: [{ index: 0, quantity: 1 }],
    reason: 'Damaged or defective',
    resolution: 'refund',
    photoIds: [photoId],
  });
  if (opened.statusCode !== 201) throw new Error(opened.body);
  const returnId = (opened.json() as { id: string }).id;
  await owner.post(`/api/v1/returns/${returnId}/decision`, { decision: 'approve', instructions: 'Send it back.' });
  await owner.put(`/api/v1/returns/${returnId}/label`, PDF, { 'content-type': 'application/pdf' });
  return { returnId, photoId };
}
