import type {
  CreateOnboardingTemplate,
  OnboardingStepInput,
  UpdateOnboardingTemplate,
} from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { fieldError, forbidden, invalid, notFound, type FieldError } from '../../../platform/http/errors.ts';
import { staleVersion } from '../../../platform/http/if-match.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { catalogLine } from '../../billing/index.ts';
import { latestFormVersion } from '../../forms/index.ts';
import { findSegment } from '../../segments/index.ts';
import { onboardingPolicy } from '../policy.ts';
import { presentTemplate } from '../presenters.ts';
import {
  deleteTemplate,
  findTemplate,
  insertTemplate,
  listTemplates,
  updateTemplate,
} from '../repository-templates.ts';

/**
 * Steps the server can open later: a step waits only for earlier ones (no cycles, by construction) and a form step
 * names a published form (a template is applied inside a new account's transaction, which must not fail on it).
 */
async function checkSteps(db: Queryable, steps: OnboardingStepInput[]) {
  const errors: FieldError[] = [];
  for (const [position, step] of steps.entries()) {
    step.waitsFor.forEach((earlier, index) => {
      if (earlier >= position)
        errors.push({
          path: `steps.${position}.waitsFor.${index}`,
          code: 'not_earlier',
          message: 'A step can only wait for steps before it.',
        });
    });
    if (step.kind === 'invoice' && step.catalogItemId && !(await catalogLine(db, step.catalogItemId, step.currency)))
      errors.push({
        path: `steps.${position}.catalogItemId`,
        code: 'no_price',
        message: `Choose a current catalogue item with a price in ${step.currency}.`,
      });
    if (step.kind === 'invoice' && !step.catalogItemId && !step.lines.length)
      errors.push({ path: `steps.${position}.lines`, code: 'required', message: 'Add a line or a catalogue item.' });
    if (step.kind === 'form' && !(await latestFormVersion(db, step.formId)))
      errors.push({
        path: `steps.${position}.formId`,
        code: 'not_published',
        message: 'Choose a published form.',
      });
  }
  if (errors.length) throw invalid(errors);
}

const requireManage = (actor: Actor) => {
  if (!onboardingPolicy.canManage(actor)) throw forbidden();
};

export async function listTemplatesUseCase(ctx: AppContext, actor: Actor, segmentId: string | undefined) {
  requireManage(actor);
  const rows = await listTemplates(ctx.db, segmentId ?? null);
  return { items: rows.map((row) => presentTemplate(row, actor)) };
}

export async function getTemplateUseCase(ctx: AppContext, actor: Actor, id: string) {
  requireManage(actor);
  const row = await findTemplate(ctx.db, id);
  if (!row) throw notFound();
  return presentTemplate(row, actor);
}

export async function createTemplateUseCase(ctx: AppContext, actor: Actor, input: CreateOnboardingTemplate) {
  requireManage(actor);
  if (!(await findSegment(ctx.db, input.segmentId)))
    throw fieldError('segmentId', 'not_found', 'Choose an existing segment.');
  await checkSteps(ctx.db, input.steps);
  const id = newId();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await insertTemplate(tx, { ...input, id, by: actor.userId, now });
    await recordAudit(tx, {
      action: 'onboarding.template_created',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'onboarding_template', id, label: input.name },
      occurredAt: now,
    });
  });
  return getTemplateUseCase(ctx, actor, id);
}

export async function updateTemplateUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateOnboardingTemplate,
  expectedVersion: number | null,
) {
  requireManage(actor);
  const row = await findTemplate(ctx.db, id);
  if (!row) throw notFound();
  if (input.steps) await checkSteps(ctx.db, input.steps);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await updateTemplate(tx, id, input, now, expectedVersion))) throw staleVersion();
    await recordAudit(tx, {
      action: 'onboarding.template_updated',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'onboarding_template', id, label: input.name ?? row.name },
      occurredAt: now,
    });
  });
  return getTemplateUseCase(ctx, actor, id);
}

/** Onboardings already applied keep their steps (copied at apply) and the template's name. */
export async function deleteTemplateUseCase(ctx: AppContext, actor: Actor, id: string) {
  requireManage(actor);
  const row = await findTemplate(ctx.db, id);
  if (!row) throw notFound();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await deleteTemplate(tx, id);
    await recordAudit(tx, {
      action: 'onboarding.template_deleted',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'onboarding_template', id, label: row.name },
      occurredAt: now,
    });
  });
}
