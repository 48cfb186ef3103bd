import type { ApprovalDecisionKind, ApprovalMode, ApprovalSide, ApprovalStatus } from '../../../contract/index.ts';

/*
 * The approval state machine, pure (no I/O) so it is unit-tested on its own. Rules:
 * - a request for changes by any approver closes the approval as `changes_requested` (the work goes back);
 * - when every approver approved, it is `approved`;
 * - sequential: only the first undecided approver (by position) may decide; parallel: every undecided one;
 * - `cancelled`, `approved` and `changes_requested` are final: nobody decides any more.
 */

export interface ApproverState {
  userId: string;
  position: number;
  side: ApprovalSide;
  decision: ApprovalDecisionKind | null;
}

export function statusOf(current: ApprovalStatus, approvers: readonly ApproverState[]): ApprovalStatus {
  if (current === 'cancelled') return 'cancelled';
  if (approvers.some((approver) => approver.decision === 'changes_requested')) return 'changes_requested';
  if (approvers.length > 0 && approvers.every((approver) => approver.decision === 'approved')) return 'approved';
  return 'pending';
}

/** The approvers whose turn it is (empty once the approval is closed). */
export function awaitingApprovers(
  status: ApprovalStatus,
  mode: ApprovalMode,
  approvers: readonly ApproverState[],
): ApproverState[] {
  if (statusOf(status, approvers) !== 'pending') return [];
  const undecided = approvers.filter((approver) => approver.decision === null);
  if (mode === 'parallel') return undecided;
  const first = undecided.reduce<ApproverState | null>(
    (min, approver) => (min === null || approver.position < min.position ? approver : min),
    null,
  );
  return first ? [first] : [];
}

/** Whose move it is: the firm when any awaited approver is staff, else the client; null when closed. */
export function waitingOnOf(awaiting: readonly ApproverState[]): ApprovalSide | null {
  if (!awaiting.length) return null;
  return awaiting.some((approver) => approver.side === 'firm') ? 'firm' : 'client';
}

export type DecisionRefusal = 'closed' | 'not_an_approver' | 'already_decided' | 'not_your_turn';

/** Why `userId` may not decide now, or null when they may. */
export function decisionRefusal(
  status: ApprovalStatus,
  mode: ApprovalMode,
  approvers: readonly ApproverState[],
  userId: string,
): DecisionRefusal | null {
  const self = approvers.find((approver) => approver.userId === userId);
  if (!self) return 'not_an_approver';
  if (self.decision !== null) return 'already_decided';
  if (statusOf(status, approvers) !== 'pending') return 'closed';
  if (!awaitingApprovers(status, mode, approvers).some((approver) => approver.userId === userId))
    return 'not_your_turn';
  return null;
}

/** The approvers after `userId`'s decision, and the approval's resulting status. */
export function applyDecision(
  status: ApprovalStatus,
  approvers: readonly ApproverState[],
  userId: string,
  decision: ApprovalDecisionKind,
): { approvers: ApproverState[]; status: ApprovalStatus } {
  const next = approvers.map((approver) => (approver.userId === userId ? { ...approver, decision } : approver));
  return { approvers: next, status: statusOf(status, next) };
}
