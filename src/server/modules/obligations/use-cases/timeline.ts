import type { ObligationPage, ObligationSide } from '../../../../contract/index.ts';
import { accountScopeOf, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import type { ObligationsProvider } from '../../../platform/obligations.ts';
import { obligationsPolicy } from '../policy.ts';
import { accountModules } from '../repository.ts';
import { afterOf, mergedPage } from './merge.ts';

/**
 * One side of an account's timeline, overdue first. Outside the caller's scope: 404. The modules switched off for
 * the account's segment are not asked. People get the firm's commitments shown to them (providers leave out
 * staff-only items) and their own side.
 */
export async function timelineUseCase(
  ctx: AppContext,
  actor: Actor,
  providers: ObligationsProvider[],
  accountId: string,
  query: { side: ObligationSide; limit: number; cursor?: string },
): Promise<ObligationPage> {
  if (!obligationsPolicy.canViewTimeline(actor, accountId)) throw notFound();
  const modules = await accountModules(ctx.db, accountScopeOf(actor), accountId);
  if (!modules) throw notFound();
  const after = afterOf(query.cursor);
  const viewer = { userId: actor.userId, staff: actor.staffRole !== null };
  const on = providers.filter((provider) => modules.includes(provider.module));
  return mergedPage(
    ctx,
    on,
    (provider, limit) => provider.forAccount(ctx.db, viewer, { accountId, side: query.side, after, limit }),
    query.limit,
  );
}

/** "Waiting on us": the firm's side across every account of the caller's scope (limited agents: assigned ones). */
export async function waitingItemsUseCase(
  ctx: AppContext,
  actor: Actor,
  providers: ObligationsProvider[],
  query: { limit: number; cursor?: string },
): Promise<ObligationPage> {
  if (!obligationsPolicy.canViewWaiting(actor)) throw forbidden();
  const scope = accountScopeOf(actor);
  const after = afterOf(query.cursor);
  return mergedPage(
    ctx,
    providers,
    (provider, limit) => provider.firmSide(ctx.db, { scope, after, limit }),
    query.limit,
  );
}
