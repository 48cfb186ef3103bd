import { z } from 'zod';
import { Abilities, Id, Timestamp } from './common.ts';
import { Currency, MAX_AMOUNT, Money } from './money.ts';

export const BillingDocumentKind = z.enum(['invoice', 'quote', 'credit_note']);
export type BillingDocumentKind = z.infer<typeof BillingDocumentKind>;
export const BillingDocumentStatus = z.enum(['draft', 'sent', 'paid', 'void', 'accepted', 'declined']);
export type BillingDocumentStatus = z.infer<typeof BillingDocumentStatus>;
export const PaymentMethod = z.enum(['bank_transfer', 'cheque', 'cash', 'card', 'other']);
/** Where a payment came from: recorded by staff, or paid online through Stripe (confirmed by its webhook). */
export const PaymentSource = z.enum(['manual', 'stripe', 'credit']);
/** How a recorded payment arrived; `account_credit` is the account's credit spent on the invoice (never typed in). */
export const PaymentMethodRecorded = z.enum([...PaymentMethod.options, 'account_credit']);
export const BillingLanguage = z.enum(['en', 'fr', 'de']);

const decimals = (places: number, message: string) => (value: number) =>
  Math.abs(Math.round(value * 10 ** places) - value * 10 ** places) < 1e-6 || message;
const PERCENT_HINT = 'Use a percent from 0 to 100 with at most 4 decimals.';
/** A percent as people type it (19, 7.7, 9.975): at most 4 decimals. */
export const Percent = z
  .number({ error: PERCENT_HINT })
  .min(0, PERCENT_HINT)
  .max(100, PERCENT_HINT)
  .refine((v) => decimals(4, PERCENT_HINT)(v) === true, PERCENT_HINT);
const AMOUNT_HINT = `Use a whole number of minor units (cents) from 0 to ${MAX_AMOUNT}.`;
export const MinorAmount = z
  .number({ error: AMOUNT_HINT })
  .int(AMOUNT_HINT)
  .min(0, AMOUNT_HINT)
  .max(MAX_AMOUNT, AMOUNT_HINT);
const QUANTITY_HINT = 'Use a quantity above 0 and up to 1,000,000 with at most 3 decimals.';
export const Quantity = z
  .number({ error: QUANTITY_HINT })
  .gt(0, QUANTITY_HINT)
  .max(1_000_000, QUANTITY_HINT)
  .refine((v) => decimals(3, QUANTITY_HINT)(v) === true, QUANTITY_HINT);

export const DiscountInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('percent'), value: Percent }).strict(),
  z.object({ type: z.literal('amount'), amount: MinorAmount }).strict(),
]);
export type DiscountInput = z.infer<typeof DiscountInput>;

// Setup: tax rates, payment terms, number series.
export const TaxRate = z.object({
  id: Id,
  name: z.string(),
  /** Percent (19.5 = 19.5 %). */
  rate: z.number(),
  inclusive: z.boolean(),
  compound: z.boolean(),
  archived: z.boolean(),
  version: z.number().int(),
  abilities: Abilities('update', 'archive'),
});
export type TaxRate = z.infer<typeof TaxRate>;
export const CreateTaxRate = z
  .object({
    name: z.string().trim().min(1).max(80),
    rate: Percent,
    inclusive: z.boolean().default(false),
    compound: z.boolean().default(false),
  })
  .strict();
export const UpdateTaxRate = z
  .object({ name: z.string().trim().min(1).max(80), archived: z.boolean() })
  .partial()
  .strict();

export const PaymentTerm = z.object({
  id: Id,
  name: z.string(),
  /** Days after the issue date; 0 = due on receipt. */
  days: z.number().int(),
  version: z.number().int(),
  abilities: Abilities('update', 'delete'),
});
export type PaymentTerm = z.infer<typeof PaymentTerm>;
export const CreatePaymentTerm = z
  .object({ name: z.string().trim().min(1).max(80), days: z.number().int().min(0).max(365) })
  .strict();
export const UpdatePaymentTerm = CreatePaymentTerm.partial().strict();

export const NumberSeries = z.object({
  kind: BillingDocumentKind,
  prefix: z.string(),
  yearlyReset: z.boolean(),
  padding: z.number().int(),
  /** Terms copied onto a new draft of this kind created without terms ('' : none). Plain text. */
  defaultTerms: z.string(),
  /** What the next number will look like (nothing is reserved by reading it). */
  example: z.string(),
  version: z.number().int(),
  abilities: Abilities('update'),
});
export type NumberSeries = z.infer<typeof NumberSeries>;
export const UpdateNumberSeries = z
  .object({
    prefix: z
      .string()
      .trim()
      .min(1)
      .max(12)
      .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'Use letters, digits, - and _ only.'),
    yearlyReset: z.boolean(),
    padding: z.number().int().min(1).max(10),
    defaultTerms: z.string().max(8000),
  })
  .partial()
  .strict();

