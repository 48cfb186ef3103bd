import type { AppContext } from '../../../platform/context.ts';
import { startPeriodic } from '../../../platform/periodic.ts';
import { publishEvent } from '../../../platform/realtime/index.ts';
import { ticketSettingsRow, unsafeLockSolvedTicketsBefore } from '../repository.ts';
import { writeTicketChanges } from '../status.ts';
import { deleteInboundMessageIdsBefore } from '../repository-inbound.ts';

const DAY_MS = 24 * 3_600_000;
const BATCH = 200;

/**
 * Closes tickets solved more than ticket_auto_close_days ago, a batch per transaction (SKIP LOCKED: a ticket an
 * agent is writing to is left for the next pass, and several processes can sweep at once). Returns how many.
 */
export async function closeSolvedTicketsUseCase(ctx: AppContext): Promise<number> {
  let closed = 0;
  for (;;) {
    const now = ctx.clock.now();
    const { auto_close_days: days } = await ticketSettingsRow(ctx.db);
    const count = await ctx.db.transaction(async (tx) => {
      const rows = await unsafeLockSolvedTicketsBefore(tx, new Date(now.getTime() - days * DAY_MS), BATCH);
      for (const ticket of rows) {
        // Null actor: the history shows the system closed it.
        await writeTicketChanges(ctx, tx, ticket, { status: 'closed' }, now, null);
      }
      for (const ticket of rows) {
        await publishEvent(
          tx,
          {
            type: 'ticket.updated',
            accountId: ticket.account_id,
            audience: 'staff',
            data: { ticketId: ticket.id, status: 'closed' },
          },
          now,
        );
      }
      return rows.length;
    });
    closed += count;
    if (count < BATCH) return closed;
  }
}

/** Message-IDs of processed mail are kept this long: a provider's redelivery comes within hours, not weeks. */
export const INBOUND_MESSAGE_ID_DAYS = 30;

/** The periodic upkeep of tickets: auto-close, then forgetting old inbound Message-IDs. */
export async function ticketUpkeep(ctx: AppContext) {
  const closed = await closeSolvedTicketsUseCase(ctx);
  const forgotten = await deleteInboundMessageIdsBefore(
    ctx.db,
    new Date(ctx.clock.now().getTime() - INBOUND_MESSAGE_ID_DAYS * DAY_MS),
  );
  return { closed, forgotten };
}

/** Runs the upkeep every `intervalSeconds` without keeping the process alive; returns the stop function. */
export function startAutoClose(ctx: AppContext, intervalSeconds = 60): () => void {
  return startPeriodic(ctx, 'ticket upkeep', intervalSeconds * 1000, () => ticketUpkeep(ctx));
}
