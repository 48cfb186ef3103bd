import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError, conflict, fieldError, forbidden } from '../../../platform/http/errors.ts';
import { publishEvent } from '../../../platform/realtime/index.ts';
import { moveThreadContent, postTicketMessage } from '../engine.ts';
import { ticketNumbers } from '../repository.ts';
import { writeTicketChanges } from '../status.ts';
import { lockedTicketFor, presentTicketById } from './load.ts';

const note = (body: string) => ({ body, internal: true, quotedMessageId: null, mentionIds: [], attachmentIds: [] });

/**
 * Staff merge a duplicate into the ticket that continues: both rows locked in id order (two merges crossing
 * each other cannot deadlock), the source closed with merged_into, a note on both sides.
 */
export async function mergeTicketsUseCase(ctx: AppContext, actor: Actor, sourceId: string, targetId: string) {
  if (actor.staffRole === null) throw forbidden();
  if (sourceId === targetId) throw fieldError('intoTicketId', 'same_ticket', 'Choose another ticket to merge into.');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const [first, second] = [sourceId, targetId].sort();
    const locked = new Map([
      [first!, await lockedTicketFor(tx, actor, first!)],
      [second!, await lockedTicketFor(tx, actor, second!)],
    ]);
    const source = locked.get(sourceId)!;
    const target = locked.get(targetId)!;
    if (source.account_id !== target.account_id) {
      throw new AppError(
        422,
        'merge_across_accounts',
        'Cannot merge',
        'Tickets of different accounts cannot be merged.',
      );
    }
    if (source.merged_into || target.merged_into)
      throw conflict('One of these tickets was already merged into another.', 'already_merged');
    if (source.status === 'closed' || target.status === 'closed')
      throw conflict('Closed tickets cannot be merged.', 'ticket_closed');
    const numbers = await ticketNumbers(tx, [sourceId, targetId]);
    const numberOf = (id: string) => numbers.find((row) => row.id === id)!.number;
    await moveThreadContent(tx, sourceId, targetId);
    await writeTicketChanges(ctx, tx, source, { status: 'closed', mergedInto: targetId }, now, actor.userId);
    await writeTicketChanges(ctx, tx, target, {}, now, actor.userId);
    const text = `Merged #${numberOf(sourceId)} into #${numberOf(targetId)}.`;
    await publishEvent(
      tx,
      {
        type: 'ticket.updated',
        accountId: source.account_id,
        audience: 'staff',
        data: { ticketId: sourceId, mergedInto: targetId },
      },
      now,
    );
    await postTicketMessage(
      ctx,
      tx,
      actor,
      { id: sourceId, account_id: source.account_id, created_by: source.created_by, subject: source.subject },
      note(text),
      now,
    );
    await postTicketMessage(
      ctx,
      tx,
      actor,
      { id: targetId, account_id: target.account_id, created_by: target.created_by, subject: target.subject },
      note(text),
      now,
    );
  });
  return presentTicketById(ctx, actor, targetId);
}
