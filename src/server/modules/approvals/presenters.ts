import type { Approval } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { approvalPolicy } from './policy.ts';
import type { ApprovalRow, ApproverRow, ItemRow } from './repository.ts';
import { awaitingApprovers, waitingOnOf, type ApproverState } from './state.ts';

export const stateOf = (approvers: ApproverRow[]): ApproverState[] =>
  approvers.map((row) => ({ userId: row.user_id, position: row.position, side: row.side, decision: row.decision }));

/** Row -> API object. Where a decision came from (IP, user agent) is the firm's record: staff only. */
export function presentApproval(row: ApprovalRow, items: ItemRow[], approvers: ApproverRow[], actor: Actor): Approval {
  const awaiting = awaitingApprovers(row.status, row.mode, stateOf(approvers));
  const awaitingIds = awaiting.map((approver) => approver.userId);
  const origin = approvalPolicy.seesDecisionOrigin(actor);
  return {
    id: row.id,
    accountId: row.account_id,
    accountName: row.account_name,
    subjectType: row.subject_type,
    title: row.title,
    message: row.message,
    quoteId: row.quote_id,
    taskId: row.task_id,
    items: items.map((item) => ({
      documentId: item.document_id,
      versionId: item.version_id,
      versionNumber: item.version_number,
      name: item.name,
      sha256: item.sha256,
    })),
    mode: row.mode,
    dueDate: row.due_date,
    internal: row.internal,
    status: row.status,
    contentSha256: row.content_sha256,
    cancelReason: row.cancel_reason,
    replacesId: row.replaces_id,
    approvers: approvers.map((approver) => ({
      userId: approver.user_id,
      name: approver.name,
      side: approver.side,
      position: approver.position,
      decision: approver.decision,
      comment: approver.comment,
      decidedAt: approver.decided_at?.toISOString() ?? null,
      decidedSha256: approver.decided_sha256,
      decidedIp: origin ? approver.decided_ip : null,
      decidedUserAgent: origin ? approver.decided_user_agent : null,
      awaiting: awaitingIds.includes(approver.user_id),
    })),
    waitingOn: waitingOnOf(awaiting),
    createdAt: row.created_at.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
    version: row.version,
    abilities: approvalPolicy.abilities(actor, { status: row.status, awaitingUserIds: awaitingIds }),
  };
}
