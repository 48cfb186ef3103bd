import { Readable } from 'node:stream';
import type { ReturnDecision, ReturnProgress } from '../../../../contract/index.ts';
import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, fieldError, forbidden, invalid, type FieldError } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { addStoreCreditInTransaction, issueRefundCreditNoteInTransaction } from '../../billing/index.ts';
import { findOrderForReturns } from '../../orders/index.ts';
import { returnPolicy } from '../policy.ts';
import { findReturn, linesOf, setLineQuantities, updateReturn, type ReturnRow } from '../repository.ts';
import { LABEL_TYPES, sniffed } from './files.ts';
import { loadReturn, presentReturnRow } from './load.ts';
import { formatMinor, recordStep } from './step.ts';

/** Loads and locks the return; a customer is refused (403), a step the status does not allow is 409. */
async function change<T>(
  ctx: AppContext,
  actor: Actor,
  id: string,
  allowed: (row: ReturnRow) => boolean,
  work: (tx: Parameters<Parameters<AppContext['db']['transaction']>[0]>[0], row: ReturnRow) => Promise<T>,
) {
  await ctx.db.transaction(async (tx) => {
    const row = await loadReturn(tx, actor, id, true);
    if (!actor.staffRole) throw forbidden('Returns are handled by our team.');
    if (!allowed(row)) throw conflict(`This return is ${row.status}: that step does not apply.`, 'invalid_transition');
    await work(tx, row);
  });
  const row = (await findReturn(ctx.db, id, scopeParams(accountScopeOf(actor))))!;
  return presentReturnRow(ctx.db, actor, row);
}

/**
 * Staff approve a requested return, whole or in part (each line's approved quantity, at most what was asked; 0 refuses
 * that line), with instructions for sending it back; or reject it with a reason, which frees its quantities.
 */
export function decideReturnUseCase(ctx: AppContext, actor: Actor, id: string, input: ReturnDecision) {
  return change(
    ctx,
    actor,
    id,
    (row) => returnPolicy.canDecide(actor, row.status),
    async (tx, row) => {
      const lines = await linesOf(tx, [row.id]);
      const now = ctx.clock.now();
      if (input.decision === 'reject') {
        await setLineQuantities(tx, row.id, new Map(lines.map((line) => [line.line_index, 0])));
        await updateReturn(tx, row.id, 'rejected', { rejection_reason: input.reason }, now);
        await recordStep(ctx, tx, actor, row, 'rejected', { detail: input.reason, audit: { reason: input.reason } });
        return;
      }
      const approved = new Map(lines.map((line) => [line.line_index, line.requested_quantity]));
      const errors: FieldError[] = [];
      (input.lines ?? []).forEach((given, i) => {
        const line = lines.find((l) => l.line_index === given.index);
        if (!line)
          errors.push({ path: `lines.${i}.index`, code: 'unknown_line', message: 'This return has no such line.' });
        else if (given.quantity > line.requested_quantity)
          errors.push({
            path: `lines.${i}.quantity`,
            code: 'too_many',
            message: `At most ${line.requested_quantity} was asked.`,
          });
        else approved.set(given.index, given.quantity);
      });
      if (errors.length) throw invalid(errors);
      if ([...approved.values()].every((quantity) => quantity === 0))
        throw fieldError('lines', 'nothing_approved', 'Approve at least one item, or reject the return.');
      await setLineQuantities(tx, row.id, approved);
      await updateReturn(tx, row.id, 'approved', { instructions: input.instructions }, now);
      await recordStep(ctx, tx, actor, row, 'approved', {
        audit: { lines: [...approved].map(([index, quantity]) => ({ index, quantity })) },
      });
    },
  );
}

/**
 * The return label, uploaded by staff or sent by the store's API token once the return is approved: a PDF or an
 * image (sniffed), stored through the storage driver; a new one replaces the old (removed after the commit).
 */
export async function authorizeLabelUpload(ctx: AppContext, actor: Actor, id: string) {
  await loadReturn(ctx.db, actor, id);
  if (!actor.staffRole) throw forbidden('Return labels are added by our team.');
}

