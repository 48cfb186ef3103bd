import { accountScopeOf, requireModule, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden, notFound } from '../../../platform/http/errors.ts';
import { onboardingStepKind } from '../../../platform/onboarding-steps.ts';
import { recordAudit } from '../../audit/index.ts';
import { publishUpdated } from '../engine.ts';
import { onboardingPolicy } from '../policy.ts';
import { stepFacts } from '../presenters.ts';
import { accountInScope, findOnboarding, findStep, replaceStepItem } from '../repository.ts';
import { withStored } from './apply.ts';
import { getAccountOnboardingUseCase } from './read.ts';

const notReissuable = () => conflict('This step has nothing to re-issue.', 'step_not_reissuable');

/**
 * Staff re-issue a step whose item ended without completing it (an engagement letter declined, voided or expired):
 * one action makes a new item of the same step (a new envelope, sent now by the caller) in place of the ended one.
 * Under the onboarding's row lock, so two clicks at once make one envelope: the second finds no issue (409).
 */
export async function reissueStepUseCase(ctx: AppContext, actor: Actor, stepId: string) {
  const scope = scopeParams(accountScopeOf(actor));
  const step = await findStep(ctx.db, scope, stepId);
  if (!step) throw notFound();
  if (!onboardingPolicy.canManage(actor)) throw forbidden();
  const account = await accountInScope(ctx.db, scope, step.account_id);
  requireModule(actor, step.account_id, 'onboarding', account?.modules);
  const kind = onboardingStepKind(step.kind);
  if (kind?.module) requireModule(actor, step.account_id, kind.module, account?.modules);
  if (!onboardingPolicy.stepAbilities(actor, stepFacts(step)).reissue || !kind?.reissue) throw notReissuable();
  const now = ctx.clock.now();
  await withStored(ctx, (stored) =>
    ctx.db.transaction(async (tx) => {
      const onboarding = await findOnboarding(tx, scope, step.onboarding_id, true);
      const current = await findStep(tx, scope, stepId);
      if (onboarding?.status !== 'active' || current?.status !== 'open' || !current.item_issue) throw notReissuable();
      const { itemId } = await kind.reissue!(tx, {
        ctx,
        accountId: step.account_id,
        onboardingId: step.onboarding_id,
        stepId,
        title: step.title,
        config: step.config,
        by: actor.userId,
        now,
        stored,
      });
      if (!(await replaceStepItem(tx, stepId, { itemId, side: kind.side(step.config) }))) throw notReissuable();
      await recordAudit(tx, {
        action: 'onboarding.step_reissued',
        actor: { id: actor.userId, label: actor.email },
        target: { type: 'onboarding', id: step.onboarding_id, label: onboarding.template_name },
        accountId: step.account_id,
        details: { stepId, previousItemId: current.item_id, itemId, issue: current.item_issue },
        occurredAt: now,
      });
      await publishUpdated(tx, step, now);
    }),
  );
  return getAccountOnboardingUseCase(ctx, actor, step.account_id);
}
