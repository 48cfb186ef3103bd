import type { OnboardingStepInput } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import { onboardingStepKind, type StepItemProgress } from '../../platform/onboarding-steps.ts';
import { publishEvent } from '../../platform/realtime/index.ts';
import { recordAudit } from '../audit/index.ts';
import { modulesOfAccount } from '../segments/index.ts';
import { mailStepOpened } from './emails.ts';
import {
  finishOnboarding,
  finishStep,
  findOnboarding,
  insertOnboarding,
  insertSteps,
  listSteps,
  lockOpenStepOfItem,
  markStepOpen,
  setStepIssue,
  setStepSide,
} from './repository.ts';
import type { TemplateRow } from './repository-templates.ts';

/** The engine acts inside transactions whose caller authorized the change: the whole scope. */
const ALL: [boolean, string[]] = [true, []];

/** A step as stored: the kind's own fields, without what every step has. */
function configOf(step: OnboardingStepInput): Record<string, unknown> {
  const { kind: _kind, title: _title, waitsFor: _waitsFor, ...config } = step;
  return config;
}

/**
 * Starts an onboarding from a template inside the caller's transaction (the apply route, or the new account's
 * transaction) and opens the steps that wait for nothing. Null when the account already has one in progress.
 */
export async function applyTemplateInTransaction(
  ctx: AppContext,
  tx: Queryable,
  input: {
    accountId: string;
    template: TemplateRow;
    by: string | null;
    byLabel?: string;
    now: Date;
    stored: string[];
  },
) {
  const id = newId(input.now.getTime());
  const by = input.by ?? input.template.created_by;
  const started = await insertOnboarding(tx, {
    id,
    accountId: input.accountId,
    templateId: input.template.id,
    templateName: input.template.name,
    by,
    now: input.now,
  });
  if (!started) return null;
  await insertSteps(
    tx,
    id,
    input.accountId,
    input.template.steps.map((step, position) => ({
      id: newId(input.now.getTime()),
      position,
      kind: step.kind,
      title: step.title,
      config: configOf(step),
      waitsFor: step.waitsFor.filter((earlier) => earlier < position),
    })),
  );
  await recordAudit(tx, {
    action: 'onboarding.applied',
    actor: by ? { id: by, label: input.byLabel ?? 'staff' } : null,
    target: { type: 'onboarding', id, label: input.template.name },
    accountId: input.accountId,
    details: { templateId: input.template.id, automatic: input.by === null },
    occurredAt: input.now,
  });
  await advance(ctx, tx, id, input.now, input.stored);
  return id;
}

/**
 * Opens every waiting step whose earlier steps are finished (a step whose module the account's segment lacks is
 * skipped, which may free more), and marks the onboarding completed when nothing is left. The onboarding's row is
 * locked by the caller's path (insert, or `lockOpenStepOfItem`), so this runs once per change.
 */
export async function advance(ctx: AppContext, tx: Queryable, onboardingId: string, now: Date, stored: string[]) {
  const onboarding = await findOnboarding(tx, ALL, onboardingId, true);
  if (!onboarding || onboarding.status !== 'active') return;
  const modules = await modulesOfAccount(tx, onboarding.account_id);
  for (let changed = true; changed; ) {
    changed = false;
    const steps = await listSteps(tx, [onboardingId]);
    const finished = new Set(steps.filter((s) => s.status === 'done' || s.status === 'skipped').map((s) => s.position));
    if (finished.size === steps.length) {
      await finishOnboarding(tx, onboardingId, 'completed', now);
      await recordAudit(tx, {
        action: 'onboarding.completed',
        actor: null,
        target: { type: 'onboarding', id: onboardingId, label: onboarding.template_name },
        accountId: onboarding.account_id,
        occurredAt: now,
      });
      break;
    }
    for (const step of steps) {
      if (step.status !== 'waiting' || !step.waits_for.every((position) => finished.has(position))) continue;
      const kind = onboardingStepKind(step.kind);
      if (!kind || (kind.module && !modules.includes(kind.module))) {
        await finishStep(tx, step.id, 'skipped', now);
        changed = true;
        continue;
      }
      const { itemId } = await kind.open(tx, {
        ctx,
        accountId: step.account_id,
        onboardingId,
        stepId: step.id,
        title: step.title,
        config: step.config,
        by: onboarding.applied_by,
        now,
        stored,
      });
      const side = kind.side(step.config);
      await markStepOpen(tx, step.id, { itemId, side, now });
      if (side === 'client')
        await mailStepOpened(
          ctx,
          tx,
          { accountId: step.account_id, accountName: onboarding.account_name, title: step.title },
          now,
        );
    }
  }
  await publishUpdated(tx, { onboarding_id: onboardingId, account_id: onboarding.account_id }, now);
}

/** Completes a step (by its item's module, or a welcome ticked off) and moves the onboarding on. */
export async function completeStep(
  ctx: AppContext,
  tx: Queryable,
  step: { id: string; onboarding_id: string },
  now: Date,
) {
  const stored: string[] = [];
  try {
    if (await finishStep(tx, step.id, 'done', now)) await advance(ctx, tx, step.onboarding_id, now, stored);
  } catch (error) {
    for (const key of stored) await ctx.storage.remove(key).catch(() => undefined);
    throw error;
  }
}

/** The listener of `stepItemProgress`: an item's module reports its progress inside its own transaction. */
export function onStepItemProgress(ctx: AppContext) {
  return async (tx: Queryable, event: StepItemProgress) => {
    const step = await lockOpenStepOfItem(tx, event.kind, event.itemId);
    if (!step) return;
    if (event.state === 'done') await completeStep(ctx, tx, step, event.now);
    else if (event.issue) await setStepIssue(tx, step.id, event.issue);
    else await setStepSide(tx, step.id, event.state);
    if (event.state !== 'done') await publishUpdated(tx, step, event.now);
  };
}

/** Open pages of the account's onboarding (the client's checklist, the console) reload. */
export async function publishUpdated(tx: Queryable, step: { onboarding_id: string; account_id: string }, now: Date) {
  await publishEvent(
    tx,
    {
      type: 'onboarding.updated',
      accountId: step.account_id,
      audience: 'account',
      data: { onboardingId: step.onboarding_id },
    },
    now,
  );
}
