import { DEFAULT_RETURN_POLICY, type OrderReturnSteps, type ReturnEligibility } from '../../../../contract/index.ts';
import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { findOrderForReturns } from '../../orders/index.ts';
import { eligibilityOf, returnPolicy } from '../policy.ts';
import { findPolicyOfAccount, returnedQuantities, stepsOfOrder } from '../repository.ts';

/** The return policy of the account's segment, or the defaults when the segment has none. */
export async function policyOfAccount(db: Queryable, accountId: string) {
  return (await findPolicyOfAccount(db, accountId)) ?? DEFAULT_RETURN_POLICY;
}

/**
 * What the caller may return from an order, line by line, with the reason when nothing (the portal explains it at
 * once); computed by the same rule the create use case applies under the order's lock.
 */
export async function returnEligibilityUseCase(
  ctx: AppContext,
  actor: Actor,
  orderId: string,
): Promise<ReturnEligibility> {
  const order = await findOrderForReturns(ctx.db, orderId, scopeParams(accountScopeOf(actor)), false);
  if (!order) throw notFound();
  const policy = await policyOfAccount(ctx.db, order.account_id);
  const result = eligibilityOf(order, policy, await returnedQuantities(ctx.db, order.id), ctx.clock.now());
  const canCreate = returnPolicy.canCreate(actor, order.account_id);
  return {
    orderId: order.id,
    deliveredAt: result.deliveredAt?.toISOString() ?? null,
    windowEndsAt: result.windowEndsAt?.toISOString() ?? null,
    lines: result.lines.map(({ unitPrice: _unitPrice, ...line }) => line),
    policy,
    abilities: { create: canCreate && result.lines.some((line) => line.available > 0) },
  };
}

/** The steps of the order's returns for its timeline (portal and console); another account's order is 404. */
export async function orderReturnStepsUseCase(
  ctx: AppContext,
  actor: Actor,
  orderId: string,
): Promise<OrderReturnSteps> {
  const scope = scopeParams(accountScopeOf(actor));
  const order = await findOrderForReturns(ctx.db, orderId, scope, false);
  if (!order) throw notFound();
  const rows = await stepsOfOrder(ctx.db, order.id, scope);
  return {
    items: rows.map((row) => ({
      returnId: row.return_id,
      number: row.number,
      status: row.status,
      at: row.occurred_at.toISOString(),
    })),
  };
}
