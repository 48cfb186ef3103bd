import type { OrderListQuery } from '../../../../contract/index.ts';
import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { decodeCursor, encodeCursor } from '../../../platform/http/pagination.ts';
import { presentOrder, presentOrderSummary } from '../presenters.ts';
import { accountInScope, findOrder, historyOf, listOrders, ticketsOfOrders, type OrderRow } from '../repository.ts';

/** One order as the caller sees it: its status history and the tickets filed about it (people: their own). */
export async function presentOrderRow(db: Queryable, actor: Actor, row: OrderRow) {
  const [history, tickets] = await Promise.all([
    historyOf(db, [row.id]),
    ticketsOfOrders(db, [row.id], actor.staffRole ? null : actor.userId),
  ]);
  return presentOrder(
    row,
    history,
    tickets.map((ticket) => ticket.ticket_id),
    actor,
  );
}

/** An order in the caller's scope, or 404 whether missing or another account's. */
export async function loadOrder(ctx: AppContext, actor: Actor, id: string) {
  const row = await findOrder(ctx.db, id, scopeParams(accountScopeOf(actor)));
  if (!row) throw notFound();
  return row;
}

export async function getOrderUseCase(ctx: AppContext, actor: Actor, id: string) {
  return presentOrderRow(ctx.db, actor, await loadOrder(ctx, actor, id));
}

/**
 * Orders, newest placed first: of one account (404 outside the caller's scope) or across the caller's scope
 * (the portal's "my orders", the console's list), filtered by status, account, search text, placed dates, ticket.
 */
export async function listOrdersUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string | null,
  query: OrderListQuery,
) {
  const scope = scopeParams(accountScopeOf(actor));
  const account = accountId ?? query.accountId ?? null;
  if (accountId && !(await accountInScope(ctx.db, accountId, scope))) throw notFound();
  const rows = await listOrders(ctx.db, scope, {
    accountId: account ?? undefined,
    status: query.status,
    q: query.q || undefined,
    placedFrom: query.placedFrom,
    placedTo: query.placedTo,
    ticketId: query.ticketId,
    cursor: decodeCursor(query.cursor, ['timestamp', 'uuid']),
    limit: query.limit,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => presentOrderSummary(row, actor)),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.cursor_at, last.id]) : null,
  };
}
