import { Readable } from 'node:stream';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import { conflict, forbidden } from '../../../platform/http/errors.ts';
import { staleVersion } from '../../../platform/http/if-match.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { renderPdfOf } from '../documents-pdf.ts';
import { billingPolicy } from '../policy.ts';
import { listLines, recordAcceptance, setStatus, type DocumentRow, type LineRow } from '../repository-documents.ts';
import { recordAcceptedPdf } from '../repository-quotes.ts';
import { loadDocument } from './load.ts';
import { getDocumentUseCase } from './read-documents.ts';

export const quoteFacts = (row: DocumentRow) => ({
  accountId: row.account_id,
  kind: row.kind,
  status: row.status,
  amountPaid: row.amount_paid,
  expired: row.expired,
});

/** Why a quote can no longer be answered (or its options chosen): past its date, or already answered/withdrawn. */
export const quoteClosed = (row: DocumentRow) =>
  row.expired
    ? conflict(`This quote was valid until ${row.valid_until}: ask for a new one.`, 'quote_expired')
    : conflict('This quote was already answered or withdrawn.', 'quote_closed');

/** Staff never answer for the client; a member who is not the account's admin may read but not commit it. */
export function refuseUnlessQuoteAdmin(actor: Actor, row: DocumentRow, detail: string) {
  if (actor.staffRole || row.kind !== 'quote' || actor.memberships.get(row.account_id) !== 'account_admin')
    throw forbidden(detail);
}

const optionOf = (line: LineRow) => ({ lineId: line.id, description: line.description });

async function answer(
  ctx: AppContext,
  actor: Actor,
  id: string,
  meta: RequestMeta,
  decision: { accept: true; fullName: string } | { accept: false; comment: string },
  expectedVersion: number | null,
) {
  const current = await loadDocument(ctx, actor, id);
  refuseUnlessQuoteAdmin(actor, current, 'Only an admin of the account can answer its quotes.');
  if (!billingPolicy.canAnswerQuote(actor, quoteFacts(current))) throw quoteClosed(current);
  const now = ctx.clock.now();
  const stored: string[] = [];
  try {
    await ctx.db.transaction(async (tx) => {
      // The quote's row lock orders an answer and a change of options: the answer takes the ticks as they are now.
      const row = await loadDocument(ctx, actor, id, tx, true);
      if (!billingPolicy.canAnswerQuote(actor, quoteFacts(row))) throw quoteClosed(row);
      // The version the client looked at (If-Match): ticks changed in another tab since are not accepted unseen.
      if (expectedVersion !== null && row.version !== expectedVersion) throw staleVersion();
      const lines = await listLines(tx, id);
      const optional = lines.filter((line) => line.optional);
      if (decision.accept) {
        await recordAcceptance(tx, id, {
          userId: actor.userId,
          name: decision.fullName,
          ip: meta.ip,
          userAgent: meta.userAgent,
          now,
        });
        // With optional lines, what was agreed differs from what was sent: its own PDF, the chosen lines only.
        if (optional.length) {
          const accepted = { ...row, status: 'accepted' as const, accepted_at: now, accepted_name: decision.fullName };
          const { pdf, sha256 } = await renderPdfOf(ctx, tx, accepted, now, { acceptedOnly: true });
          const key = `billing/${id}-accepted-${newId()}`;
          stored.push(key);
          await ctx.storage.write(key, Readable.from([pdf]));
          await recordAcceptedPdf(tx, id, key, sha256);
        }
      } else await setStatus(tx, id, 'declined', now);
      await recordAudit(tx, {
        action: decision.accept ? 'billing.quote_accepted' : 'billing.quote_declined',
        actor: { id: actor.userId, label: actor.email },
        target: { type: 'billing_quote', id, label: row.number },
        accountId: row.account_id,
        details: decision.accept
          ? {
              fullName: decision.fullName,
              pdfSha256: row.pdf_sha256,
              total: row.total,
              currency: row.currency,
              // Exactly which optional lines the client took, and which it left out.
              ...(optional.length
                ? {
                    chosenOptions: optional.filter((line) => line.selected).map(optionOf),
                    declinedOptions: optional.filter((line) => !line.selected).map(optionOf),
                  }
                : {}),
            }
          : { comment: decision.comment },
        occurredAt: now,
      });
    });
  } catch (error) {
    for (const key of stored) await ctx.storage.remove(key).catch(() => undefined);
    throw error;
  }
  return getDocumentUseCase(ctx, actor, id);
}

/**
 * Acceptance records the typed full name, explicit consent, time, IP and user agent, the hash of the PDF sent, and
 * the optional lines chosen (the ticks stored on the quote's lines, frozen from now on).
 */
export const acceptQuoteUseCase = (
  ctx: AppContext,
  actor: Actor,
  id: string,
  fullName: string,
  meta: RequestMeta,
  expectedVersion: number | null = null,
) => answer(ctx, actor, id, meta, { accept: true, fullName }, expectedVersion);

export const declineQuoteUseCase = (
  ctx: AppContext,
  actor: Actor,
  id: string,
  comment: string,
  meta: RequestMeta,
  expectedVersion: number | null = null,
) => answer(ctx, actor, id, meta, { accept: false, comment }, expectedVersion);