// The billing profile of an account.
export const BillingProfile = z.object({
  accountId: Id,
  legalName: z.string(),
  address: z.string(),
  taxId: z.string(),
  contacts: z.array(z.string()),
  currency: z.string(),
  language: z.string(),
  paymentTermsId: Id.nullable(),
  /** Sending an invoice spends the account's available credit on it. */
  autoApplyCredit: z.boolean(),
  /** Every invoice sent to this account is charged to its saved card. */
  autoCharge: z.boolean(),
  configured: z.boolean(),
  version: z.number().int(),
  abilities: Abilities('update'),
});
export type BillingProfile = z.infer<typeof BillingProfile>;
export const PutBillingProfile = z
  .object({
    legalName: z.string().trim().min(1).max(200),
    address: z.string().trim().max(1000).default(''),
    taxId: z.string().trim().max(60).default(''),
    contacts: z.array(z.string().trim().toLowerCase().max(254).pipe(z.email())).max(10).default([]),
    currency: Currency,
    language: BillingLanguage.default('en'),
    paymentTermsId: Id.nullable().default(null),
    /** Left out: unchanged. */
    autoApplyCredit: z.boolean().optional(),
    /** Left out: unchanged. */
    autoCharge: z.boolean().optional(),
  })
  .strict();

// Documents.
export const BillingLineInput = z
  .object({
    description: z.string().trim().min(1).max(500),
    quantity: Quantity,
    unitPrice: MinorAmount,
    discount: DiscountInput.nullable().optional(),
    taxRateIds: z.array(Id).max(5).default([]),
  })
  .strict();
export type BillingLineInput = z.infer<typeof BillingLineInput>;

/**
 * A quote's line may be optional: the client ticks it in the portal or leaves it out, and only ticked lines count in
 * the totals. `selected` is whether an optional line starts ticked (default: not); a required line is always in.
 */
export const QuoteLineInput = BillingLineInput.extend({
  optional: z.boolean().optional(),
  selected: z.boolean().optional(),
}).strict();
export type QuoteLineInput = z.infer<typeof QuoteLineInput>;

/** Figures only the server sets: sending them is refused (403 not_allowed), never applied. */
export const SERVER_ONLY_DOCUMENT_FIELDS = [
  'status',
  'number',
  'currency',
  'subtotal',
  'total',
  'tax',
  'amountPaid',
  'balance',
  'paid',
  'issueDate',
] as const;
const serverOnly = Object.fromEntries(SERVER_ONLY_DOCUMENT_FIELDS.map((key) => [key, z.unknown().optional()])) as {
  [K in (typeof SERVER_ONLY_DOCUMENT_FIELDS)[number]]: z.ZodOptional<z.ZodUnknown>;
};

const DocumentFields = z.object({
  notes: z.string().max(4000).default(''),
  /**
   * Quotes only: the opening letter shown above the lines (portal, PDF, the first paragraph in the email). Plain
   * text: HTML in it is shown as text.
   */
  coverNote: z.string().max(4000).optional(),
  /** Plain-text terms printed after the notes; omitted at create: the firm's default terms of the kind. */
  terms: z.string().max(8000).optional(),
  dueDate: z.iso.date().nullable().optional(),
  /** Quotes only: the last day the client can accept it (null: no limit). */
  validUntil: z.iso.date().nullable().optional(),
  paymentTermsId: Id.nullable().optional(),
  discount: DiscountInput.nullable().optional(),
  lines: z.array(QuoteLineInput).max(200),
  ...serverOnly,
});
export const CreateBillingDocument = DocumentFields.extend({ kind: BillingDocumentKind }).strict();
export type CreateBillingDocument = z.infer<typeof CreateBillingDocument>;
export const UpdateBillingDocument = DocumentFields.partial().strict();
export type UpdateBillingDocument = z.infer<typeof UpdateBillingDocument>;

export const BillingLineTax = z.object({ taxRateId: Id, name: z.string(), rate: z.number(), amount: Money });
export const BillingLine = z.object({
  id: Id,
  description: z.string(),
  quantity: z.number(),
  unitPrice: Money,
  discount: DiscountInput.nullable(),
  taxRateIds: z.array(Id),
  gross: Money,
  discountTotal: Money,
  net: Money,
  taxes: z.array(BillingLineTax),
  total: Money,
  /** Quotes: a line the client may tick or leave out, and whether it is in the totals now (required lines are). */
  optional: z.boolean(),
  selected: z.boolean(),
});

