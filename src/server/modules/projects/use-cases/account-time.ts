import type { CreateAccountTimeEntry } from '../../../../contract/index.ts';
import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { projectPolicy } from '../policy.ts';
import { presentTimeEntry } from '../presenters-time.ts';
import { accountInScope } from '../repository-projects.ts';
import { findTimeEntry, insertTimeEntry, threadKindOf } from '../repository-time.ts';
import { timeEntryChanged } from '../time-hooks.ts';
import { audit } from './time-entries.ts';

/**
 * Staff log time on an account that is not on a task: on the account itself, or on one of its tickets or
 * conversation threads. A foreign account is 404 (before the role's 403); a ticket or thread that is not this
 * account's (or not of that kind) is a 400 on its field, the same whether it exists elsewhere or not. The entry
 * counts toward the account's retainer, and billing hears of it in this transaction (live burn).
 */
export async function createAccountTimeEntryUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  input: CreateAccountTimeEntry,
) {
  if (!(await accountInScope(ctx.db, accountId, scopeParams(accountScopeOf(actor))))) throw notFound();
  if (!projectPolicy.canLogTime(actor)) throw forbidden();
  const threadId = input.ticketId ?? input.threadId ?? null;
  if (threadId) {
    const kind = await threadKindOf(ctx.db, threadId, accountId);
    const field = input.ticketId ? 'ticketId' : 'threadId';
    const fits = input.ticketId ? kind === 'ticket' : kind === 'conversation';
    if (!fits)
      throw fieldError(
        field,
        'not_found',
        input.ticketId ? 'No such ticket on this account.' : 'No such conversation on this account.',
      );
  }
  const id = newId();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await insertTimeEntry(tx, {
      id,
      taskId: null,
      projectId: null,
      threadId,
      accountId,
      userId: actor.userId,
      date: input.date,
      minutes: input.minutes,
      note: input.note,
      billable: input.billable,
      now,
    });
    await recordAudit(
      tx,
      audit(
        actor,
        'time_entry.created',
        { id, accountId },
        { ticketId: input.ticketId ?? null, threadId: input.threadId ?? null, minutes: input.minutes },
        now,
      ),
    );
    await timeEntryChanged.fire(tx, { accountId, timeEntryId: id, now });
  });
  return presentTimeEntry((await findTimeEntry(ctx.db, id, [true, []], true))!, actor);
}
