import { accountScopeOf, requireModule, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { conflict, fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { applyTemplateInTransaction, completeStep } from '../engine.ts';
import { onboardingPolicy } from '../policy.ts';
import { stepFacts } from '../presenters.ts';
import { accountInScope, findOnboarding, findStep, finishOnboarding, modulesOfSegments } from '../repository.ts';
import { autoTemplateOf, findTemplate } from '../repository-templates.ts';
import { getAccountOnboardingUseCase } from './read.ts';

const scopeOf = (actor: Actor) => scopeParams(accountScopeOf(actor));
const busy = () =>
  conflict('This account is already onboarding. Cancel it first to apply another.', 'already_onboarding');

/** Runs `work` with stored-file cleanup: an invoice PDF written for a rolled-back transaction is removed. */
export async function withStored<T>(ctx: AppContext, work: (stored: string[]) => Promise<T>) {
  const stored: string[] = [];
  try {
    return await work(stored);
  } catch (error) {
    for (const key of stored) await ctx.storage.remove(key).catch(() => undefined);
    throw error;
  }
}

/**
 * Staff apply a template of the account's segment by hand (also to re-apply after a cancel). One onboarding in
 * progress per account: a second apply, even at the same moment, is 409 `already_onboarding`.
 */
export async function applyOnboardingUseCase(ctx: AppContext, actor: Actor, accountId: string, templateId: string) {
  const account = await accountInScope(ctx.db, scopeOf(actor), accountId);
  if (!account) throw notFound();
  if (!onboardingPolicy.canManage(actor)) throw forbidden();
  requireModule(actor, accountId, 'onboarding', account.modules);
  const template = await findTemplate(ctx.db, templateId);
  if (!template || template.segment_id !== account.segment_id)
    throw fieldError('templateId', 'not_found', 'Choose a template of this account’s segment.');
  const now = ctx.clock.now();
  await withStored(ctx, (stored) =>
    ctx.db.transaction(async (tx) => {
      const id = await applyTemplateInTransaction(ctx, tx, {
        accountId,
        template,
        by: actor.userId,
        byLabel: actor.email,
        now,
        stored,
      });
      if (!id) throw busy();
    }),
  );
  return getAccountOnboardingUseCase(ctx, actor, accountId);
}

type AccountCreated = { accountId: string; segmentId: string; createdBy: string | null; now: Date };

/**
 * The accounts module's `onAccountCreated` hook: a new account of a segment with onboarding on and an automatic
 * template starts it in the creating transaction (so the account never exists without its onboarding).
 */
export function applyOnAccountCreated(ctx: AppContext) {
  const many = applyOnAccountsCreated(ctx);
  return (tx: Queryable, event: AccountCreated) => many(tx, [event]);
}

/**
 * Its batch version (a CSV import's batch of new accounts): the automatic template and the modules are looked up
 * once per segment, not once per account, so a segment without an automatic template (or without onboarding)
 * costs two statements for the whole batch. Where a template applies, each account still
 * gets its own onboarding through `applyTemplateInTransaction`: its steps open items (forms, invoices, tasks) in
 * their own modules, account by account.
 */
export function applyOnAccountsCreated(ctx: AppContext) {
  return async (tx: Queryable, events: AccountCreated[]) => {
    const bySegment = new Map<string, AccountCreated[]>();
    for (const event of events) bySegment.set(event.segmentId, [...(bySegment.get(event.segmentId) ?? []), event]);
    const modules = await modulesOfSegments(tx, [...bySegment.keys()]);
    for (const [segmentId, created] of bySegment) {
      if (!modules.get(segmentId)?.includes('onboarding')) continue;
      const template = await autoTemplateOf(tx, segmentId);
      if (!template) continue;
      for (const event of created)
        await applyTemplateInTransaction(ctx, tx, {
          accountId: event.accountId,
          template,
          by: event.createdBy,
          now: event.now,
          // The invoice PDF of a rolled-back account creation stays as an orphan for the documents sweep.
          stored: [],
        });
    }
  };
}

/** Staff cancel an onboarding in progress; its open items (forms, invoices...) stay with their modules. */
export async function cancelOnboardingUseCase(ctx: AppContext, actor: Actor, id: string) {
  const row = await findOnboarding(ctx.db, scopeOf(actor), id);
  if (!row) throw notFound();
  if (!onboardingPolicy.canManage(actor)) throw forbidden();
  requireModule(
    actor,
    row.account_id,
    'onboarding',
    (await accountInScope(ctx.db, scopeOf(actor), row.account_id))?.modules,
  );
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const locked = await findOnboarding(tx, scopeOf(actor), id, true);
    if (!locked || !(await finishOnboarding(tx, id, 'cancelled', now)))
      throw conflict('This onboarding is no longer in progress.', 'not_active');
    await recordAudit(tx, {
      action: 'onboarding.cancelled',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'onboarding', id, label: row.template_name },
      accountId: row.account_id,
      occurredAt: now,
    });
  });
  return getAccountOnboardingUseCase(ctx, actor, row.account_id);
}

/** A welcome step ticked off (the account's people, or staff for them). */
export async function completeStepUseCase(ctx: AppContext, actor: Actor, stepId: string) {
  const step = await findStep(ctx.db, scopeOf(actor), stepId);
  if (!step) throw notFound();
  const abilities = onboardingPolicy.stepAbilities(actor, stepFacts(step));
  if (!abilities.complete) {
    if (step.kind !== 'welcome') throw forbidden('This step completes by itself when its item is done.', 'not_allowed');
    throw conflict('This step is not open.', 'step_not_open');
  }
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    // The onboarding's row lock serializes two ticks: the second finds the step done and changes nothing.
    const onboarding = await findOnboarding(tx, scopeOf(actor), step.onboarding_id, true);
    if (!onboarding || onboarding.status !== 'active') throw conflict('This step is not open.', 'step_not_open');
    await completeStep(ctx, tx, step, now);
  });
  return getAccountOnboardingUseCase(ctx, actor, step.account_id);
}
