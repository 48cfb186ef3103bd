import { displayMoney } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { JobHandler } from '../../platform/jobs/index.ts';
import { queueMails, renderCatalogMail } from '../../platform/mail/index.ts';
import { mailBrandingFor } from '../branding/index.ts';
import { findCheckout } from './repository-payments.ts';
import { billingRecipients } from './mail-recipients.ts';

/**
 * Job: "payment received" or "payment failed" for an online checkout, to the account's billing contacts (or its
 * account admins). A system job: it reads without a caller's scope ([true, []]); the webhook that queued it was
 * verified. The dedupe key (checkout + outcome) keeps it to one mail per outcome.
 */
export const sendPaymentMail: JobHandler = async (ctx: AppContext, payload) => {
  const checkoutId = String(payload.checkoutId);
  const outcome = payload.outcome === 'failed' ? 'failed' : 'received';
  const { rows } = await ctx.db.query<{ account_id: string }>(
    // Which account: the payload names the checkout only. No scope: a system job (see above).
    'SELECT account_id FROM billing_checkouts WHERE id = $1',
    [checkoutId],
  );
  if (!rows[0]) return;
  const checkout = await findCheckout(ctx.db, checkoutId, rows[0].account_id, [true, []]);
  if (!checkout) return;
  // The account's segment's branding (modules/branding), the logo already absolute.
  const { base, branding, language } = await mailBrandingFor(ctx, ctx.db, { accountId: checkout.account_id });
  const recipients = await billingRecipients(ctx.db, checkout.account_id, language);
  // One durable mail job per recipient (each retried on its own), so a failure for one never resends to another.
  const mails = recipients.map(({ to, locale }) => {
    const amount = displayMoney(checkout.amount_received ?? checkout.amount, checkout.currency, locale);
    const key = outcome === 'failed' ? 'paymentFailed' : 'paymentReceived';
    return { to, ...renderCatalogMail(branding, key, { portal: branding.name, amount }, locale, `${base}/billing`) };
  });
  if (mails.length) await queueMails(ctx.db, ctx.secretBox, mails, ctx.clock.now());
};
