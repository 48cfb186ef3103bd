import type { CreateRetainer, Retainer, RetainerList, UpdateRetainer } from '../../../../contract/index.ts';
import { accountScopeOf, requireModule, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { conflict, fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { staleVersion } from '../../../platform/http/if-match.ts';
import { newId } from '../../../platform/ids.ts';
import { publishEvent } from '../../../platform/realtime/index.ts';
import { recordAudit } from '../../audit/index.ts';
import { billableMinutes, billableOtherTime, billableTimePerTask } from '../../projects/index.ts';
import { retainerPolicy } from '../policy-retainers.ts';
import { presentRetainer } from '../presenters-retainers.ts';
import { burnOf, currentPeriod } from '../retainer-burn.ts';
import {
  coveredMinutes,
  endRetainer,
  findOpenRetainerId,
  findRetainer,
  insertRetainer,
  listOverages,
  listRetainers,
  updateRetainer,
  type RetainerRow,
} from '../repository-retainers.ts';
import { findProfile, findTaxRates } from '../repository-setup.ts';
import { todayOf } from './load.ts';

/** The account in the caller's scope (404 otherwise, identical for a foreign or missing account). */
async function profileInScope(ctx: AppContext, actor: Actor, accountId: string) {
  const profile = await findProfile(ctx.db, accountId, scopeParams(accountScopeOf(actor)));
  if (!profile) throw notFound();
  return profile;
}

/** The retainer's tax rates: each a console tax rate not archived (400 naming the one that is not), no repeats. */
async function checkTaxRates(db: Queryable, ids: string[]) {
  const rates = new Map((await findTaxRates(db, ids)).map((rate) => [rate.id, rate]));
  ids.forEach((id, index) => {
    const rate = rates.get(id);
    if (!rate || rate.archived_at)
      throw fieldError(`taxRateIds.${index}`, 'unknown_tax_rate', 'Choose a tax rate that exists and is not archived.');
    if (ids.indexOf(id) !== index)
      throw fieldError(`taxRateIds.${index}`, 'duplicate', 'This tax rate is listed twice.');
  });
  return ids;
}

/** A retainer's current period and figures from the projects module's billable time. */
export async function burnOfRetainer(db: Queryable, row: RetainerRow, today: string) {
  const period = currentPeriod(row, today);
  const [used, tasks, other, covered] = await Promise.all([
    billableMinutes(db, row.account_id, period.start, period.end),
    billableTimePerTask(db, row.account_id, period.start, period.end),
    billableOtherTime(db, row.account_id, period.start, period.end),
    coveredMinutes(db, row.id, period.start),
  ]);
  return {
    period,
    figures: burnOf(row, used, covered),
    tasks: tasks.map((task) => ({
      taskId: task.task_id,
      title: task.title,
      projectId: task.project_id,
      projectName: task.project_name,
      minutes: task.minutes,
    })),
    otherWork: other.map((work) => ({
      kind: work.kind,
      id: work.subject_id,
      title: work.title,
      minutes: work.minutes,
    })),
  };
}

async function present(ctx: AppContext, actor: Actor, row: RetainerRow, db: Queryable = ctx.db): Promise<Retainer> {
  const [burn, overages] = await Promise.all([
    burnOfRetainer(db, row, todayOf(ctx.clock.now())),
    listOverages(db, [row.id]),
  ]);
  return presentRetainer(row, actor, burn, overages);
}

/**
 * Live burn of the account's open retainer when its time changes (projects' hook, in the time entry's transaction):
 * logging, editing or deleting an entry moves the figures, and the portal reloads on `retainer.updated`.
 */
export async function publishBurnOfAccount(tx: Queryable, event: { accountId: string; now: Date }) {
  const retainerId = await findOpenRetainerId(tx, event.accountId);
  if (retainerId) await publishRetainerEvent(tx, event.accountId, retainerId, event.now);
}

/** Live burn: the portal's retainer panel reloads on this event (ids only; the account's people and staff). */
export function publishRetainerEvent(tx: Queryable, accountId: string, retainerId: string, now: Date) {
  return publishEvent(tx, { type: 'retainer.updated', accountId, audience: 'account', data: { retainerId } }, now);
}

export async function listRetainersUseCase(ctx: AppContext, actor: Actor, accountId: string): Promise<RetainerList> {
  await profileInScope(ctx, actor, accountId);
  const rows = await listRetainers(ctx.db, accountId, scopeParams(accountScopeOf(actor)));
  // An ended retainer's figures are of its last period; at most 50 rows, each a few indexed sums.
  const items = await Promise.all(rows.map((row) => present(ctx, actor, row)));
  return { items, abilities: { create: retainerPolicy.canManage(actor) } };
}

export async function loadRetainer(ctx: AppContext, actor: Actor, accountId: string, id: string) {
  const row = await findRetainer(ctx.db, accountId, id, scopeParams(accountScopeOf(actor)));
  if (!row) throw notFound();
  return row;
}

export async function getRetainerUseCase(ctx: AppContext, actor: Actor, accountId: string, id: string) {
  return present(ctx, actor, await loadRetainer(ctx, actor, accountId, id));
}

const auditOf = (actor: Actor, action: Parameters<typeof recordAudit>[1]['action']) => ({
  action,
  actor: { id: actor.userId, label: actor.email },
});

export async function createRetainerUseCase(ctx: AppContext, actor: Actor, accountId: string, input: CreateRetainer) {
  const profile = await profileInScope(ctx, actor, accountId);
  if (!retainerPolicy.canManage(actor)) throw forbidden();
  requireModule(actor, accountId, 'billing');
  if (!profile.currency)
    throw conflict(
      'Set up the billing profile of this account (currency, legal name) first.',
      'billing_profile_missing',
    );
  const id = newId();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const made = await insertRetainer(tx, {
      id,
      account_id: accountId,
      name: input.name,
      unit: input.unit,
      period: input.period,
      budget_minutes: input.unit === 'hours' ? input.budgetMinutes : null,
      budget_amount: input.unit === 'money' ? input.budgetAmount : null,
      currency: profile.currency!,
      hourly_rate: input.hourlyRate,
      starts_on: input.startsOn,
      createdBy: actor.userId,
      now,
      tax_rate_ids: await checkTaxRates(tx, input.taxRateIds ?? []),
    });
    if (!made) throw conflict('This account already has a retainer: end it first.', 'retainer_exists');
    await recordAudit(tx, {
      ...auditOf(actor, 'billing.retainer_created'),
      target: { type: 'billing_retainer', id, label: input.name },
      accountId,
      details: {
        unit: input.unit,
        period: input.period,
        budgetMinutes: input.budgetMinutes,
        budgetAmount: input.budgetAmount,
        hourlyRate: input.hourlyRate,
        currency: profile.currency,
      },
      occurredAt: now,
    });
    await publishRetainerEvent(tx, accountId, id, now);
  });
  return getRetainerUseCase(ctx, actor, accountId, id);
}

