import type { AccountTimeQuery, AuditAction, CreateTimeEntry, UpdateTimeEntry } from '../../../../contract/index.ts';
import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { staleVersion } from '../../../platform/http/if-match.ts';
import { decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { projectPolicy } from '../policy.ts';
import { taskFacts } from '../presenters.ts';
import { presentTimeEntry, presentTimeTotals } from '../presenters-time.ts';
import { accountInScope } from '../repository-projects.ts';
import {
  deleteTimeEntry,
  findTimeEntry,
  insertTimeEntry,
  listAccountTime,
  listTaskTime,
  timePerAccount,
  timeTotals,
  updateTimeEntry,
} from '../repository-time.ts';
import { timeEntryChanged } from '../time-hooks.ts';
import { loadProject, loadTask, publishTaskEvent } from './load.ts';

/** Hidden time is refused openly (403): the caller can see the task, only not its time. */
const timeHidden = () => forbidden('Time on this project is not shown to clients.', 'not_allowed');

export async function listTaskTimeUseCase(ctx: AppContext, actor: Actor, taskId: string) {
  const task = await loadTask(ctx, actor, taskId);
  if (!projectPolicy.seesTime(actor, taskFacts(task))) throw timeHidden();
  const [rows, totals] = await Promise.all([listTaskTime(ctx.db, taskId), timeTotals(ctx.db, { taskId })]);
  return {
    items: rows.map((row) => presentTimeEntry(row, actor)),
    totals: presentTimeTotals(totals),
    abilities: { create: projectPolicy.canLogTime(actor) },
  };
}

export async function projectTimeTotalsUseCase(ctx: AppContext, actor: Actor, projectId: string) {
  const project = await loadProject(ctx, actor, projectId);
  if (!projectPolicy.seesTime(actor, { clientsSeeTime: project.clients_see_time })) throw timeHidden();
  return presentTimeTotals(await timeTotals(ctx.db, { projectId }));
}

export const audit = (
  actor: Actor,
  action: AuditAction,
  entry: { id: string; accountId: string },
  details: Record<string, unknown>,
  now: Date,
) => ({
  action,
  actor: { id: actor.userId, label: actor.email },
  target: { type: 'time_entry', id: entry.id, label: null },
  accountId: entry.accountId,
  details,
  occurredAt: now,
});

export async function createTimeEntryUseCase(ctx: AppContext, actor: Actor, taskId: string, input: CreateTimeEntry) {
  const task = await loadTask(ctx, actor, taskId);
  if (!projectPolicy.canLogTime(actor)) throw forbidden();
  const id = newId();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await insertTimeEntry(tx, {
      id,
      taskId,
      projectId: task.project_id,
      accountId: task.account_id,
      userId: actor.userId,
      date: input.date,
      minutes: input.minutes,
      note: input.note,
      billable: input.billable,
      now,
    });
    await recordAudit(
      tx,
      audit(actor, 'time_entry.created', { id, accountId: task.account_id }, { taskId, minutes: input.minutes }, now),
    );
    await publishTaskEvent(tx, 'task.updated', taskEventOf(task), now);
    await timeEntryChanged.fire(tx, { accountId: task.account_id, timeEntryId: id, now });
  });
  return presentTimeEntry((await findTimeEntry(ctx.db, id, [true, []], true))!, actor);
}

const taskEventOf = (task: { id: string; project_id: string; account_id: string; internal: boolean }) => ({
  id: task.id,
  projectId: task.project_id,
  accountId: task.account_id,
  internal: task.internal,
});

/** An entry the caller may see: in scope, and its time shown to them; otherwise 404 like a missing one. */
async function loadEntry(ctx: AppContext, actor: Actor, id: string) {
  const row = await findTimeEntry(ctx.db, id, scopeParams(accountScopeOf(actor)), projectPolicy.seesInternal(actor));
  if (!row) throw notFound();
  return row;
}

export async function updateTimeEntryUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateTimeEntry,
  expectedVersion: number | null,
) {
  const entry = await loadEntry(ctx, actor, id);
  if (!projectPolicy.timeEntryAbilities(actor, entry.user_id).update) throw forbidden();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await updateTimeEntry(tx, id, input, now, expectedVersion))) throw staleVersion();
    await recordAudit(
      tx,
      audit(actor, 'time_entry.updated', { id, accountId: entry.account_id }, { fields: Object.keys(input) }, now),
    );
    // The retainer's burn moves with the minutes, the date or the billable flag: the portal hears it live.
    await timeEntryChanged.fire(tx, { accountId: entry.account_id, timeEntryId: id, now });
  });
  return presentTimeEntry((await findTimeEntry(ctx.db, id, [true, []], true))!, actor);
}

export async function deleteTimeEntryUseCase(ctx: AppContext, actor: Actor, id: string) {
  const entry = await loadEntry(ctx, actor, id);
  if (!projectPolicy.timeEntryAbilities(actor, entry.user_id).delete) throw forbidden();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    // Two deletes at once: the second finds nothing to delete and changes nothing (no second audit entry).
    if (!(await deleteTimeEntry(tx, id))) throw notFound();
    await recordAudit(
      tx,
      audit(actor, 'time_entry.deleted', { id, accountId: entry.account_id }, { minutes: entry.minutes }, now),
    );
    await timeEntryChanged.fire(tx, { accountId: entry.account_id, timeEntryId: id, now });
  });
}

/** An account's time over a period, with its totals (staff; what billing's retainers read). */
export async function listAccountTimeUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  query: AccountTimeQuery,
) {
  const scope = scopeParams(accountScopeOf(actor));
  if (!(await accountInScope(ctx.db, accountId, scope))) throw notFound();
  if (!projectPolicy.seesAccountTime(actor)) throw forbidden();
  if (query.from > query.to) throw fieldError('to', 'before_from', 'The period ends before it starts.');
  const cursor = decodeCursor(query.cursor, ['text', 'uuid']);
  const rows = await listAccountTime(ctx.db, scope, {
    accountId,
    from: query.from,
    to: query.to,
    cursor,
    limit: query.limit,
    threadId: query.subjectId ?? null,
  });
  const [totals] = await timePerAccount(ctx.db, query.from, query.to, [accountId]);
  return {
    ...toPage(
      rows,
      query.limit,
      (row) => presentTimeEntry(row, actor),
      (row) => [row.work_date, row.id],
    ),
    totals: presentTimeTotals(totals ?? { billable: 0, non_billable: 0 }),
    abilities: { create: projectPolicy.canLogTime(actor) },
  };
}

/**
 * Billing retainers: minutes per account over [from, to] (dates, inclusive), billable and not. The firm's own
 * figures, so no caller scope: the billing use case that calls it has already authorized its caller.
 */
export async function timeMinutesPerAccount(
  ctx: Pick<AppContext, 'db'>,
  period: { from: string; to: string },
  accountIds: string[] | null = null,
) {
  const rows = await timePerAccount(ctx.db, period.from, period.to, accountIds);
  return new Map(rows.map((row) => [row.account_id, presentTimeTotals(row)]));
}
