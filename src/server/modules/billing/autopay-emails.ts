import { displayMoney } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import type { JobHandler } from '../../platform/jobs/index.ts';
import { queueMails, renderCatalogMail } from '../../platform/mail/index.ts';
import { chosenLanguageOfAddress, mailBrandingFor } from '../branding/index.ts';
import { emailFrequencies } from '../notifications/index.ts';
import { billingRecipients } from './mail-recipients.ts';
import { balanceOf } from './presenters.ts';
import { findBillingStaffEmails, findUsersByEmail } from './repository-autopay.ts';
import { findDocument } from './repository-documents.ts';
import { todayOf } from './use-cases/load.ts';

/** The open invoice a job names, or null once it is paid (nothing to tell then). A system job: no caller's scope. */
async function openInvoice(ctx: AppContext, payload: Record<string, unknown>) {
  const invoice = await findDocument(ctx.db, String(payload.documentId), [true, []], todayOf(ctx.clock.now()), false);
  return invoice && balanceOf(invoice) > 0 ? invoice : null;
}

/**
 * Job: automatic charging of an invoice gave up (after the last retry). Owners and admins of the firm are told it
 * stays open, each in their own language (else the portal's); the client already has the last decline's mail, which
 * says no retry follows. Its dedupe key (the invoice) keeps it to one mail per recipient.
 */
export const sendAutoChargeFailedMail: JobHandler = async (ctx: AppContext, payload) => {
  const invoice = await openInvoice(ctx, payload);
  if (!invoice) return;
  const { base, branding, language } = await mailBrandingFor(ctx, ctx.db, { accountId: invoice.account_id });
  const staff = [];
  // One after the other: each staff member's own language (else the portal's).
  for (const to of await findBillingStaffEmails(ctx.db)) {
    const locale = language(await chosenLanguageOfAddress(ctx.db, to), { staff: true });
    const values = {
      portal: branding.name,
      account: invoice.account_name,
      number: invoice.number ?? '',
      amount: displayMoney(balanceOf(invoice), invoice.currency, locale),
      reason: String(payload.reason ?? ''),
    };
    const url = `${base}/console/billing/${invoice.id}`;
    staff.push({ to, ...renderCatalogMail(branding, 'autoChargeFailedStaff', values, locale, url) });
  }
  await queueMails(ctx.db, ctx.secretBox, staff, ctx.clock.now());
};

/**
 * The account's billing recipients (with their mail language) whose `billing` email preference is not off; a
 * contact without a sign-in has no preference and always gets the mail.
 */
export async function recipientsWithPreference(
  db: Queryable,
  accountId: string,
  language: (choice: string | null) => string,
) {
  const recipients = await billingRecipients(db, accountId, language);
  const users = await findUsersByEmail(
    db,
    recipients.map((recipient) => recipient.to),
  );
  const preferences = await emailFrequencies(db, [...users.values()], 'billing');
  return recipients.filter((recipient) => {
    const userId = users.get(recipient.to.toLowerCase());
    return !userId || preferences.get(userId) !== 'off';
  });
}

/**
 * Job: one automatic charge was declined. The account's billing recipients learn why (the decline code in plain
 * words), whether another attempt follows and when, with a link to pay the invoice and one to change the card. A
 * notice, not the invoice: a person whose `billing` email preference is off gets none. Each recipient reads it in
 * their language. Dedupe key: invoice and attempt, so one mail per declined charge.
 */
export const sendAutoChargeDeclinedMail: JobHandler = async (ctx: AppContext, payload) => {
  const invoice = await openInvoice(ctx, payload);
  if (!invoice) return;
  const { base, branding, language } = await mailBrandingFor(ctx, ctx.db, { accountId: invoice.account_id });
  const recipients = await recipientsWithPreference(ctx.db, invoice.account_id, language);
  if (!recipients.length) return;
  const retryOn = payload.retryAt ? String(payload.retryAt).slice(0, 10) : null;
  const mails = recipients.map(({ to, locale }) => {
    const values = {
      portal: branding.name,
      number: invoice.number ?? '',
      amount: displayMoney(balanceOf(invoice), invoice.currency, locale),
      reason: declineReasonKey(String(payload.reason ?? '')),
      retry: retryOn ? 'yes' : 'no',
      retryOn: retryOn ?? '',
      cardsUrl: `${base}/billing`,
    };
    return {
      to,
      ...renderCatalogMail(branding, 'autoChargeDeclined', values, locale, `${base}/billing/${invoice.id}`),
    };
  });
  await queueMails(ctx.db, ctx.secretBox, mails, ctx.clock.now());
};

/** Stripe's decline codes in a handful of plain explanations (select keys of `mail.billing.declined.reason`). */
export function declineReasonKey(code: string) {
  const known: Record<string, string> = {
    insufficient_funds: 'funds',
    card_velocity_exceeded: 'funds',
    withdrawal_count_limit_exceeded: 'funds',
    expired_card: 'expired',
    incorrect_cvc: 'details',
    incorrect_number: 'details',
    invalid_expiry_month: 'details',
    invalid_expiry_year: 'details',
    lost_card: 'blocked',
    stolen_card: 'blocked',
    pickup_card: 'blocked',
    restricted_card: 'blocked',
    no_saved_card: 'nocard',
    authentication_required: 'authentication',
    processing_error: 'processing',
    try_again_later: 'processing',
  };
  return known[code] ?? 'declined';
}

/**
 * Job: the customer's bank wants the automatic charge authenticated (3-D Secure), which nobody can do off session.
 * The billing recipients get a link to the invoice in the portal, where the payment is confirmed with the bank's
 * challenge, each in their language. Required mail (like the invoice): without it the invoice cannot be paid by
 * card, so it follows no preference. Dedupe key: the invoice's attempt.
 */
export const sendAuthenticationMail: JobHandler = async (ctx: AppContext, payload) => {
  const invoice = await openInvoice(ctx, payload);
  if (!invoice) return;
  const { base, branding, language } = await mailBrandingFor(ctx, ctx.db, { accountId: invoice.account_id });
  const url = `${base}/billing/${invoice.id}?confirm-payment=1`;
  const mails = (await billingRecipients(ctx.db, invoice.account_id, language)).map(({ to, locale }) => {
    const values = {
      portal: branding.name,
      number: invoice.number ?? '',
      amount: displayMoney(balanceOf(invoice), invoice.currency, locale),
    };
    return { to, ...renderCatalogMail(branding, 'paymentAuthentication', values, locale, url) };
  });
  await queueMails(ctx.db, ctx.secretBox, mails, ctx.clock.now());
};
