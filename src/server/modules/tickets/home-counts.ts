import type { HomeCountsProvider } from '../../platform/home-counts.ts';
import { countQueueByAccount } from './repository-queue.ts';

const OPEN_STATUSES = ['new', 'open', 'pending_customer', 'on_hold'];

/** Tickets on the home pages: for staff, running SLA targets past due or due within the hour; for people, their open tickets. */
export const ticketHomeCounts: HomeCountsProvider = {
  module: 'tickets',
  async waitingOnStaff(db, scope, now) {
    const viewer = { scope, userId: '', staff: true };
    const counts = [];
    for (const sla of ['breached', 'due_soon'] as const) {
      for (const row of await countQueueByAccount(db, viewer, { sla }, now))
        counts.push({
          accountId: row.account_id,
          key: `tickets.${sla === 'breached' ? 'breached' : 'dueSoon'}`,
          count: row.count,
          link: `/console/tickets?accountId=${row.account_id}&sla=${sla}&sort=due_asc`,
        });
    }
    return counts;
  },
  async openForPerson(db, actor, accountId, now) {
    const viewer = { scope: { kind: 'ids' as const, ids: [accountId] }, userId: actor.userId, staff: false };
    const [row] = await countQueueByAccount(db, viewer, { status: OPEN_STATUSES, accountId }, now);
    return row ? [{ key: 'tickets.open', count: row.count, link: '/tickets' }] : [];
  },
};
