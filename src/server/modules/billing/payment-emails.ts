import { displayMoney } from '../../../contract/index.ts';
import { t } from '../../i18n/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { JobHandler } from '../../platform/jobs/index.ts';
import { queueMails, renderMail } from '../../platform/mail/index.ts';
import { mailBrandingFor } from '../branding/index.ts';
import { findCheckout } from './repository-payments.ts';
import { findProfile, findRecipients } from './repository-setup.ts';

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
  const recipients = await findRecipients(ctx.db, rows[0].account_id);
  if (!checkout || !recipients.length) return;
  const profile = await findProfile(ctx.db, checkout.account_id, [true, []]);
  const language = profile?.language ?? 'en';
  // The account's segment's branding (modules/branding), the logo already absolute.
  const { base, branding } = await mailBrandingFor(ctx, ctx.db, { accountId: checkout.account_id });
  const vars = {
    outcome,
    portal: branding.name,
    amount: displayMoney(checkout.amount_received ?? checkout.amount, checkout.currency, language),
  };
  // One durable mail job per recipient (each retried on its own), so a failure for one never resends to another.
  const mails = recipients.map((to) => ({
    to,
    ...renderMail(
      branding,
      {
        subject: t('mail.billing.payment.subject', vars, language),
        paragraphs: [t('mail.billing.payment.body', vars, language)],
        action: { label: t('mail.billing.button', {}, language), url: `${base}/billing` },
      },
      language,
    ),
  }));
  await queueMails(ctx.db, ctx.secretBox, mails, ctx.clock.now());
};
