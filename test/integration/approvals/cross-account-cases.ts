import type { Case } from '../platform/cross-account-cases.ts';

/** The approvals module's routes in the cross-account walk (platform/cross-account.test.ts). */
export const APPROVAL_CASES: Case[] = [
  // Approvals: approvalId is asked of the target account's admin on one of its documents.
  { method: 'GET', route: '/api/v1/accounts/:accountId/approvals', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/approvals',
    scope: 'account',
    body: (ids) => ({ subjectType: 'document_version', documentIds: [ids.documentId], approverIds: [ids.userId] }),
  },
  { method: 'GET', route: '/api/v1/approvals/:approvalId', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/approvals/:approvalId/decision',
    scope: 'account',
    body: () => ({ decision: 'approved', contentSha256: '0'.repeat(64) }),
  },
  { method: 'POST', route: '/api/v1/approvals/:approvalId/rerequest', scope: 'account' },
  { method: 'POST', route: '/api/v1/approvals/:approvalId/cancel', scope: 'account' },
];