export async function uploadReturnLabelUseCase(ctx: AppContext, actor: Actor, id: string, body: unknown) {
  await authorizeLabelUpload(ctx, actor, id);
  const file = await sniffed(body, LABEL_TYPES, 'label');
  const key = `returns/labels/${newId()}`;
  await ctx.storage.write(key, Readable.from([file.body]));
  let old: string | null = null;
  try {
    const result = await change(
      ctx,
      actor,
      id,
      (row) => returnPolicy.canUploadLabel(actor, row.status),
      async (tx, row) => {
        old = row.label_storage_key;
        const now = ctx.clock.now();
        await updateReturn(
          tx,
          row.id,
          row.status,
          { label_storage_key: key, label_content_type: file.type, label_size: file.body.length },
          now,
        );
        await recordAudit(tx, {
          action: 'return.label_added',
          actor: { id: actor.userId, label: actor.email },
          target: { type: 'return', id: row.id, label: row.number },
          accountId: row.account_id,
          details: { contentType: file.type, size: file.body.length, sha256: file.sha256 },
          occurredAt: now,
        });
      },
    );
    if (old) await ctx.storage.remove(old);
    return result;
  } catch (error) {
    await ctx.storage.remove(key);
    throw error;
  }
}

/**
 * Staff move an approved return on: received, inspected, then refunded (the amount recorded on the return, at most
 * what the approved items cost with their tax) or exchanged. Both kinds of refund go through billing: store credit
 * onto the account's credit ledger, a money refund as a credit note (the money moves in the store, where the order
 * was paid; without billing on the segment it is recorded on the return only).
 */
export async function progressReturnUseCase(ctx: AppContext, actor: Actor, id: string, input: ReturnProgress) {
  // The credit note's PDF is written during the transaction: removed again if the transaction fails.
  const stored: string[] = [];
  try {
    return await progress(ctx, actor, id, input, stored);
  } catch (error) {
    for (const key of stored) await ctx.storage.remove(key).catch(() => undefined);
    throw error;
  }
}

function progress(ctx: AppContext, actor: Actor, id: string, input: ReturnProgress, stored: string[]) {
  return change(
    ctx,
    actor,
    id,
    (row) => returnPolicy.canMoveTo(actor, row.status, input.status),
    async (tx, row) => {
      const now = ctx.clock.now();
      if (input.status !== 'refunded') {
        await updateReturn(tx, row.id, input.status, {}, now);
        await recordStep(ctx, tx, actor, row, input.status, { audit: 'note' in input ? { note: input.note } : {} });
        return;
      }
      const order = (await findOrderForReturns(tx, row.order_id, scopeParams(accountScopeOf(actor)), false))!;
      const lines = await linesOf(tx, [row.id]);
      const max = lines.reduce((sum, line) => {
        const source = order.lines[line.line_index];
        const tax = source ? Math.floor((source.tax * line.quantity) / source.quantity) : 0;
        return sum + Number(line.unit_price) * line.quantity + tax;
      }, 0);
      if (input.amount > max)
        throw fieldError('amount', 'too_much', `At most ${formatMinor(max, row.currency)} can be refunded.`);
      // Store credit goes on the account's credit ledger (its billing page shows it); a refund in money gets
      // billing's credit note, and the money goes back through the store, where the order was paid.
      const storeCredit = row.resolution === 'store_credit';
      const sourceKey = `return:${row.id}:refunded`;
      const by = { id: actor.userId, label: actor.email };
      let creditNote: { id: string; number: string } | null = null;
      if (storeCredit)
        await addStoreCreditInTransaction(tx, {
          accountId: row.account_id,
          currency: row.currency,
          amount: input.amount,
          sourceKey,
          note: row.number,
          actor: by,
          now,
        });
      else
        creditNote = await issueRefundCreditNoteInTransaction(ctx, tx, {
          accountId: row.account_id,
          currency: row.currency,
          amount: input.amount,
          description: `${row.number}: ${lines
            .filter((line) => line.quantity > 0)
            .map((line) => `${line.quantity} × ${line.name}`)
            .join(', ')}`,
          notes: input.note ?? '',
          sourceKey,
          actor: by,
          now,
          stored,
        });
      await updateReturn(
        tx,
        row.id,
        'refunded',
        {
          refund_amount: input.amount,
          refund_note: input.note || null,
          refunded_at: now,
          refund_credit_note_id: creditNote?.id ?? null,
          refund_credit_note_number: creditNote?.number ?? null,
        },
        now,
      );
      await recordStep(ctx, tx, actor, row, 'refunded', {
        detail: formatMinor(input.amount, row.currency),
        audit: { amount: input.amount, currency: row.currency, storeCredit, creditNote: creditNote?.number ?? null },
        webhook: { refund: { amount: input.amount, currency: row.currency }, storeCredit, creditNote },
      });
    },
  );
}
