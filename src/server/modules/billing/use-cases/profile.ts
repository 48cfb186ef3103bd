import type { z } from 'zod';
import type { PutBillingProfile } from '../../../../contract/index.ts';
import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { staleVersion } from '../../../platform/http/if-match.ts';
import { recordAudit } from '../../audit/index.ts';
import { billingPolicy } from '../policy.ts';
import { presentProfile } from '../presenters.ts';
import { findPaymentTerm, findProfile, upsertProfile } from '../repository-setup.ts';

/** The account's billing profile: its people and staff in scope read it; owners and admins set it. */
export async function getProfileUseCase(ctx: AppContext, actor: Actor, accountId: string) {
  const row = await findProfile(ctx.db, accountId, scopeParams(accountScopeOf(actor)));
  if (!row) throw notFound();
  return presentProfile(row, actor);
}

export async function putProfileUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  input: z.infer<typeof PutBillingProfile>,
  expectedVersion: number | null,
) {
  const current = await findProfile(ctx.db, accountId, scopeParams(accountScopeOf(actor)));
  if (!current) throw notFound();
  if (!billingPolicy.canEditProfile(actor)) throw forbidden();
  if (input.paymentTermsId && !(await findPaymentTerm(ctx.db, input.paymentTermsId)))
    throw fieldError('paymentTermsId', 'unknown_payment_terms', 'Choose payment terms from the list.');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await upsertProfile(tx, accountId, input, now, expectedVersion))) throw staleVersion();
    await recordAudit(tx, {
      action: 'billing.profile_updated',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'account', id: accountId, label: input.legalName },
      accountId,
      details: {
        currency: input.currency,
        language: input.language,
        autoApplyCredit: input.autoApplyCredit,
        autoCharge: input.autoCharge,
      },
      occurredAt: now,
    });
  });
  return getProfileUseCase(ctx, actor, accountId);
}
