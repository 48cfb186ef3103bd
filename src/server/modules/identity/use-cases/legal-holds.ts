import type { AccountDataRights, PersonLegalHold } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { deletionPolicy } from '../policy.ts';
import {
  findPersonInScope,
  holdsOfAccounts,
  liftPersonHold,
  peopleOfAccountForRights,
  setPersonHold,
} from '../repository-deletion.ts';
import { holdAccount, scopeOfManager } from './account-deletion.ts';

const presentHold = (hold: { reason: string; set_at: Date } | null | undefined) =>
  hold ? { reason: hold.reason, setAt: hold.set_at.toISOString() } : null;

/**
 * The console's data-rights panel of one account (owners and admins, account in their scope, else 404/403): the
 * account's legal hold and, per customer, their own hold and open deletion request, with what the caller may do.
 */
export async function getAccountDataRights(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
): Promise<AccountDataRights> {
  await holdAccount(ctx, actor, accountId);
  const [accountHold] = await holdsOfAccounts(ctx.db, [accountId]);
  const people = await peopleOfAccountForRights(ctx.db, accountId);
  const manage = deletionPolicy.canManage(actor);
  const items = people.map((person) => {
    const hold =
      person.hold_reason && person.hold_set_at ? { reason: person.hold_reason, set_at: person.hold_set_at } : null;
    return {
      id: person.id,
      name: person.name,
      email: person.email,
      hold: presentHold(hold),
      deletionRequest:
        person.request_id && person.scheduled_for
          ? { id: person.request_id, scheduledFor: person.scheduled_for.toISOString() }
          : null,
      abilities: { placeHold: manage, liftHold: manage && hold !== null, startDeletion: manage && !person.request_id },
    };
  });
  return {
    accountId,
    hold: presentHold(accountHold),
    people: items,
    abilities: { placeHold: manage, liftHold: manage && accountHold !== undefined },
  };
}

/**
 * Places (reason) or lifts (null) a legal hold on one customer in the caller's scope; audited with the reason. While
 * it stands the sweep leaves the person's scheduled erasure waiting and shows the reason on the request.
 */
export async function setPersonHoldUseCase(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  reason: string | null,
): Promise<PersonLegalHold> {
  const scope = scopeOfManager(actor);
  const person = await findPersonInScope(ctx.db, userId, scope);
  if (!person) throw notFound();
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const hold = reason === null ? null : await setPersonHold(tx, userId, reason, actor.userId, now);
    const lifted = reason === null ? await liftPersonHold(tx, userId) : false;
    if (hold || lifted)
      await recordAudit(tx, {
        action: hold ? 'user.legal_hold_set' : 'user.legal_hold_lifted',
        actor: { id: actor.userId, label: actor.email },
        target: { type: 'user', id: userId, label: person.email },
        accountId: null,
        details: hold ? { reason } : {},
        occurredAt: now,
      });
    return { userId, hold: presentHold(hold) };
  });
}
