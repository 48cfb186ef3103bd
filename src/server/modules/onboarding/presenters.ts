import type { Onboarding, OnboardingStep, OnboardingTemplate } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { onboardingStepKind } from '../../platform/onboarding-steps.ts';
import { onboardingPolicy } from './policy.ts';
import type { OnboardingRow, StepRow } from './repository.ts';
import type { TemplateRow } from './repository-templates.ts';

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function presentTemplate(row: TemplateRow, actor: Actor): OnboardingTemplate {
  return {
    id: row.id,
    segmentId: row.segment_id,
    segmentName: row.segment_name,
    name: row.name,
    autoApply: row.auto_apply,
    steps: row.steps,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
    abilities: onboardingPolicy.templateAbilities(actor),
  };
}

/** Checklist order: the client's open steps first (their next step on top), the firm's, then waiting, finished. */
const RANK = (step: StepRow) =>
  step.status === 'open' ? (step.side === 'client' ? 0 : 1) : step.status === 'waiting' ? 2 : 3;

/** What the step policy needs of a step row. */
export const stepFacts = (row: StepRow) => ({
  accountId: row.account_id,
  kind: row.kind,
  status: row.status,
  hasIssue: row.item_issue !== null,
  reissuable: Boolean(onboardingStepKind(row.kind)?.reissue),
});

export function presentStep(row: StepRow, actor: Actor): OnboardingStep {
  const layout = actor.staffRole ? 'console' : 'portal';
  const kind = onboardingStepKind(row.kind);
  return {
    id: row.id,
    position: row.position,
    kind: row.kind,
    title: row.title,
    message: row.kind === 'welcome' ? String(row.config.message ?? '') : null,
    status: row.status,
    side: row.side,
    waitsFor: row.waits_for,
    link:
      row.status === 'open' || row.status === 'done' ? (kind?.link(row.item_id, layout, row.account_id) ?? null) : null,
    issue: row.status === 'open' ? row.item_issue : null,
    openedAt: iso(row.opened_at),
    completedAt: iso(row.completed_at),
    abilities: onboardingPolicy.stepAbilities(actor, stepFacts(row)),
  };
}

export function presentOnboarding(row: OnboardingRow, steps: StepRow[], actor: Actor): Onboarding {
  const ordered = [...steps].sort((a, b) => RANK(a) - RANK(b) || a.position - b.position);
  return {
    id: row.id,
    accountId: row.account_id,
    accountName: row.account_name,
    templateId: row.template_id,
    templateName: row.template_name,
    status: row.status,
    startedAt: row.started_at.toISOString(),
    completedAt: iso(row.completed_at),
    cancelledAt: iso(row.cancelled_at),
    steps: ordered.map((step) => presentStep(step, actor)),
    abilities: onboardingPolicy.onboardingAbilities(actor, { status: row.status }),
  };
}
