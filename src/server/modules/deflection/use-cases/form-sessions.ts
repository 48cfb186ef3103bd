import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import { isUuid } from '../../../platform/ids.ts';
import { deflectionPolicy, FORM_SESSION_IDLE_MS } from '../policy.ts';
import {
  addOpenedArticle,
  addSuggestionsShown,
  articleVisibleTo,
  findOwnFormSession,
  insertFormSession,
  leaveFormSession,
  logSuggestionSearch,
  markTicketCreated,
  ticketAccountOf,
  touchFormSession,
  unsafeCloseIdleFormSessions,
} from '../repository.ts';

export type TicketFormEventInput =
  | { kind: 'suggestions_shown'; query: string; count: number }
  | { kind: 'suggestion_opened'; articleId: string }
  | { kind: 'left' };

/** Opening the new-ticket form starts a session, under the account the customer would file the ticket in. */
export async function openFormSessionUseCase(ctx: AppContext, actor: Actor): Promise<{ id: string }> {
  if (!deflectionPolicy.canOpenTicketForm(actor)) throw forbidden('The ticket form is for customers.');
  const account = await ticketAccountOf(ctx.db, actor.userId, actor.activeAccountId);
  if (!account) throw forbidden('Your workspace does not offer tickets.', 'module_not_enabled');
  return { id: await insertFormSession(ctx.db, actor.userId, account.account_id, account.segment_id, ctx.clock.now()) };
}

/**
 * What happened in the form. Only the owner's session exists for the caller (else 404). Every event says the
 * visitor is still there (last_seen_at); counts and outcomes change only while the session is open, so a late beacon
 * after filing or after the sweep changes nothing.
 */
export async function formSessionEventUseCase(
  ctx: AppContext,
  actor: Actor,
  sessionId: string,
  event: TicketFormEventInput,
): Promise<{ ok: true }> {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const session = await findOwnFormSession(tx, sessionId, actor.userId);
    if (!session) throw notFound();
    await touchFormSession(tx, session.id, now);
    if (session.outcome !== 'open') return;
    if (event.kind === 'suggestions_shown') {
      await addSuggestionsShown(tx, session.id, event.count);
      await logSuggestionSearch(tx, event.query, event.count, session.segment_id, session.id, now);
    } else if (event.kind === 'suggestion_opened') {
      // Only articles that exist and that this reader may see count as a deflection: ids are not taken on faith.
      const viewer = { isStaff: false, signedIn: true, accountIds: [...actor.memberships.keys()] };
      if (await articleVisibleTo(tx, viewer, event.articleId)) await addOpenedArticle(tx, session.id, event.articleId);
    } else {
      await leaveFormSession(tx, session.id, now);
    }
  });
  return { ok: true };
}

/**
 * For the tickets module, inside the ticket's creating transaction: the owner's open session led to this ticket.
 * Anything else (a malformed or foreign id, a session already ended) is ignored: it must never fail the ticket.
 */
export async function markFormSessionTicketCreated(
  tx: Queryable,
  formSessionId: string,
  userId: string,
  ticketId: string,
  now: Date,
): Promise<void> {
  if (!isUuid(formSessionId)) return;
  await markTicketCreated(tx, formSessionId, userId, ticketId, now);
}

/** The sweep: open sessions idle for 30 minutes end as abandoned (or deflected when an article was opened). */
export async function closeIdleFormSessionsUseCase(ctx: AppContext): Promise<number> {
  return unsafeCloseIdleFormSessions(ctx.db, new Date(ctx.clock.now().getTime() - FORM_SESSION_IDLE_MS));
}
