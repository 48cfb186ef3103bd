import type { Case } from '../platform/cross-account-cases.ts';

/** CSV imports (portal-wide, staff owners and admins only) in the cross-account walk (platform/cross-account.test.ts). */
export const IMPORT_CASES: Case[] = [
  { method: 'GET', route: '/api/v1/imports/:importId', scope: 'staff' },
  {
    method: 'POST',
    route: '/api/v1/imports/:importId/run',
    scope: 'staff',
    body: () => ({ dryRun: true, mapping: { accountName: 'name', externalId: 'id' } }),
  },
  { method: 'GET', route: '/api/v1/imports/:importId/errors.csv', scope: 'staff' },
  { method: 'GET', route: '/api/v1/imports/:importId/report.csv', scope: 'staff' },
];
