import { z } from 'zod';
import { Abilities, Id } from './common.ts';
import { BillingLineInput } from './billing.ts';
import { Money } from './money.ts';

/**
 * A credit note against a sent invoice: `full` copies the invoice's lines (crediting what is left of it when it is
 * partly paid or credited is refused: use `partial` with the lines to credit), `partial` takes the lines given.
 */
export const CreateCreditNote = z
  .object({
    mode: z.enum(['full', 'partial']),
    lines: z.array(BillingLineInput).max(200).optional(),
    notes: z.string().max(4000).default(''),
  })
  .strict()
  .refine((value) => value.mode === 'full' || (value.lines?.length ?? 0) > 0, {
    path: ['lines'],
    message: 'A partial credit note needs at least one line.',
  });
export type CreateCreditNote = z.infer<typeof CreateCreditNote>;

/** Totals of a filtered invoice list, per currency (never summed across currencies). */
export const BillingTotalsRow = z.object({
  currency: z.string(),
  count: z.number().int(),
  total: Money,
  balance: Money,
});
export const BillingTotals = z.object({ items: z.array(BillingTotalsRow) });

/** Open balances per account and currency by days past due. */
export const AgingRow = z.object({
  accountId: Id,
  accountName: z.string(),
  currency: z.string(),
  current: Money,
  days1to30: Money,
  days31to60: Money,
  days61to90: Money,
  days90plus: Money,
  total: Money,
});
export type AgingRow = z.infer<typeof AgingRow>;
export const AgingReport = z.object({ asOf: z.string(), items: z.array(AgingRow) });
export type AgingReport = z.infer<typeof AgingReport>;

export const StatementQuery = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export const StatementEntry = z.object({
  date: z.string(),
  type: z.enum(['invoice', 'credit_note', 'payment']),
  documentId: Id,
  number: z.string().nullable(),
  reference: z.string(),
  debit: Money,
  credit: Money,
  balance: Money,
});
export type StatementEntry = z.infer<typeof StatementEntry>;
/** A statement of account: per currency, the opening balance, every invoice, credit note and payment, the closing. */
export const Statement = z.object({
  accountId: Id,
  accountName: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  currencies: z.array(
    z.object({ currency: z.string(), opening: Money, closing: Money, entries: z.array(StatementEntry) }),
  ),
});
export type Statement = z.infer<typeof Statement>;

const STEP_HINT = 'Use days from -60 to 365 (negative: before the due date).';
export const ReminderSettings = z.object({
  enabled: z.boolean(),
  /** Days relative to the due date, ascending: -3 = three days before, 0 = on the day, 7 = a week after. */
  steps: z.array(z.number().int()),
  version: z.number().int(),
  abilities: Abilities('update'),
});
export type ReminderSettings = z.infer<typeof ReminderSettings>;
export const UpdateReminderSettings = z
  .object({
    enabled: z.boolean(),
    steps: z
      .array(z.number({ error: STEP_HINT }).int(STEP_HINT).min(-60, STEP_HINT).max(365, STEP_HINT))
      .max(10, 'At most 10 reminders.'),
  })
  .partial()
  .strict();

export const BillingExportKind = z.enum(['invoices', 'payments', 'credit-notes']);
export const BillingExportQuery = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
