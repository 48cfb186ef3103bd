import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden } from '../../../platform/http/errors.ts';
import { billingPolicy } from '../policy.ts';
import { presentReceivable } from '../presenters.ts';
import { listReceivables } from '../repository-documents.ts';
import { todayOf } from './load.ts';

/** Accounts receivable: what each account in the caller's scope owes, per currency, and how much is overdue. */
export async function receivablesUseCase(ctx: AppContext, actor: Actor) {
  if (!billingPolicy.canViewSetup(actor)) throw forbidden();
  const rows = await listReceivables(ctx.db, scopeParams(accountScopeOf(actor)), todayOf(ctx.clock.now()));
  return { items: rows.map(presentReceivable) };
}
