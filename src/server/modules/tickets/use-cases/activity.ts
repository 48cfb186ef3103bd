import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden } from '../../../platform/http/errors.ts';
import { decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { presentTicketActivity, refsOfActivity } from '../presenters-activity.ts';
import { listTicketActivity, namesForActivity } from '../repository-activity.ts';
import { ticketFor, viewerOf } from './load.ts';

/**
 * A ticket's field history, newest first, for staff (like internal notes, it is the team's working record).
 * A ticket outside the caller's accounts is 404, the same as a missing one.
 */
export async function listTicketActivityUseCase(
  ctx: AppContext,
  actor: Actor,
  ticketId: string,
  query: { cursor?: string; limit: number },
) {
  if (actor.staffRole === null) throw forbidden();
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  await ticketFor(ctx, actor, ticketId);
  const viewer = viewerOf(actor);
  const rows = await listTicketActivity(ctx.db, viewer, ticketId, after, query.limit);
  const names = await namesForActivity(ctx.db, viewer, refsOfActivity(rows.slice(0, query.limit)));
  return toPage(
    rows,
    query.limit,
    (row) => presentTicketActivity(row, names),
    (row) => [row.occurred_key, row.id],
  );
}
