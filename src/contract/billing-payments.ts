import { z } from 'zod';
import { Id, Timestamp } from './common.ts';
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
