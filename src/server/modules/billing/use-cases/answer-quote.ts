import type { Actor } from '../../../platform/actor.ts';
import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import { conflict, forbidden } from '../../../platform/http/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { billingPolicy } from '../policy.ts';
import { recordAcceptance, setStatus } from '../repository-documents.ts';
import { loadDocument } from './load.ts';
import { getDocumentUseCase } from './read-documents.ts';

async function answer(
  ctx: AppContext,
  actor: Actor,
  id: string,
  meta: RequestMeta,
  decision: { accept: true; fullName: string } | { accept: false; comment: string },
) {
  const current = await loadDocument(ctx, actor, id);
  const facts = (row: typeof current) => ({
    accountId: row.account_id,
    kind: row.kind,
    status: row.status,
    amountPaid: row.amount_paid,
    expired: row.expired,
  });
  const closed = (row: typeof current) =>
    row.expired
      ? conflict(`This quote was valid until ${row.valid_until}: ask for a new one.`, 'quote_expired')
      : conflict('This quote was already answered or withdrawn.', 'quote_closed');
  // Staff never answer for the client; a member who is not the account's admin may read but not commit it.
  if (actor.staffRole || current.kind !== 'quote' || actor.memberships.get(current.account_id) !== 'account_admin')
    throw forbidden('Only an admin of the account can answer its quotes.');
  if (!billingPolicy.canAnswerQuote(actor, facts(current))) throw closed(current);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const row = await loadDocument(ctx, actor, id, tx, true);
    if (!billingPolicy.canAnswerQuote(actor, facts(row))) throw closed(row);
    if (decision.accept)
      await recordAcceptance(tx, id, {
        userId: actor.userId,
        name: decision.fullName,
        ip: meta.ip,
        userAgent: meta.userAgent,
        now,
      });
    else await setStatus(tx, id, 'declined', now);
    await recordAudit(tx, {
      action: decision.accept ? 'billing.quote_accepted' : 'billing.quote_declined',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'billing_quote', id, label: row.number },
      accountId: row.account_id,
      details: decision.accept
        ? { fullName: decision.fullName, pdfSha256: row.pdf_sha256, total: row.total, currency: row.currency }
        : { comment: decision.comment },
      occurredAt: now,
    });
  });
  return getDocumentUseCase(ctx, actor, id);
}

/** Acceptance records the typed full name, explicit consent, time, IP and user agent, and the hash of the PDF sent. */
export const acceptQuoteUseCase = (ctx: AppContext, actor: Actor, id: string, fullName: string, meta: RequestMeta) =>
  answer(ctx, actor, id, meta, { accept: true, fullName });

export const declineQuoteUseCase = (ctx: AppContext, actor: Actor, id: string, comment: string, meta: RequestMeta) =>
  answer(ctx, actor, id, meta, { accept: false, comment });
