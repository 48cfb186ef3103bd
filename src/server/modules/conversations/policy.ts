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
  edit_window_minutes: number;
  ticket_description: boolean;
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

  /**
   * Firms keep the record. Staff edit their own words for MESSAGE_EDIT_MINUTES and delete their own (admins any).
   * People outside the firm change their own message only within their segment's window, and never a ticket's
   * description. A deleted message leaves a mark (staff still read it).
   */
  messageAbilities(actor: Actor, message: MessageRef, now: Date) {
    const live = message.deleted_at === null;
    const own = message.author_id === actor.userId;
    const age = now.getTime() - message.created_at.getTime();
    if (actor.staffRole !== null)
      return {
        edit: live && own && age <= MESSAGE_EDIT_MINUTES * 60_000,
        delete: live && (own || isStaffAdmin(actor)),
        quote: live,
      };
    const changeable = live && own && !message.ticket_description && age <= message.edit_window_minutes * 60_000;
    return { edit: changeable, delete: changeable, quote: live };
  },
};
