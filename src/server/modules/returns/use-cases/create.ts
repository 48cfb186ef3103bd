import type { CreateReturn } from '../../../../contract/index.ts';
import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { fieldError, forbidden, invalid, notFound, type FieldError } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { findOrderForReturns } from '../../orders/index.ts';
import { eligibilityOf, returnPolicy } from '../policy.ts';
import { claimPhotos, countReturnsOfOrder, findReturn, insertReturn, returnedQuantities } from '../repository.ts';
import { policyOfAccount } from './eligibility.ts';
import { presentReturnRow } from './load.ts';
import { recordStep } from './step.ts';

const BLOCKED = {
  not_delivered: 'This order has not been delivered yet.',
  window_closed: 'The time to return this item has passed.',
  non_returnable: 'This item cannot be returned.',
  fully_returned: 'Everything delivered of this item is already being returned.',
} as const;

/**
 * A customer opens a return on one of their accounts' orders. The order's row is locked while what is already
 * returned is counted and the new lines are written, so two returns filed at once never take more than was
 * delivered: the second one counts the first. Everything the policy refuses is a 400 with one error per field.
 */
export async function createReturnUseCase(ctx: AppContext, actor: Actor, orderId: string, input: CreateReturn) {
  const scope = scopeParams(accountScopeOf(actor));
  const found = await findOrderForReturns(ctx.db, orderId, scope, false);
  if (!found) throw notFound();
  if (!returnPolicy.canCreate(actor, found.account_id))
    throw forbidden('Returns are opened by the customer in the portal.');
  const policy = await policyOfAccount(ctx.db, found.account_id);
  const errors: FieldError[] = [];
  if (!policy.reasons.includes(input.reason))
    errors.push({ path: 'reason', code: 'invalid_choice', message: 'Choose one of the reasons offered.' });
  if (!policy.resolutions.includes(input.resolution))
    errors.push({ path: 'resolution', code: 'invalid_choice', message: 'Choose one of the resolutions offered.' });
  if (policy.photosRequired && input.photoIds.length === 0)
    errors.push({ path: 'photoIds', code: 'required', message: 'Add at least one photo.' });
  if (errors.length) throw invalid(errors);

  const now = ctx.clock.now();
  const id = await ctx.db.transaction(async (tx) => {
    const order = (await findOrderForReturns(tx, orderId, scope, true))!;
    const eligible = eligibilityOf(order, policy, await returnedQuantities(tx, order.id), now);
    input.lines.forEach((line, i) => {
      const known = eligible.lines[line.index];
      if (!known)
        errors.push({ path: `lines.${i}.index`, code: 'unknown_line', message: 'This order has no such line.' });
      else if (known.blockedBy)
        errors.push({ path: `lines.${i}.quantity`, code: known.blockedBy, message: BLOCKED[known.blockedBy] });
      else if (line.quantity > known.available)
        errors.push({
          path: `lines.${i}.quantity`,
          code: 'too_many',
          message: `At most ${known.available} can be returned.`,
        });
    });
    if (errors.length) throw invalid(errors);
    const returnId = newId();
    const count = await countReturnsOfOrder(tx, order.id);
    await insertReturn(
      tx,
      {
        id: returnId,
        accountId: order.account_id,
        orderId: order.id,
        number: `${order.number}-R${count + 1}`,
        reason: input.reason,
        resolution: input.resolution,
        note: input.note || null,
        currency: order.currency,
        requestedBy: actor.userId,
      },
      input.lines.map((line) => {
        const stored = order.lines[line.index]!;
        return {
          index: line.index,
          sku: stored.sku,
          name: stored.name,
          quantity: line.quantity,
          unitPrice: stored.unitPrice,
        };
      }),
      now,
    );
    const ids = [...new Set(input.photoIds)];
    if (ids.length) {
      const claimed = await claimPhotos(tx, returnId, { ids, accountId: order.account_id, uploadedBy: actor.userId });
      if (claimed !== ids.length)
        throw fieldError('photoIds', 'unknown_photo', 'A photo is missing or already used: upload it again.');
    }
    const row = (await findReturn(tx, returnId, scope))!;
    await recordStep(ctx, tx, actor, row, 'requested', {
      audit: { lines: input.lines, reason: input.reason, resolution: input.resolution },
    });
    return returnId;
  });
  const row = (await findReturn(ctx.db, id, scope))!;
  return presentReturnRow(ctx.db, actor, row);
}