export async function updateRetainerUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  id: string,
  input: UpdateRetainer,
  expectedVersion: number | null,
) {
  const current = await loadRetainer(ctx, actor, accountId, id);
  if (!retainerPolicy.canManage(actor)) throw forbidden();
  requireModule(actor, accountId, 'billing');
  if (current.ended_on) throw conflict('An ended retainer cannot change.', 'retainer_ended');
  // The budget's kind follows the unit the retainer was made with.
  const wrong = current.unit === 'hours' ? input.budgetAmount != null : input.budgetMinutes != null;
  if (wrong)
    throw fieldError(
      current.unit === 'hours' ? 'budgetAmount' : 'budgetMinutes',
      'wrong_unit',
      `This retainer's budget is in ${current.unit}.`,
    );
  if (current.unit === 'money' && input.hourlyRate === 0)
    throw fieldError('hourlyRate', 'rate_required', 'A money retainer needs an hourly rate above 0.');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (input.taxRateIds) await checkTaxRates(tx, input.taxRateIds);
    if (!(await updateRetainer(tx, id, input, now, expectedVersion))) {
      const latest = await findRetainer(tx, accountId, id, [true, []]);
      throw latest?.ended_on ? conflict('An ended retainer cannot change.', 'retainer_ended') : staleVersion();
    }
    await recordAudit(tx, {
      ...auditOf(actor, 'billing.retainer_updated'),
      target: { type: 'billing_retainer', id, label: input.name ?? current.name },
      accountId,
      details: { ...input },
      occurredAt: now,
    });
    await publishRetainerEvent(tx, accountId, id, now);
  });
  return getRetainerUseCase(ctx, actor, accountId, id);
}

/** Ends a retainer today: its time stops counting after today, and the account may get a new one. */
export async function endRetainerUseCase(ctx: AppContext, actor: Actor, accountId: string, id: string) {
  const current = await loadRetainer(ctx, actor, accountId, id);
  if (!retainerPolicy.canManage(actor)) throw forbidden();
  requireModule(actor, accountId, 'billing');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await endRetainer(tx, id, todayOf(now), now)))
      throw conflict('This retainer has already ended.', 'retainer_ended');
    await recordAudit(tx, {
      ...auditOf(actor, 'billing.retainer_ended'),
      target: { type: 'billing_retainer', id, label: current.name },
      accountId,
      occurredAt: now,
    });
    await publishRetainerEvent(tx, accountId, id, now);
  });
  return getRetainerUseCase(ctx, actor, accountId, id);
}
