import type { HomeCountsProvider } from '../../platform/home-counts.ts';
import { conversationPolicy } from './policy.ts';
import { unansweredThreadsByAccount, unreadByThread } from './repository-read-state.ts';

/** Messages on the home pages: for staff, conversations whose last word is the client's; for people, their unread messages. */
export const conversationHomeCounts: HomeCountsProvider = {
  module: 'messages',
  async waitingOnStaff(db, scope) {
    return (await unansweredThreadsByAccount(db, scope)).map((row) => ({
      accountId: row.account_id,
      key: 'messages.unanswered',
      count: row.count,
      link: `/console/accounts/${row.account_id}/messages`,
    }));
  },
  async openForPerson(db, actor, accountId) {
    const threads = await unreadByThread(
      db,
      { kind: 'ids', ids: [accountId] },
      conversationPolicy.seesInternal(actor),
      actor.userId,
    );
    const count = threads.reduce((sum, thread) => sum + thread.unread, 0);
    return count ? [{ key: 'messages.unread', count, link: '/messages' }] : [];
  },
};
