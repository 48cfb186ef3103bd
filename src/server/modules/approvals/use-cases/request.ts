import type { CreateApproval } from '../../../../contract/index.ts';
import { accountScopeOf, requireModule, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { conflict, fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { notifyApprovers } from '../emails.ts';
import { approvalPolicy } from '../policy.ts';
import { reminderSlot } from '../reminders.ts';
import { claimSlot } from '../repository-reminders.ts';
import { approversOf, findApproval, insertApproval, itemsOf, setStatus, type ApprovalRow } from '../repository.ts';
import { accountInScope, eligibleApprovers } from '../repository-subjects.ts';
import { awaitingApprovers } from '../state.ts';
import { stateOf } from '../presenters.ts';
import { getApprovalUseCase, loadApproval } from './load.ts';
import { resolveSubject } from './subjects.ts';

/** Approvers are staff or (unless the subject is internal) the account's people, each once, in the given order. */
async function checkedApprovers(db: Queryable, accountId: string, ids: string[], internal: boolean) {
  if (new Set(ids).size !== ids.length) throw fieldError('approverIds', 'duplicate', 'Name each approver once.');
  const eligible = new Map((await eligibleApprovers(db, accountId, ids, internal)).map((row) => [row.id, row]));
  const index = ids.findIndex((id) => !eligible.has(id));
  if (index >= 0)
    throw fieldError(
      `approverIds.${index}`,
      'not_eligible',
      internal ? 'This is internal: choose staff.' : 'Choose staff or people of this account.',
    );
  return ids.map((id) => ({ userId: id, side: eligible.get(id)!.staff ? ('firm' as const) : ('client' as const) }));
}

/** Staff ask for an approval in an account; the approvers whose turn it is are told at once. */
export async function requestApprovalUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  input: CreateApproval,
  replacesId: string | null = null,
) {
  if (!(await accountInScope(ctx.db, accountId, scopeParams(accountScopeOf(actor))))) throw notFound();
  if (!approvalPolicy.canRequest(actor)) throw forbidden();
  requireModule(actor, accountId, 'approvals');
  const id = newId();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const subject = await resolveSubject(tx, accountId, input);
    const approvers = await checkedApprovers(tx, accountId, input.approverIds, subject.internal);
    await insertApproval(tx, {
      id,
      accountId,
      subjectType: input.subjectType,
      title: subject.title,
      message: input.message,
      quoteId: subject.quoteId,
      taskId: subject.taskId,
      mode: input.mode,
      dueDate: input.dueDate,
      internal: subject.internal,
      contentSha256: subject.contentSha256,
      replacesId,
      requestedBy: actor.userId,
      items: subject.items,
      approvers,
      now,
    });
    await recordAudit(tx, {
      action: 'approval.requested',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'approval', id, label: subject.title },
      accountId,
      details: {
        subjectType: input.subjectType,
        mode: input.mode,
        contentSha256: subject.contentSha256,
        approvers: approvers.map((approver) => approver.userId),
        replaces: replacesId,
      },
      occurredAt: now,
    });
    await notifyAwaited(ctx, tx, id, now);
  });
  return getApprovalUseCase(ctx, actor, id);
}

/**
 * Tells the approvers whose turn it now is, and marks this interval's reminder as sent for them. Portal-wide
 * read: the approval was written or locked in this transaction by a caller who could see it.
 */
export async function notifyAwaited(ctx: AppContext, tx: Queryable, approvalId: string, now: Date) {
  const row = (await findApproval(tx, approvalId, [true, []], true))!;
  const approvers = await approversOf(tx, [approvalId]);
  const awaiting = new Set(awaitingApprovers(row.status, row.mode, stateOf(approvers)).map((a) => a.userId));
  const told = approvers.filter((approver) => awaiting.has(approver.user_id));
  if (!told.length) return;
  const slot = reminderSlot(ctx, now);
  if (slot !== null)
    await claimSlot(
      tx,
      approvalId,
      told.map((approver) => approver.user_id),
      slot,
      now,
    );
  await notifyApprovers(ctx, tx, row, told, 'requested');
}

/** Asks again after a request for changes or a cancellation, on the subject's current content, same approvers. */
export async function rerequestApprovalUseCase(ctx: AppContext, actor: Actor, id: string) {
  const row = await loadApproval(ctx, actor, id);
  if (!approvalPolicy.canRequest(actor)) throw forbidden();
  if (row.status !== 'cancelled' && row.status !== 'changes_requested')
    throw conflict('Only a cancelled approval or one with changes requested can be asked again.', 'approval_open');
  const [approvers, items] = await Promise.all([approversOf(ctx.db, [id]), itemsOf(ctx.db, [id])]);
  return requestApprovalUseCase(
    ctx,
    actor,
    row.account_id,
    {
      subjectType: row.subject_type,
      title: undefined,
      message: row.message,
      documentIds: items.length ? items.map((item) => item.document_id) : undefined,
      quoteId: row.quote_id ?? undefined,
      taskId: row.task_id ?? undefined,
      approverIds: approvers.map((approver) => approver.user_id),
      mode: row.mode,
      dueDate: row.due_date && row.due_date >= ctx.clock.now().toISOString().slice(0, 10) ? row.due_date : null,
    },
    id,
  );
}

/** Staff withdraw a pending approval. */
export async function cancelApprovalUseCase(ctx: AppContext, actor: Actor, id: string) {
  await loadApproval(ctx, actor, id);
  if (!approvalPolicy.canRequest(actor)) throw forbidden();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const row: ApprovalRow = await loadApproval(ctx, actor, id, tx, true);
    requireModule(actor, row.account_id, 'approvals');
    if (row.status !== 'pending') throw conflict('This approval is already closed.', 'approval_closed');
    await setStatus(tx, id, 'cancelled', now, 'withdrawn');
    await recordAudit(tx, {
      action: 'approval.cancelled',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'approval', id, label: row.title },
      accountId: row.account_id,
      details: { reason: 'withdrawn' },
      occurredAt: now,
    });
  });
  return getApprovalUseCase(ctx, actor, id);
}
