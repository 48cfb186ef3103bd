import { MESSAGE_EDIT_MINUTES } from '../../../contract/index.ts';
import { accountScopeOf, inAccountScope, isStaffAdmin, type Actor } from '../../platform/actor.ts';

export interface ThreadRef {
  account_id: string;
  created_by: string | null;
}

export interface MessageRef {
  author_id: string | null;
  internal: boolean;
  created_at: Date;
  deleted_at: Date | null;
}

/**
 * Who may do what in conversations. Reading is the account scope (staff: all or assigned accounts; people:
 * their memberships); internal notes exist for staff only.
 */
export const conversationPolicy = {
  seesInternal: (actor: Actor) => actor.staffRole !== null,

  threadAbilities(actor: Actor, thread: ThreadRef) {
    const view = inAccountScope(accountScopeOf(actor), thread.account_id);
    return {
      view,
      update: view && (actor.staffRole !== null || thread.created_by === actor.userId),
      post: view,
      postInternal: view && actor.staffRole !== null,
    };
  },

  canStartThread: (actor: Actor, accountId: string) => inAccountScope(accountScopeOf(actor), accountId),

  /** Authors edit their own words for a short while; after that the record stands (delete leaves a mark). */
  messageAbilities(actor: Actor, message: MessageRef, now: Date) {
    const live = message.deleted_at === null;
    const own = message.author_id === actor.userId;
    return {
      edit: live && own && now.getTime() - message.created_at.getTime() <= MESSAGE_EDIT_MINUTES * 60_000,
      delete: live && (own || isStaffAdmin(actor)),
      quote: live,
    };
  },
};
