import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { markFormSessionTicketCreated } from '../deflection/index.ts';
import { requestRatingInTransaction } from '../satisfaction/index.ts';
import {
  applySlaEvent,
  presentTicketSla,
  seedDemoSla,
  slaColumnsSql,
  type SlaEvent,
  type TicketSlaRow,
} from '../sla/index.ts';

/*
 * What the tickets core needs from the SLA, satisfaction and deflection modules, in one place: the rest of the
 * module calls these and never imports those modules directly, so the wiring is visible at a glance.
 */

export type { SlaEvent, TicketSlaRow };

/** SELECT-list fragment (starting with a comma) of what `presentSla` reads, for the tickets row aliased `alias`. */
export const slaColumns = (alias: string) => slaColumnsSql(alias);

export const applySla = (tx: Queryable, ticketId: string, event: SlaEvent, now: Date) =>
  applySlaEvent(tx, ticketId, event, now);

export const presentSla = (row: TicketSlaRow, now: Date) => presentTicketSla(row, now);

export const requestRating = (ctx: AppContext, tx: Queryable, ticketId: string, now: Date) =>
  requestRatingInTransaction(ctx, tx, ticketId, now);

export const markFormSessionUsed = (
  tx: Queryable,
  formSessionId: string,
  userId: string,
  ticketId: string,
  now: Date,
) => markFormSessionTicketCreated(tx, formSessionId, userId, ticketId, now);

export const seedSlaDemo = seedDemoSla;
