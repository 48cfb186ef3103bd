import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden } from '../../../platform/http/errors.ts';
import { publishEvent } from '../../../platform/realtime/index.ts';
import { presentTicket } from '../presenters.ts';
import { removeExpiredPresence, removePresence, upsertPresence } from '../repository-presence.ts';
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
    if (state === 'left') await removePresence(tx, ticketId, actor.userId);
    else await upsertPresence(tx, ticketId, actor.userId, state, new Date(now.getTime() + PRESENCE_SECONDS * 1000));
    await removeExpiredPresence(tx, ticketId, now);
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
