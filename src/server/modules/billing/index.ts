/*
 * Billing: quotes, invoices, credit notes, tax rates, payment terms, number series, billing profiles, manual
 * payments. Other modules and app.ts use only what is exported here.
 */
import { invoicePaid } from './paid-hooks.ts';

export { billingRoutes } from './routes.ts';
export { BILLING_MAIL_JOB } from './use-cases/send-document.ts';
export { sendDocumentMail } from './emails.ts';
/** For the numbering tests only (a rolled-back transaction must give its number back). */
export { takeNextNumber as takeNextNumberForTest } from './repository-setup.ts';
export { seedDemoBilling, seedDemoPolicyholderBilling } from './seed-demo.ts';
export { seedDemoPremiums } from './seed-demo-premiums.ts';
/** The payment reminder sweep (tests and the CLI run one pass directly). */
export { sendPaymentReminders } from './reminders.ts';
/** The expiring-card notice sweep (tests run one pass directly). */
export { sendCardExpiryNotices } from './card-expiry.ts';
/** Online payment: the "payment received / failed" mail job. */
export { BILLING_PAYMENT_MAIL_JOB } from './use-cases/stripe-webhook.ts';
export { sendPaymentMail } from './payment-emails.ts';
export { billingObligations } from './repository-obligations.ts';
/** Recurring billing: the sweep (tests and the CLI run one pass directly) and the auto-charge hook's job. */
export { runRecurringBilling } from './use-cases/recurring-sweep.ts';
export {
  autoChargeJob,
  BILLING_AUTO_CHARGE_FAILED_MAIL_JOB,
  BILLING_AUTO_CHARGE_JOB,
} from './use-cases/auto-charge.ts';
export { sendAutoChargeFailedMail } from './autopay-emails.ts';
/** A mail per declined automatic charge (`billing` preference) and the request to authenticate one (3-D Secure). */
export { BILLING_AUTHENTICATION_MAIL_JOB, BILLING_AUTO_CHARGE_DECLINED_MAIL_JOB } from './use-cases/auto-charge.ts';
export { sendAuthenticationMail, sendAutoChargeDeclinedMail } from './autopay-emails.ts';
/** For onboarding: an invoice made and sent in the caller's transaction, and the hook of invoices becoming paid. */
export { catalogLine, issueInvoiceInTransaction } from './use-cases/issue-invoice.ts';
export const onInvoicePaid = invoicePaid.listen;
/** For returns: a refunded return's amount as store credit on the account, once per return step. */
export { addStoreCreditInTransaction } from './use-cases/return-store-credit.ts';
/** For returns: a credit note for a return refunded in money (the order was paid in the store), once per return step. */
export { issueRefundCreditNoteInTransaction } from './use-cases/return-refund.ts';
/** For identity's account deletion: unpaid sent invoices per account (a hold on erasing their only person). */
export { unpaidInvoicesOfAccounts } from './repository-receivables.ts';
