import type { UpsertOrder } from '../../../../contract/index.ts';
import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { notifyOrderStatus } from '../emails.ts';
import { orderFieldsOf } from '../payload.ts';
import { orderPolicy } from '../policy.ts';
import {
  accountInScope,
  insertOrderIfNew,
  insertStatusChange,
  lockOrderByExternalId,
  updateOrder,
} from '../repository.ts';
import { emitOrderEvents } from '../webhook-events.ts';
import { presentOrderRow } from './load.ts';

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

/**
 * The store's order by its own id, in one transaction under the order's row lock:
 * - new: inserted (the unique index settles concurrent first upserts: one row, the loser updates or replays);
 * - the same payload again: nothing changes (no history row, no mail);
 * - an older `updatedAt` than the stored one (a late delivery): nothing changes, the stored order is answered;
 * - the same `updatedAt` with another payload: 409 (the source must move its clock when it changes an order);
 * - newer: replaced whole; a status change adds a history row and mails the account's people.
 * The account is checked before the role, so another account reads 404 to everyone, as a missing one does.
 */
export async function authorizeOrderUpsert(ctx: AppContext, actor: Actor, accountId: string) {
  const account = await accountInScope(ctx.db, accountId, scopeParams(accountScopeOf(actor)));
  if (!account) throw notFound();
  if (!orderPolicy.canUpsert(actor))
    throw forbidden('Orders come from the store: only owners and admins (or their API tokens) send them.');
  return account;
}

export async function upsertOrderUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  externalId: string,
  input: UpsertOrder,
) {
  const account = await authorizeOrderUpsert(ctx, actor, accountId);
  const fields = orderFieldsOf(input, ctx.config.orders.trackingUrlTemplates);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const created = await insertOrderIfNew(tx, { id: newId(), accountId, externalId }, fields, now);
    const row = (await lockOrderByExternalId(tx, accountId, externalId))!;
    let outcome: UpsertOutcome = 'unchanged';
    if (created) {
      outcome = 'created';
      await insertStatusChange(tx, newId(), row.id, 'placed', new Date(fields.placedAt));
      if (fields.status !== 'placed')
        await insertStatusChange(tx, newId(), row.id, fields.status, new Date(fields.sourceUpdatedAt));
    } else if (row.payload_sha256 !== fields.payloadSha256) {
      const incoming = Date.parse(fields.sourceUpdatedAt);
      const stored = row.source_updated_at.getTime();
      if (incoming === stored)
        throw conflict('This order was already sent with this updatedAt and other content.', 'order_conflict');
      if (incoming > stored) {
        outcome = 'updated';
        await updateOrder(tx, row.id, fields, now);
        if (row.status !== fields.status) {
          await insertStatusChange(tx, newId(), row.id, fields.status, new Date(fields.sourceUpdatedAt));
          await notifyOrderStatus(ctx, tx, {
            id: row.id,
            accountId,
            accountName: account.name,
            number: fields.number,
            status: fields.status,
          });
        }
      }
    }
    const current = outcome === 'updated' ? (await lockOrderByExternalId(tx, accountId, externalId))! : row;
    if (outcome !== 'unchanged') await emitOrderEvents(tx, outcome, current, row.status, now);
    return { outcome, order: await presentOrderRow(tx, actor, current) };
  });
}
