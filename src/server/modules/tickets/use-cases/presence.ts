import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden } from '../../../platform/http/errors.ts';
import { publishEvent } from '../../../platform/realtime/index.ts';
import { presentTicket } from '../presenters.ts';
import { ticketFor } from './load.ts';

/** A heartbeat lasts this long: a closed tab drops out of the warning on its own. */
export const PRESENCE_SECONDS = 45;

/** Staff tell others they are looking at or answering a ticket ("left" removes them); returns who else is there. */
export async function updatePresenceUseCase(
  ctx: AppContext,
  actor: Actor,
  ticketId: string,
  state: 'viewing' | 'replying' | 'left',
) {
  if (actor.staffRole === null) throw forbidden();
  const ticket = await ticketFor(ctx, actor, ticketId);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (state === 'left')
      await tx.query('DELETE FROM ticket_presence WHERE ticket_id = $1 AND user_id = $2', [ticketId, actor.userId]);
    else {
      await tx.query(
        `INSERT INTO ticket_presence (ticket_id, user_id, state, expires_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (ticket_id, user_id) DO UPDATE SET state = EXCLUDED.state, expires_at = EXCLUDED.expires_at`,
        [ticketId, actor.userId, state, new Date(now.getTime() + PRESENCE_SECONDS * 1000)],
      );
    }
    await tx.query('DELETE FROM ticket_presence WHERE ticket_id = $1 AND expires_at <= $2', [ticketId, now]);
    await publishEvent(
      tx,
      {
        type: 'ticket.presence',
        accountId: ticket.account_id,
        audience: 'staff',
        data: { ticketId, userId: actor.userId, name: actor.name, state },
      },
      now,
    );
  });
  return { items: presentTicket(await ticketFor(ctx, actor, ticketId), actor, now).presence };
}
