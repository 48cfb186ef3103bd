import type { z } from 'zod';
import type { OnboardingListQuery, OnboardingStats, OnboardingSummary } from '../../../../contract/index.ts';
import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import { decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { onboardingPolicy } from '../policy.ts';
import { presentOnboarding } from '../presenters.ts';
import { accountInScope, latestOnboardingOf, listSteps } from '../repository.ts';
import { listOverview, onboardingStats, type OverviewRow } from '../repository-overview.ts';

const scopeOf = (actor: Actor) => scopeParams(accountScopeOf(actor));

/** The account's onboarding in progress (else its latest), or null: the portal checklist and the console panel. */
export async function getAccountOnboardingUseCase(ctx: AppContext, actor: Actor, accountId: string) {
  const scope = scopeOf(actor);
  if (!(await accountInScope(ctx.db, scope, accountId))) throw notFound();
  const row = await latestOnboardingOf(ctx.db, scope, accountId);
  if (!row) return { onboarding: null };
  return { onboarding: presentOnboarding(row, await listSteps(ctx.db, [row.id]), actor) };
}

function presentSummary(row: OverviewRow): OnboardingSummary {
  return {
    id: row.id,
    accountId: row.account_id,
    accountName: row.account_name,
    segmentName: row.segment_name,
    templateName: row.template_name,
    status: row.status,
    startedAt: row.started_at.toISOString(),
    completedAt: row.completed_at?.toISOString() ?? null,
    stepsDone: row.steps_done,
    stepsTotal: row.steps_total,
    currentStep:
      row.current_title && row.current_opened_at
        ? {
            title: row.current_title,
            kind: row.current_kind!,
            side: row.current_side!,
            openedAt: row.current_opened_at.toISOString(),
          }
        : null,
  };
}

/** Staff: every onboarding of a status in their scope, with where each is stuck and since when. */
export async function listOnboardingsUseCase(
  ctx: AppContext,
  actor: Actor,
  query: z.infer<typeof OnboardingListQuery>,
) {
  if (!onboardingPolicy.canManage(actor)) throw forbidden();
  const rows = await listOverview(ctx.db, scopeOf(actor), {
    status: query.status,
    after: decodeCursor(query.cursor, ['timestamp', 'uuid']) as [string, string] | null,
    limit: query.limit,
  });
  return toPage(rows, query.limit, presentSummary, (row) => [row.cursor_at, row.id]);
}

/** Staff: time to onboard per segment (the dashboard figure). */
export async function onboardingStatsUseCase(ctx: AppContext, actor: Actor): Promise<OnboardingStats> {
  if (!onboardingPolicy.canManage(actor)) throw forbidden();
  const rows = await onboardingStats(ctx.db, scopeOf(actor));
  return {
    segments: rows.map((row) => ({
      segmentId: row.segment_id,
      segmentName: row.segment_name,
      completed: row.completed,
      inProgress: row.in_progress,
      medianSeconds: row.median_seconds === null ? null : Math.round(row.median_seconds),
    })),
  };
}
