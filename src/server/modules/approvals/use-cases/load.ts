import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { approvalPolicy } from '../policy.ts';
import { presentApproval } from '../presenters.ts';
import { approversOf, findApproval, itemsOf, type ApprovalRow } from '../repository.ts';

/** An approval the caller may see (people: not on internal subjects), or 404 whether missing or someone else's. */
export async function loadApproval(ctx: AppContext, actor: Actor, id: string, db: Queryable = ctx.db, lock = false) {
  const row = await findApproval(db, id, scopeParams(accountScopeOf(actor)), approvalPolicy.seesInternal(actor), lock);
  if (!row) throw notFound();
  return row;
}

/** Rows -> API objects, with their items and approvers read in two queries. */
export async function presentApprovals(db: Queryable, rows: ApprovalRow[], actor: Actor) {
  const ids = rows.map((row) => row.id);
  const [items, approvers] = await Promise.all([itemsOf(db, ids), approversOf(db, ids)]);
  return rows.map((row) =>
    presentApproval(
      row,
      items.filter((item) => item.approval_id === row.id),
      approvers.filter((approver) => approver.approval_id === row.id),
      actor,
    ),
  );
}

export async function getApprovalUseCase(ctx: AppContext, actor: Actor, id: string) {
  const row = await loadApproval(ctx, actor, id);
  return (await presentApprovals(ctx.db, [row], actor))[0]!;
}
