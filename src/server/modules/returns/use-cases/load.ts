import type { ReturnListQuery } from '../../../../contract/index.ts';
import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { decodeCursor, encodeCursor } from '../../../platform/http/pagination.ts';
import { presentReturn, presentReturnSummary } from '../presenters.ts';
import { eventsOf, findReturn, linesOf, listReturns, photosOf, type ReturnRow } from '../repository.ts';

/** One return as the caller sees it: its lines, photos and steps. */
export async function presentReturnRow(db: Queryable, actor: Actor, row: ReturnRow) {
  const [lines, photos, events] = await Promise.all([
    linesOf(db, [row.id]),
    photosOf(db, [row.id]),
    eventsOf(db, [row.id]),
  ]);
  return presentReturn(row, { lines, photos, events }, actor);
}

/** A return in the caller's scope, or 404 whether missing or another account's; `lock` for a change. */
export async function loadReturn(db: Queryable, actor: Actor, id: string, lock = false) {
  const row = await findReturn(db, id, scopeParams(accountScopeOf(actor)), lock);
  if (!row) throw notFound();
  return row;
}

export async function getReturnUseCase(ctx: AppContext, actor: Actor, id: string) {
  return presentReturnRow(ctx.db, actor, await loadReturn(ctx.db, actor, id));
}

/** Returns in the caller's scope, newest first (the portal's and the console's lists, an order's returns). */
export async function listReturnsUseCase(ctx: AppContext, actor: Actor, query: ReturnListQuery) {
  const rows = await listReturns(ctx.db, scopeParams(accountScopeOf(actor)), {
    status: query.status,
    accountId: query.accountId,
    orderId: query.orderId,
    cursor: decodeCursor(query.cursor, ['timestamp', 'uuid']),
    limit: query.limit,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => presentReturnSummary(row, actor)),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.cursor_at, last.id]) : null,
  };
}
