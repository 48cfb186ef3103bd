import type { ApprovalListQuery } from '../../../../contract/index.ts';
import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { decodeCursor, encodeCursor } from '../../../platform/http/pagination.ts';
import { approvalPolicy } from '../policy.ts';
import { listApprovals } from '../repository.ts';
import { accountInScope } from '../repository-subjects.ts';
import { presentApprovals } from './load.ts';

/**
 * Approvals, newest first: of one account (404 outside the caller's scope) or, without one, across the caller's
 * scope ("waiting on you": `waitingOn=me`; the console: `waitingOn=client|firm`, `status`).
 */
export async function listApprovalsUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string | null,
  query: ApprovalListQuery,
) {
  const scope = scopeParams(accountScopeOf(actor));
  if (accountId && !(await accountInScope(ctx.db, accountId, scope))) throw notFound();
  const rows = await listApprovals(ctx.db, scope, approvalPolicy.seesInternal(actor), {
    accountId,
    status: query.status,
    documentId: query.documentId,
    awaitingUserId: query.waitingOn === 'me' ? actor.userId : undefined,
    waitingOn: query.waitingOn === 'client' || query.waitingOn === 'firm' ? query.waitingOn : undefined,
    cursor: decodeCursor(query.cursor, ['timestamp', 'uuid']),
    limit: query.limit,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: await presentApprovals(ctx.db, page, actor),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.cursor_at, last.id]) : null,
  };
}
