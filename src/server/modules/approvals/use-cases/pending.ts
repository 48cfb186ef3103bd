import type { ApprovalSide } from '../../../../contract/index.ts';
import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { approvalPolicy } from '../policy.ts';
import { pendingApprovalsOfAccount } from '../repository.ts';

/** One pending approval as another module (the obligations timeline) shows it. */
export interface PendingApproval {
  id: string;
  accountId: string;
  title: string;
  /** Whose move it is: the account's people (client) or the firm's staff (firm). */
  owner: ApprovalSide;
  dueDate: string | null;
  state: 'pending' | 'overdue';
  internal: boolean;
  createdAt: string;
}

/**
 * The account's pending approvals the caller may see, with the side that owes the decision, due date and state
 * (overdue once the due date has passed), soonest due first. For the obligations timeline to plug in.
 */
export async function listPendingApprovals(
  db: Queryable,
  actor: Actor,
  accountId: string,
  now: Date,
  limit = 200,
): Promise<PendingApproval[]> {
  const today = now.toISOString().slice(0, 10);
  const rows = await pendingApprovalsOfAccount(
    db,
    accountId,
    scopeParams(accountScopeOf(actor)),
    approvalPolicy.seesInternal(actor),
    limit,
  );
  return rows.map((row) => ({
    id: row.id,
    accountId: row.account_id,
    title: row.title,
    owner: row.side,
    dueDate: row.due_date,
    state: row.due_date && row.due_date < today ? 'overdue' : 'pending',
    internal: row.internal,
    createdAt: row.created_at.toISOString(),
  }));
}
