import { z } from 'zod';
import { Abilities, Id, Timestamp } from './common.ts';
import { MAX_AMOUNT, Money } from './money.ts';

/** Pay one or several open invoices of one account and one currency online. Amounts are the server's. */
export const CreateCheckout = z
  .object({ documentIds: z.array(Id).min(1).max(50, 'Pay at most 50 invoices at once.') })
  .strict();

export const CheckoutStatus = z.enum(['open', 'completed', 'expired', 'failed']);
export const Checkout = z.object({
  id: Id,
  accountId: Id,
  status: CheckoutStatus,
  amount: Money,
  /** What Stripe said it received, once completed. */
  amountReceived: Money.nullable(),
  documentIds: z.array(Id),
  /** The hosted payment page (open checkouts only). */
  url: z.string().nullable(),
  createdAt: Timestamp,
  completedAt: Timestamp.nullable(),
});
export type Checkout = z.infer<typeof Checkout>;

const REFUND_HINT = `Use a whole number of minor units (cents) from 1 to ${MAX_AMOUNT}.`;
/** A refund of a Stripe payment; without an amount, whatever of it is not refunded yet. */
export const CreateRefund = z
  .object({
    amount: z
      .number({ error: REFUND_HINT })
      .int(REFUND_HINT)
      .min(1, REFUND_HINT)
      .max(MAX_AMOUNT, REFUND_HINT)
      .optional(),
    reason: z.string().trim().max(500).default(''),
  })
  .strict();

export const RefundStatus = z.enum(['pending', 'succeeded', 'failed']);
export const BillingRefund = z.object({
  id: Id,
  paymentId: Id,
  amount: Money,
  status: RefundStatus,
  reason: z.string(),
  createdAt: Timestamp,
});
export type BillingRefund = z.infer<typeof BillingRefund>;

/** Account credit per currency (overpayments), what the account's next invoices can use. */
export const AccountCredit = z.object({ items: z.array(Money) });
export type AccountCredit = z.infer<typeof AccountCredit>;

const CREDIT_HINT = `Use a whole number of minor units (cents) from 1 to ${MAX_AMOUNT}.`;
/** Spend account credit on a sent invoice; without an amount, as much as the balance and the credit allow. */
export const ApplyCredit = z
  .object({
    amount: z
      .number({ error: CREDIT_HINT })
      .int(CREDIT_HINT)
      .min(1, CREDIT_HINT)
      .max(MAX_AMOUNT, CREDIT_HINT)
      .optional(),
  })
  .strict();

/** A saved card: what people need to recognise it, never more (Stripe keeps the card). */
export const SavedPaymentMethod = z.object({
  id: Id,
  brand: z.string(),
  last4: z.string(),
  expMonth: z.number().int(),
  expYear: z.number().int(),
  /** The newest saved card is the one automatic charges use. */
  usedForAutoCharge: z.boolean(),
  /**
   * By the server's clock (UTC): `expiring` when the card's last month is this month or next (the billing people of
   * an account charged automatically are mailed then, once), `expired` after its last month.
   */
  expiry: z.enum(['valid', 'expiring', 'expired']),
  createdAt: Timestamp,
  abilities: z.object({
    remove: z.boolean(),
    makeDefault: z.boolean(),
    /** The caller may save a new card to take the place of this one (the card charged automatically, expiring). */
    replace: z.boolean(),
  }),
});
export type SavedPaymentMethod = z.infer<typeof SavedPaymentMethod>;
export const SavedPaymentMethodList = z.object({
  items: z.array(SavedPaymentMethod),
  /** Whether the caller may save a card for this account (its people, where Stripe is set up). */
  canSave: z.boolean(),
  /** Whether invoices of this account are charged automatically (the account's setting). */
  autoCharge: z.boolean(),
});
export type SavedPaymentMethodList = z.infer<typeof SavedPaymentMethodList>;
/** A setup-mode Checkout Session: the page where a card is saved. */
export const PaymentMethodSetup = z.object({ id: Id, url: z.string() });
export type PaymentMethodSetup = z.infer<typeof PaymentMethodSetup>;

/**
 * Paying one invoice with the account's saved card in the portal (no hosted page). `requires_action`: the bank
 * wants 3-D Secure; the browser goes to `redirectUrl` (the bank's challenge) and comes back to the checkout's
 * return page, which waits for Stripe's webhook: the invoice is paid only when Stripe says so.
 */
export const CardPaymentStatus = z.enum(['succeeded', 'processing', 'requires_action', 'failed']);
export const CardPayment = z.object({
  checkoutId: Id,
  accountId: Id,
  status: CardPaymentStatus,
  /** The bank's challenge (requires_action only). */
  redirectUrl: z.string().nullable(),
  /** Stripe's decline code when the card was declined (status failed). */
  declineCode: z.string().nullable(),
});
export type CardPayment = z.infer<typeof CardPayment>;

/** What the portal offers on an invoice: the saved card, and whether an automatic charge waits on authentication. */
export const CardPaymentOptions = z.object({
  card: z.object({ brand: z.string(), last4: z.string() }).nullable(),
  /** An automatic charge the bank wants authenticated: the client confirms it here (3-D Secure). */
  awaitingAuthentication: z.boolean(),
  abilities: Abilities('pay'),
});
export type CardPaymentOptions = z.infer<typeof CardPaymentOptions>;
