import type { HomeCount, HomeCounts } from '../../../../contract/index.ts';
import { accountScopeOf, inAccountScope, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { HomeCountsProvider } from '../../../platform/home-counts.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import { homePolicy } from '../policy.ts';
import { presentWaiting } from '../presenters.ts';
import { accountsWithModules } from '../repository.ts';

const moduleOff = () => forbidden('This module is not available for this account.', 'module_disabled');

/** The providers asked for: all, or the one of `module` (an unknown module reads as switched off). */
function providersFor(providers: HomeCountsProvider[], module: string | undefined) {
  if (!module) return providers;
  const chosen = providers.filter((provider) => provider.module === module);
  if (!chosen.length) throw moduleOff();
  return chosen;
}

/**
 * The console home: per account in the caller's scope, what waits on the firm. Counts of a module switched off for
 * an account's segment are left out. One account (`accountId`): 404 outside the scope, 403 when `module` is off.
 */
export async function waitingUseCase(
  ctx: AppContext,
  actor: Actor,
  providers: HomeCountsProvider[],
  query: { accountId?: string; module?: string },
) {
  if (!homePolicy.canViewWaiting(actor)) throw forbidden();
  const scope = accountScopeOf(actor);
  if (query.accountId && !inAccountScope(scope, query.accountId)) throw notFound();
  const chosen = providersFor(providers, query.module);
  const narrowed = query.accountId ? { kind: 'ids' as const, ids: [query.accountId] } : scope;
  const now = ctx.clock.now();
  const counts = new Map<string, HomeCount[]>();
  for (const provider of chosen)
    for (const item of await provider.waitingOnStaff(ctx.db, narrowed, now)) {
      if (item.count <= 0) continue;
      const list = counts.get(item.accountId) ?? [];
      list.push({ key: item.key, module: provider.module, count: item.count, link: item.link });
      counts.set(item.accountId, list);
    }
  const ids = query.accountId ? [query.accountId] : [...counts.keys()];
  const accounts = await accountsWithModules(ctx.db, scope, ids);
  if (query.accountId) {
    const account = accounts[0];
    if (!account) throw notFound();
    if (query.module && !account.modules.includes(query.module)) throw moduleOff();
  }
  for (const account of accounts)
    counts.set(
      account.id,
      (counts.get(account.id) ?? []).filter((item) => account.modules.includes(item.module)),
    );
  return presentWaiting(actor, accounts, counts);
}

/** The portal home's counts for one account the caller belongs to (404 otherwise; 403 when `module` is off). */
export async function homeCountsUseCase(
  ctx: AppContext,
  actor: Actor,
  providers: HomeCountsProvider[],
  accountId: string,
  query: { module?: string },
): Promise<HomeCounts> {
  if (!homePolicy.canViewHomeCounts(actor, accountId)) throw notFound();
  const [account] = await accountsWithModules(ctx.db, accountScopeOf(actor), [accountId]);
  if (!account) throw notFound();
  const chosen = providersFor(providers, query.module);
  if (query.module && !account.modules.includes(query.module)) throw moduleOff();
  const now = ctx.clock.now();
  const counts: HomeCount[] = [];
  for (const provider of chosen) {
    if (!account.modules.includes(provider.module)) continue;
    for (const item of await provider.openForPerson(ctx.db, actor, accountId, now))
      if (item.count > 0) counts.push({ ...item, module: provider.module });
  }
  return { accountId, counts };
}
