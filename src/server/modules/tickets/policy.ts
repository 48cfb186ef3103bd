import { isStaffAdmin, type Actor } from '../../platform/actor.ts';

interface TicketFacts {
  status: 'new' | 'open' | 'pending_customer' | 'on_hold' | 'solved' | 'closed';
  solved_at: Date | null;
  requester_id: string | null;
  merged_into: string | null;
  reopen_days: number;
  rating: { rated_at: string | null } | null;
}

const DAY_MS = 24 * 3_600_000;

/** Staff-only fields a customer may never set (create or update): refused with 403 `not_allowed`. */
export const STAFF_ONLY_FIELDS = ['priority', 'assigneeId', 'groupId', 'tags', 'status', 'requesterId'] as const;

/**
 * Who may do what with tickets. Reading is decided in SQL (account scope; for customers also ticket_visible_to),
 * so a ticket that reaches this policy is one the caller sees.
 */
export const ticketPolicy = {
  isStaff: (actor: Actor) => actor.staffRole !== null,

  /** A customer's reply reopens a solved ticket only within the reopen window. */
  withinReopenWindow: (ticket: Pick<TicketFacts, 'solved_at' | 'reopen_days'>, now: Date) =>
    ticket.solved_at !== null && now.getTime() - ticket.solved_at.getTime() <= ticket.reopen_days * DAY_MS,

  abilities(actor: Actor, ticket: TicketFacts, now: Date) {
    const staff = actor.staffRole !== null;
    const closed = ticket.status === 'closed';
    const reopenable = ticket.status === 'solved' && this.withinReopenWindow(ticket, now);
    return {
      view: true,
      reply: !closed && (staff || ticket.status !== 'solved' || reopenable),
      // Closed is final, for notes too (a merged ticket is closed): the reply route refuses them with ticket_closed.
      addNote: staff && !closed,
      update: !closed,
      assign: staff && !closed,
      // Customers only mark their own ticket solved.
      setStatus: staff ? !closed : !closed && ticket.status !== 'solved' && ticket.requester_id === actor.userId,
      setPriority: staff && !closed,
      merge: staff && !closed,
      rate: !staff && ticket.requester_id === actor.userId && ticket.rating !== null && ticket.rating.rated_at === null,
      reopen: !staff && reopenable,
    };
  },

  canWriteShared: (actor: Actor) => isStaffAdmin(actor),
  canAdminister: (actor: Actor) => isStaffAdmin(actor),
};
