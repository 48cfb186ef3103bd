import type { TicketRating } from '../../../contract/index.ts';
import type { RatingRow } from './repository.ts';

/** Comments are plain text as typed: JSON carries them as strings; clients render them as text, never as HTML. */
export function presentRating(row: RatingRow): TicketRating {
  return {
    ticketId: row.ticket_id,
    rating: row.rating,
    comment: row.comment,
    ratedAt: row.rated_at?.toISOString() ?? null,
  };
}