/** The other end of a credit note or reissue: the invoice credited, or the invoice this one replaces. */
export const RelatedDocument = z.object({
  id: Id,
  kind: BillingDocumentKind,
  number: z.string().nullable(),
  status: BillingDocumentStatus,
});
export type RelatedDocument = z.infer<typeof RelatedDocument>;

const DocumentSummaryFields = {
  id: Id,
  accountId: Id,
  accountName: z.string(),
  kind: BillingDocumentKind,
  status: BillingDocumentStatus,
  number: z.string().nullable(),
  currency: z.string(),
  issueDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  overdue: z.boolean(),
  /** Quotes: the last day the client can accept it, and whether that day has passed while it waits. */
  validUntil: z.string().nullable(),
  expired: z.boolean(),
  total: Money,
  amountPaid: Money,
  /** What sent credit notes took off this invoice. */
  amountCredited: Money,
  balance: Money,
  /**
   * The invoice a credit note credits, the voided invoice a reissued one replaces, or the quote an invoice was made
   * from.
   */
  related: RelatedDocument.nullable(),
  sentAt: Timestamp.nullable(),
  createdAt: Timestamp,
  version: z.number().int(),
  abilities: Abilities(
    'update',
    'delete',
    'send',
    'void',
    'recordPayment',
    'accept',
    'decline',
    'downloadPdf',
    'creditNote',
    'reissue',
    'pay',
    'applyCredit',
    'invoice',
    'selectOptions',
  ),
};
export const BillingDocumentSummary = z.object(DocumentSummaryFields);
export type BillingDocumentSummary = z.infer<typeof BillingDocumentSummary>;
export const BillingDocument = z.object({
  ...DocumentSummaryFields,
  language: z.string(),
  notes: z.string(),
  /** Quotes: the opening letter ('' on other kinds). Plain text. */
  coverNote: z.string(),
  /** Plain text; on an accepted quote, the terms the client accepted (they are on the accepted PDF too). */
  terms: z.string(),
  paymentTermsId: Id.nullable(),
  discount: DiscountInput.nullable(),
  lines: z.array(BillingLine),
  subtotal: Money,
  discountTotal: Money,
  net: Money,
  taxes: z.array(BillingLineTax),
  tax: Money,
  pdfSha256: z.string().nullable(),
  accepted: z
    .object({ at: Timestamp, name: z.string(), ip: z.string().nullable(), userAgent: z.string().nullable() })
    .nullable(),
  billTo: z.object({ legalName: z.string(), address: z.string(), taxId: z.string() }).nullable(),
  /**
   * Credit notes against this invoice, and the invoice that replaced it after a void (number history); on an
   * accepted quote, `replacedBy` is the invoice made from it.
   */
  creditNotes: z.array(RelatedDocument),
  replacedBy: RelatedDocument.nullable(),
  /** The account's credit spent on this invoice (part of amountPaid). */
  creditApplied: Money,
});
export type BillingDocument = z.infer<typeof BillingDocument>;

export const BillingDocumentListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  kind: BillingDocumentKind.optional(),
  status: BillingDocumentStatus.optional(),
  accountId: Id.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  dueFrom: z.iso.date().optional(),
  dueTo: z.iso.date().optional(),
});

export const AcceptQuote = z
  .object({
    fullName: z.string().trim().min(2).max(120),
    consent: z.literal(true, { error: 'Tick the box to accept the quote.' }),
  })
  .strict();
/** The client ticks or unticks optional lines of a sent quote (If-Match: version, optional). */
export const SelectQuoteOptions = z
  .object({
    lines: z
      .array(z.object({ lineId: Id, selected: z.boolean() }).strict())
      .min(1)
      .max(200),
  })
  .strict();
export type SelectQuoteOptions = z.infer<typeof SelectQuoteOptions>;
export const DeclineQuote = z.object({ comment: z.string().trim().max(2000).default('') }).strict();

export const BillingPayment = z.object({
  id: Id,
  documentId: Id,
  amount: Money,
  method: PaymentMethodRecorded,
  reference: z.string(),
  receivedOn: z.string(),
  source: PaymentSource,
  amountRefunded: Money,
  /** A credit application (source `credit`) staff undid: the amount went back to the account's credit. */
  reversedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  abilities: Abilities('refund', 'reverse'),
});
export type BillingPayment = z.infer<typeof BillingPayment>;
export const RecordPayment = z
  .object({
    amount: MinorAmount.refine((v) => v > 0, 'A payment must be above zero.'),
    method: PaymentMethod,
    reference: z.string().trim().max(200).default(''),
    receivedOn: z.iso.date(),
  })
  .strict();

export const ReceivableRow = z.object({
  accountId: Id,
  accountName: z.string(),
  currency: z.string(),
  outstanding: Money,
  overdue: Money,
  openInvoices: z.number().int(),
});
export type ReceivableRow = z.infer<typeof ReceivableRow>;
