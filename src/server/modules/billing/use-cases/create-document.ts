import type { CreateBillingDocument } from '../../../../contract/index.ts';
import {
  accountScopeOf,
  authorServiceTokenIdOf,
  authorUserIdOf,
  requireModule,
  scopeParams,
  type Actor,
} from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { billingPolicy } from '../policy.ts';
import { insertDocument } from '../repository-documents.ts';
import { findDefaultTerms, findProfile } from '../repository-setup.ts';
import {
  computeFromInput,
  refuseCoverNoteOutsideQuotes,
  refuseOptionalOutsideQuotes,
  refuseServerFields,
  refuseValidUntilOutsideQuotes,
} from './load.ts';
import { getDocumentUseCase } from './read-documents.ts';

/**
 * A draft quote, invoice or credit note for an account, in the account's billing currency and language. The
 * draft has no number yet: numbers are given at send, so abandoned drafts leave no gap.
 */
export async function createDocumentUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  input: CreateBillingDocument,
) {
  const profile = await findProfile(ctx.db, accountId, scopeParams(accountScopeOf(actor)));
  if (!profile) throw notFound();
  if (!billingPolicy.canIssue(actor)) throw forbidden();
  requireModule(actor, accountId, 'billing');
  refuseServerFields(input);
  refuseValidUntilOutsideQuotes(input.kind, input.validUntil);
  refuseCoverNoteOutsideQuotes(input.kind, input.coverNote);
  refuseOptionalOutsideQuotes(input.kind, input.lines);
  if (!profile.currency)
    throw conflict(
      'Set up the billing profile of this account (currency, legal name) first.',
      'billing_profile_missing',
    );
  const computed = await computeFromInput(ctx.db, {
    notes: input.notes,
    coverNote: input.coverNote ?? '',
    // Terms left out take the firm's default for the kind; sent as '' they stay empty (staff chose none).
    terms: input.terms ?? (await findDefaultTerms(ctx.db, input.kind)),
    dueDate: input.dueDate ?? null,
    validUntil: input.validUntil ?? null,
    paymentTermsId: input.paymentTermsId ?? profile.payment_terms_id,
    discount: input.discount ?? null,
    lines: input.lines,
  });
  const id = newId();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await insertDocument(
      tx,
      {
        id,
        accountId,
        kind: input.kind,
        currency: profile.currency!,
        language: profile.language,
        createdBy: authorUserIdOf(actor),
        createdByServiceToken: authorServiceTokenIdOf(actor),
        now,
      },
      computed,
    );
    await recordAudit(tx, {
      action: 'billing.document_created',
      actor: { id: actor.userId, label: actor.email },
      target: { type: `billing_${input.kind}`, id, label: null },
      accountId,
      details: { total: computed.total, currency: profile.currency },
      occurredAt: now,
    });
  });
  return getDocumentUseCase(ctx, actor, id);
}
