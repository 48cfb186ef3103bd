import type { CatalogEntry } from './catalog-types.ts';

const PORTAL = 'Northwind Advisory';
const DOCUMENT = { portal: PORTAL, number: 'INV-2026-0007', total: '€1,250.00', due: '2026-12-31' };

/**
 * A sent quote, invoice or credit note (its PDF attached): one email per kind, so each reads right when edited. A
 * quote also states the last day it can be accepted (`validUntil`, a date in the recipient's language; '' without).
 */
const documentSent = (key: string, kind: 'invoice' | 'quote' | 'credit_note'): CatalogEntry => ({
  key,
  family: 'billing',
  subject: 'mail.billing.subject',
  paragraphs:
    kind === 'quote'
      ? [
          // The cover note's first paragraph opens the mail (a value, so escaped like any other; '' leaves it out).
          { message: 'mail.billing.coverNote', when: 'coverNote' },
          'mail.billing.body',
          { message: 'mail.billing.validUntil', when: 'validUntil' },
        ]
      : ['mail.billing.body'],
  button: 'mail.billing.button',
  sample:
    kind === 'invoice'
      ? DOCUMENT
      : kind === 'quote'
        ? {
            ...DOCUMENT,
            due: 'none',
            validUntil: '31 December 2026',
            coverNote: 'Dear Alice, thank you for your time last week. Here is our proposal.',
          }
        : { ...DOCUMENT, due: 'none' },
  // Only an invoice has a due date; 'none' leaves it out.
  ...(kind === 'invoice' ? { fixed: { kind }, choices: { due: ['none'] } } : { fixed: { kind, due: 'none' } }),
  sampleUrl: '/billing/sample',
});

const reminder = (key: string, when: 'before' | 'today' | 'after'): CatalogEntry => ({
  key,
  family: 'billing',
  subject: 'mail.billing.reminder.subject',
  paragraphs: ['mail.billing.reminder.body'],
  button: 'mail.billing.button',
  sample: { portal: PORTAL, number: 'INV-2026-0007', due: '2026-12-31', balance: '€1,250.00' },
  fixed: { when },
  sampleUrl: '/billing/sample',
});

const payment = (key: string, outcome: 'received' | 'failed'): CatalogEntry => ({
  key,
  family: 'billing',
  subject: 'mail.billing.payment.subject',
  paragraphs: ['mail.billing.payment.body'],
  button: 'mail.billing.button',
  sample: { portal: PORTAL, amount: '€1,250.00' },
  fixed: { outcome },
  sampleUrl: '/billing',
});

/**
 * Automatic charging gave up after the last retry: to the firm's owners and admins only (the client's last decline
 * mail already says no retry follows). Values: portal, account (the client's name), number, amount (the open
 * balance), reason (the processor's last decline code, as it came).
 */
const autoChargeFailedStaff: CatalogEntry = {
  key: 'autoChargeFailedStaff',
  family: 'billing',
  subject: 'mail.billing.autoCharge.subject',
  paragraphs: ['mail.billing.autoCharge.body'],
  button: 'mail.billing.button',
  sample: {
    portal: PORTAL,
    account: 'Acme Manufacturing',
    number: 'INV-2026-0007',
    amount: '€1,250.00',
    reason: 'card_declined',
  },
  sampleUrl: '/console/billing/sample',
};

/**
 * One automatic charge was declined (to the billing contacts whose `billing` preference is on). Values: portal,
 * number, amount (the open balance), reason (why, in plain words: funds, expired, details, blocked, nocard,
 * authentication, processing, else declined), retry ('yes' when another attempt follows, else 'no'), retryOn (its
 * date, '' without one), cardsUrl (the billing page where another card is saved). The button pays the invoice.
 */
const autoChargeDeclined: CatalogEntry = {
  key: 'autoChargeDeclined',
  family: 'billing',
  subject: 'mail.billing.declined.subject',
  paragraphs: ['mail.billing.declined.reason', 'mail.billing.declined.body', 'mail.billing.declined.card'],
  button: 'mail.billing.declined.button',
  sample: {
    portal: PORTAL,
    number: 'INV-2026-0007',
    amount: '€1,250.00',
    reason: 'funds',
    retry: 'yes',
    retryOn: '2026-12-10',
    cardsUrl: 'https://portal.example/billing',
  },
  choices: {
    reason: ['funds', 'expired', 'details', 'blocked', 'nocard', 'authentication', 'processing'],
    retry: ['yes'],
  },
  sampleUrl: '/billing/sample',
};

/**
 * The bank wants an automatic charge confirmed (3-D Secure): required mail, to every billing contact. Values:
 * portal, number, amount (the open balance). The button opens the invoice with the payment confirmation.
 */
const paymentAuthentication: CatalogEntry = {
  key: 'paymentAuthentication',
  family: 'billing',
  subject: 'mail.billing.authenticate.subject',
  paragraphs: ['mail.billing.authenticate.body'],
  button: 'mail.billing.authenticate.button',
  sample: { portal: PORTAL, number: 'INV-2026-0007', amount: '€1,250.00' },
  sampleUrl: '/billing/sample?confirm-payment=1',
};

/**
 * The card automatic payments use expires at the end of this month or next (to the billing contacts whose `billing`
 * preference is on; once per card and expiry). Values: portal, brand (upper case), last4, expiry (MM/YYYY). The
 * button opens the billing page where the card is replaced.
 */
const cardExpiring: CatalogEntry = {
  key: 'cardExpiring',
  family: 'billing',
  subject: 'mail.billing.cardExpiring.subject',
  paragraphs: ['mail.billing.cardExpiring.body', 'mail.billing.cardExpiring.replace'],
  button: 'mail.billing.cardExpiring.button',
  sample: { portal: PORTAL, brand: 'VISA', last4: '4242', expiry: '12/2026' },
  sampleUrl: '/billing#cards',
};

/** Billing: sent documents, payment receipts and failures, automatic charging, dunning reminders (module billing). */
export const BILLING_MAILS: CatalogEntry[] = [
  documentSent('invoiceSent', 'invoice'),
  documentSent('quoteSent', 'quote'),
  documentSent('creditNoteSent', 'credit_note'),
  payment('paymentReceived', 'received'),
  payment('paymentFailed', 'failed'),
  autoChargeDeclined,
  paymentAuthentication,
  cardExpiring,
  autoChargeFailedStaff,
  reminder('invoiceReminderBefore', 'before'),
  reminder('invoiceReminderToday', 'today'),
  reminder('invoiceReminderOverdue', 'after'),
];
