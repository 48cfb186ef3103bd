import { DEFAULT_RETURN_POLICY, type ReturnPolicy } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { returnPolicy } from '../policy.ts';
import { findPolicyOfSegment, savePolicy, segmentExists } from '../repository.ts';

/** A segment's return policy (staff), or the defaults when none was set. */
export async function getReturnPolicyUseCase(ctx: AppContext, actor: Actor, segmentId: string) {
  if (!returnPolicy.canReadPolicy(actor)) throw forbidden();
  if (!(await segmentExists(ctx.db, segmentId))) throw notFound();
  return (await findPolicyOfSegment(ctx.db, segmentId)) ?? DEFAULT_RETURN_POLICY;
}

/** Owners and admins set a segment's return policy; it applies to returns opened afterwards. */
export async function setReturnPolicyUseCase(ctx: AppContext, actor: Actor, segmentId: string, input: ReturnPolicy) {
  if (!returnPolicy.canSetPolicy(actor)) throw forbidden();
  const policy = {
    ...input,
    reasons: [...new Set(input.reasons)],
    resolutions: [...new Set(input.resolutions)],
    nonReturnable: [...new Set(input.nonReturnable)],
  };
  await ctx.db.transaction(async (tx) => {
    if (!(await segmentExists(tx, segmentId))) throw notFound();
    const now = ctx.clock.now();
    await savePolicy(tx, segmentId, policy, now);
    await recordAudit(tx, {
      action: 'return.policy_updated',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'segment', id: segmentId },
      details: policy,
      occurredAt: now,
    });
  });
  return policy;
}
