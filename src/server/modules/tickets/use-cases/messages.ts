import type { z } from 'zod';
import type { TicketReply } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden } from '../../../platform/http/errors.ts';
import { publishEvent } from '../../../platform/realtime/index.ts';
import { applySla } from '../collaborators.ts';
import { listTicketMessages, postTicketMessage, prepareTicketMessage, presentTicketMessage } from '../engine.ts';
import { ticketPolicy } from '../policy.ts';
import { ticketSettingsRow, type TicketChanges } from '../repository.ts';
import { ticketClosed, writeTicketChanges } from '../status.ts';
import { lockedTicketFor, notAllowed, ticketFor } from './load.ts';

export async function listTicketMessagesUseCase(
  ctx: AppContext,
  actor: Actor,
  ticketId: string,
  query: { cursor?: string; limit: number },
) {
  await ticketFor(ctx, actor, ticketId);
  return listTicketMessages(ctx, actor, ticketId, query);
}

const reopenWindowPassed = (days: number) =>
  conflict(
    `This ticket was solved more than ${days} days ago and can no longer be reopened. Open a new ticket instead.`,
    'reopen_window_passed',
  );

/**
 * A reply or note and the status move it implies: staff's first public reply opens a new ticket (or sets the
 * status they chose); a customer's reply reopens a waiting or recently solved ticket. One transaction.
 */
export async function replyToTicketUseCase(
  ctx: AppContext,
  actor: Actor,
  ticketId: string,
  input: z.infer<typeof TicketReply>,
  source: 'web' | 'email' = 'web',
) {
  const staff = actor.staffRole !== null;
  if (!staff && input.status !== undefined) throw notAllowed('status');
  if (!staff && input.internal) throw forbidden('Only staff write internal notes.');
  const row = await ticketFor(ctx, actor, ticketId);
  if (row.status === 'closed') throw ticketClosed();
  const now = ctx.clock.now();
  const thread = { id: row.id, account_id: row.account_id, created_by: row.created_by, subject: row.subject };
  const prepared = await prepareTicketMessage(
    ctx,
    actor,
    thread,
    { body: input.body, attachmentIds: input.attachmentIds, internal: input.internal },
    now,
  );
  const messageId = await ctx.db.transaction(async (tx) => {
    const ticket = await lockedTicketFor(tx, actor, ticketId);
    if (ticket.status === 'closed') throw ticketClosed();
    const changes: TicketChanges = {};
    if (staff) {
      if (input.status) changes.status = input.status;
      else if (!input.internal && ticket.status === 'new') changes.status = 'open';
      if (!input.internal) changes.firstResponseAt = now;
    } else if (ticket.status === 'solved') {
      const { reopen_days: reopenDays } = await ticketSettingsRow(tx);
      if (!ticketPolicy.withinReopenWindow({ solved_at: ticket.solved_at, reopen_days: reopenDays }, now))
        throw reopenWindowPassed(reopenDays);
      changes.status = 'open';
    } else if (ticket.status === 'pending_customer' || ticket.status === 'on_hold') {
      changes.status = 'open';
    }
    // The reply's clock event first: a reply that also moves the status is judged as a reply, then as the move.
    if (!input.internal) await applySla(tx, ticket.id, { kind: staff ? 'agent_replied' : 'customer_replied' }, now);
    await writeTicketChanges(ctx, tx, ticket, changes, now, actor.userId);
    // Staff, and a customer author too: a ticket's message event goes to staff and fan-out never notifies the
    // author, so without it a customer's own reply by email (or from another tab) would not show on the ticket
    // page they have open.
    await publishEvent(
      tx,
      {
        type: 'ticket.updated',
        accountId: ticket.account_id,
        audience: 'staff',
        userId: staff ? null : actor.userId,
        data: { ticketId: ticket.id },
      },
      now,
    );
    return postTicketMessage(ctx, tx, actor, thread, prepared, now, source);
  });
  return presentTicketMessage(ctx, actor, messageId);
}
