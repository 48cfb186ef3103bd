import type { z } from 'zod';
import type { BulkTicketUpdate } from '../../../../contract/index.ts';
import { requireModule, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError, forbidden } from '../../../platform/http/errors.ts';
import { modulesOfAccount } from '../../segments/index.ts';
import { presentTicket } from '../presenters.ts';
import { findTicketsByIds } from '../repository.ts';
import { lockedTicketFor, viewerOf } from './load.ts';
import { applyTicketUpdate } from './update-ticket.ts';

/**
 * The same change to up to 100 tickets, each authorized and written in its own transaction: one that fails
 * (not visible, closed, invalid) is reported and leaves the others applied.
 */
export async function bulkUpdateUseCase(ctx: AppContext, actor: Actor, input: z.infer<typeof BulkTicketUpdate>) {
  if (actor.staffRole === null) throw forbidden();
  const ids = [...new Set(input.ticketIds)];
  const results: { id: string; ok: boolean; code: string | null }[] = [];
  for (const id of ids) {
    try {
      await ctx.db.transaction(async (tx) => {
        const ticket = await lockedTicketFor(tx, actor, id);
        // Ids come in the body, past the module gate: a ticket of an account whose segment lost tickets fails alone.
        requireModule(actor, ticket.account_id, 'tickets', await modulesOfAccount(tx, ticket.account_id));
        const tags = input.addTags ? [...new Set([...ticket.tags, ...input.addTags])] : undefined;
        await applyTicketUpdate(
          ctx,
          tx,
          actor,
          ticket,
          {
            assigneeId: input.assigneeId,
            groupId: input.groupId,
            status: input.status,
            priority: input.priority,
            tags,
          },
          ctx.clock.now(),
        );
      });
      results.push({ id, ok: true, code: null });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ id, ok: false, code: error.code });
    }
  }
  const now = ctx.clock.now();
  const rows = new Map(
    (
      await findTicketsByIds(
        ctx.db,
        viewerOf(actor),
        results.filter((r) => r.ok).map((r) => r.id),
        now,
      )
    ).map((row) => [row.id, row]),
  );
  return {
    items: results.map((r) => ({
      ...r,
      ticket: r.ok && rows.has(r.id) ? presentTicket(rows.get(r.id)!, actor, now) : null,
    })),
  };
}
