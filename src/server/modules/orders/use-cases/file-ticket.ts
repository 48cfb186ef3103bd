import type { FileOrderTicket } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden } from '../../../platform/http/errors.ts';
import { createTicketUseCase } from '../../tickets/index.ts';
import { orderPolicy } from '../policy.ts';
import { linkTicket } from '../repository.ts';
import { loadOrder } from './load.ts';

/**
 * A customer's ticket about one of their orders: a ticket of the order's account (the tickets module creates it,
 * with its own rules: tickets on for the account, SLA, confirmation mail), then linked to the order so agents see
 * the order beside it. The body names the order, so the ticket reads whole wherever it is shown.
 */
export async function fileOrderTicketUseCase(ctx: AppContext, actor: Actor, orderId: string, input: FileOrderTicket) {
  const order = await loadOrder(ctx, actor, orderId);
  if (!orderPolicy.canFileTicket(actor, order.account_id))
    throw forbidden('Only the account’s people file tickets about its orders.');
  const ticket = await createTicketUseCase(
    ctx,
    actor,
    { subject: input.subject, body: `${input.body}\n\nOrder ${order.number}`, accountId: order.account_id },
    'web',
  );
  await linkTicket(
    ctx.db,
    { ticketId: ticket.id, orderId: order.id, accountId: order.account_id, filedBy: actor.userId },
    ctx.clock.now(),
  );
  return { ticketId: ticket.id, number: ticket.number };
}
