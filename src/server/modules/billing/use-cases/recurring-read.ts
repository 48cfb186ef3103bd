import type { z } from 'zod';
import type { SubscriptionListQuery } from '../../../../contract/index.ts';
import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { billingPolicy } from '../policy.ts';
import { presentSubscription, presentSubscriptionDetail } from '../presenters-recurring.ts';
import { findSubscription, listPeriods, listSubscriptionLines, listSubscriptions } from '../repository-recurring.ts';
import { findProfile } from '../repository-setup.ts';

/** A subscription of the account in the caller's scope, or 404 whether it is missing or someone else's. */
export async function loadSubscription(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  id: string,
  db: Queryable = ctx.db,
  lock = false,
) {
  const row = await findSubscription(db, id, accountId, scopeParams(accountScopeOf(actor)), lock);
  if (!row) throw notFound();
  return row;
}

export async function getSubscriptionUseCase(ctx: AppContext, actor: Actor, accountId: string, id: string) {
  const row = await loadSubscription(ctx, actor, accountId, id);
  const [lines, periods] = await Promise.all([listSubscriptionLines(ctx.db, id), listPeriods(ctx.db, id)]);
  return presentSubscriptionDetail(row, lines, periods, actor, billingPolicy.seesDrafts(actor));
}

type ListQuery = z.infer<typeof SubscriptionListQuery>;

/** Subscriptions in the caller's scope, newest first, by cursor; `accountId` narrows to one account (404 outside). */
export async function listSubscriptionsUseCase(ctx: AppContext, actor: Actor, query: ListQuery, accountId?: string) {
  const scope = scopeParams(accountScopeOf(actor));
  const account = accountId ?? query.accountId;
  if (account && !(await findProfile(ctx.db, account, scope))) throw notFound();
  const rows = await listSubscriptions(ctx.db, scope, {
    status: query.status,
    accountId: account,
    cursor: decodeCursor(query.cursor, ['timestamp', 'uuid']),
    limit: query.limit,
  });
  return toPage(
    rows,
    query.limit,
    (row) => presentSubscription(row, actor),
    (row) => [row.cursor_at, row.id],
  );
}
