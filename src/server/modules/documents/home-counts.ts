import type { HomeCountsProvider } from '../../platform/home-counts.ts';
import { countFileRequestsByAccount } from './request-repository.ts';

/** File requests on the home pages: for staff, those submitted and waiting for review; for people, those waiting for their files. */
export const documentHomeCounts: HomeCountsProvider = {
  module: 'documents',
  async waitingOnStaff(db, scope) {
    return (await countFileRequestsByAccount(db, scope, 'submitted')).map((row) => ({
      accountId: row.account_id,
      key: 'documents.toReview',
      count: row.count,
      link: `/console/accounts/${row.account_id}/documents/requests`,
    }));
  },
  async openForPerson(db, _actor, accountId) {
    const [row] = await countFileRequestsByAccount(db, { kind: 'ids', ids: [accountId] }, 'pending');
    return row ? [{ key: 'documents.requested', count: row.count, link: '/documents/requests' }] : [];
  },
};
