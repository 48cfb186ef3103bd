import type { TicketQueueQuery } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { fieldError } from '../../../platform/http/errors.ts';
import { decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { presentTicket } from '../presenters.ts';
import { countQueue, cursorOf, listQueue, type QueueFilter, type TicketSort } from '../repository-queue.ts';
import { viewerOf } from './load.ts';

/** Counts stop here ("1,000+"): a count costs at most this many index entries per status. */
export const COUNT_CAP = 1_000;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const badCursor = () =>
  fieldError('cursor', 'invalid_cursor', 'This cursor is not valid; start again from the first page.');

/** Typed cursors per sort: a tampered cursor is a 400, never a failed cast. */
function decodeQueueCursor(cursor: string | undefined, sort: TicketSort): (string | null)[] | null {
  if (!cursor) return null;
  if (sort === 'priority_desc') {
    const values = decodeCursor(cursor, ['text', 'timestamp', 'uuid'])!;
    if (!/^[1-4]$/.test(values[0]!)) throw badCursor();
    return values;
  }
  if (sort === 'due_asc') {
    const values = decodeCursor(cursor, ['text', 'uuid'])!;
    if (values[0] !== '' && !TIMESTAMP.test(values[0]!)) throw badCursor();
    return [values[0] === '' ? null : values[0]!, values[1]!];
  }
  return decodeCursor(cursor, ['timestamp', 'uuid']);
}

/** Staff: every filter. Customers: the tickets visible to them, by status only (staff filters are ignored). */
export function queueFilterOf(actor: Actor, query: Partial<TicketQueueQuery>): QueueFilter {
  if (actor.staffRole === null) return { status: query.status };
  return {
    status: query.status,
    assignee: query.assignee === 'me' ? actor.userId : query.assignee,
    groupId: query.groupId,
    segmentId: query.segmentId,
    accountId: query.accountId,
    requesterId: query.requesterId,
    priority: query.priority,
    tag: query.tag,
    sla: query.sla,
    q: query.q || undefined,
  };
}

export async function listTicketsUseCase(ctx: AppContext, actor: Actor, query: TicketQueueQuery) {
  const sort = query.sort;
  const after = decodeQueueCursor(query.cursor, sort);
  const now = ctx.clock.now();
  const rows = await listQueue(ctx.db, viewerOf(actor), queueFilterOf(actor, query), sort, after, query.limit, now);
  return toPage(
    rows,
    query.limit,
    (row) => presentTicket(row, actor, now),
    (row) => cursorOf(row, sort).map((value) => value ?? ''),
  );
}

export async function countTicketsUseCase(ctx: AppContext, actor: Actor, query: TicketQueueQuery) {
  const counts = await countQueue(ctx.db, viewerOf(actor), queueFilterOf(actor, query), COUNT_CAP, ctx.clock.now());
  const cap = (n: number) => Math.min(n, COUNT_CAP);
  return {
    total: cap(counts.total),
    capped: counts.total > COUNT_CAP,
    byStatus: {
      new: cap(counts.new),
      open: cap(counts.open),
      pending_customer: cap(counts.pending_customer),
      on_hold: cap(counts.on_hold),
      solved: cap(counts.solved),
      closed: cap(counts.closed),
    },
    cap: COUNT_CAP,
  };
}
