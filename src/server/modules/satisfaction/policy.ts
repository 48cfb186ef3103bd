import type { Actor } from '../../platform/actor.ts';

/**
 * A rating request's link (and the portal's rate buttons for it) work for this long after the request was sent:
 * within it, rating again replaces the earlier answer (people change their mind); after it, 410 `rating_expired`.
 * Bounding the window also bounds how long an emailed token is worth anything.
 */
export const RATING_WINDOW_MS = 7 * 86_400_000;

export const satisfactionPolicy = {
  /** Only the requester rates a ticket: CCs and account admins see it but were not the one helped. */
  canRate: (actor: Actor, ticket: { requester_id: string | null }) =>
    actor.sessionState === 'active' && ticket.requester_id === actor.userId,
  /** Ratings are answers to a solve: a ticket back in work (or never solved) has nothing to rate. */
  isRateable: (ticket: { status: string }) => ticket.status === 'solved' || ticket.status === 'closed',
  withinWindow: (request: { requested_at: Date }, now: Date) =>
    now.getTime() - request.requested_at.getTime() <= RATING_WINDOW_MS,
};
