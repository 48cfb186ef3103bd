import type { TicketRating } from '../../../../contract/index.ts';
import { accountScopeOf, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { AppError, conflict, forbidden, notFound } from '../../../platform/http/errors.ts';
import { hashToken } from '../../../platform/ids.ts';
import { limitsOf } from '../../../platform/security/limits.ts';
import { satisfactionPolicy } from '../policy.ts';
import { presentRating } from '../presenters.ts';
import { findRatingByTokenHash, findVisibleTicket, latestRequest, saveRating, type RatingRow } from '../repository.ts';

export interface RateInput {
  rating: 'good' | 'bad';
  comment?: string;
}

/** Per address: the token is 256 bits, so this only keeps a flood of guesses from costing database work. */

const ratingExpired = () => new AppError(410, 'rating_expired', 'Rating closed', 'This rating link has expired.');

/**
 * The answer replaces any earlier one within the window. A comment is stored as typed (plain text); sending no
 * comment keeps the earlier one while the rating stays the same, and clears it when the rating changes (a "great
 * work" note must not stay under a bad rating).
 */
async function applyRating(tx: Queryable, request: RatingRow, input: RateInput, now: Date): Promise<TicketRating> {
  if (!satisfactionPolicy.withinWindow(request, now)) throw ratingExpired();
  const typed = input.comment === undefined ? undefined : input.comment.trim() || null;
  const comment = typed !== undefined ? typed : request.rating === input.rating ? request.comment : null;
  return presentRating(await saveRating(tx, request.id, input.rating, comment, now));
}

/** The one-click email link: the /rate page POSTs the token from the fragment (a GET never rates). */
export async function rateByTokenUseCase(
  ctx: AppContext,
  input: RateInput & { token: string },
  ip: string,
): Promise<TicketRating> {
  const now = ctx.clock.now();
  await limitsOf(ctx).take('csatByTokenPerIp', ip);
  return ctx.db.transaction(async (tx) => {
    const request = await findRatingByTokenHash(tx, hashToken(input.token));
    if (!request) throw notFound();
    return applyRating(tx, request, input, now);
  });
}

/**
 * The requester rates their ticket's latest request in the portal. Not visible → 404 (as missing); visible but not
 * the requester → 403; nothing requested yet or back in work → 409 `not_solved`.
 */
export async function rateTicketUseCase(
  ctx: AppContext,
  actor: Actor,
  ticketId: string,
  input: RateInput,
): Promise<TicketRating> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const ticket = await findVisibleTicket(tx, accountScopeOf(actor), actor.staffRole !== null, ticketId, actor.userId);
    if (!ticket) throw notFound();
    if (!satisfactionPolicy.canRate(actor, ticket)) throw forbidden('Only the person who asked for help rates it.');
    const request = await latestRequest(tx, ticketId);
    if (!request || !satisfactionPolicy.isRateable(ticket))
      throw conflict('This request is not solved yet.', 'not_solved');
    return applyRating(tx, request, input, now);
  });
}

/** For the tickets presenter: the ticket's latest request when `userId` is its requester, else null. */
export async function latestRatingFor(db: Queryable, ticketId: string, userId: string): Promise<TicketRating | null> {
  const request = await latestRequest(db, ticketId);
  return request && request.requester_id === userId ? presentRating(request) : null;
}
