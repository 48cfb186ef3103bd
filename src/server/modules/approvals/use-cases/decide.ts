import type { DecideApproval } from '../../../../contract/index.ts';
import { requireModule, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden } from '../../../platform/http/errors.ts';
import { currentRequest } from '../../../platform/http/request-scope.ts';
import { publishEvent } from '../../../platform/realtime/index.ts';
import { recordAudit } from '../../audit/index.ts';
import { stateOf } from '../presenters.ts';
import { approversOf, recordDecision, setStatus } from '../repository.ts';
import { applyDecision, decisionRefusal } from '../state.ts';
import { getApprovalUseCase, loadApproval } from './load.ts';
import { notifyAwaited } from './request.ts';

const REFUSALS = {
  not_an_approver: () => forbidden('You are not an approver of this.', 'not_an_approver'),
  already_decided: () => conflict('You have already decided on this.', 'already_decided'),
  closed: () => conflict('This approval is closed.', 'approval_closed'),
  not_your_turn: () => conflict('Earlier approvers decide first.', 'not_your_turn'),
} as const;

/**
 * The caller's own decision, bound to the content they saw: `contentSha256` must be the approval's (a new
 * version meanwhile cancels the approval: 409 either way). Under the approval's row lock, so concurrent decisions
 * queue and the state machine sees each one; a replay finds the decision made (409 already_decided). Who, what,
 * when, from which IP and user agent go into the approver's row and the audit log in the same transaction.
 */
export async function decideApprovalUseCase(ctx: AppContext, actor: Actor, id: string, input: DecideApproval) {
  await loadApproval(ctx, actor, id);
  if (input.approverId && input.approverId !== actor.userId)
    throw forbidden('You can only decide for yourself.', 'not_allowed');
  const now = ctx.clock.now();
  const origin = currentRequest();
  await ctx.db.transaction(async (tx) => {
    const row = await loadApproval(ctx, actor, id, tx, true);
    requireModule(actor, row.account_id, 'approvals');
    const approvers = stateOf(await approversOf(tx, [id]));
    const refusal = decisionRefusal(row.status, row.mode, approvers, actor.userId);
    if (refusal) throw REFUSALS[refusal]();
    if (input.contentSha256 !== row.content_sha256)
      throw conflict('The content changed since you looked at it. Review the current version.', 'content_changed');
    if (
      !(await recordDecision(tx, id, actor.userId, {
        decision: input.decision,
        comment: input.comment,
        ip: origin?.ip ?? null,
        userAgent: origin?.userAgent ?? null,
        sha256: row.content_sha256,
        now,
      }))
    )
      throw REFUSALS.already_decided();
    const next = applyDecision(row.status, approvers, actor.userId, input.decision);
    if (next.status !== row.status) await setStatus(tx, id, next.status, now);
    await recordAudit(tx, {
      action: input.decision === 'approved' ? 'approval.approved' : 'approval.changes_requested',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'approval', id, label: row.title },
      accountId: row.account_id,
      details: { contentSha256: row.content_sha256, comment: input.comment || null, status: next.status },
      occurredAt: now,
    });
    await publishEvent(
      tx,
      {
        type: 'approval.updated',
        accountId: row.account_id,
        audience: row.internal ? 'staff' : 'account',
        data: { approvalId: id },
      },
      now,
    );
    // Sequential: the next approver's turn starts now.
    if (next.status === 'pending' && row.mode === 'sequential') await notifyAwaited(ctx, tx, id, now);
  });
  return getApprovalUseCase(ctx, actor, id);
}
