import { z } from 'zod';
import { Abilities, Id, Timestamp } from './common.ts';
import { MinorAmount, Quantity } from './billing.ts';
import { Currency, Money } from './money.ts';

export const IntervalUnit = z.enum(['week', 'month', 'year']);
export type IntervalUnit = z.infer<typeof IntervalUnit>;
const Every = z.number().int().min(1).max(52);
const PeriodCount = z.number().int().min(1).max(1000);

// Catalogue of products and services.
export const CatalogItemKind = z.enum(['one_off', 'recurring']);
export const CatalogPrice = z.object({ currency: Currency, amount: MinorAmount }).strict();
export const CatalogItem = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  prices: z.array(Money),
  taxRateId: Id.nullable(),
  kind: CatalogItemKind,
  interval: z.object({ unit: IntervalUnit, every: z.number().int(), count: z.number().int().nullable() }).nullable(),
  archived: z.boolean(),
  version: z.number().int(),
  abilities: Abilities('update', 'archive'),
});
export type CatalogItem = z.infer<typeof CatalogItem>;
const CatalogInterval = z
  .object({ unit: IntervalUnit, every: Every, count: PeriodCount.nullable().default(null) })
  .strict();
// No defaults here: a change (PATCH) must leave what it does not name as it was.
const CatalogFields = z.object({
  name: z.string().trim().min(1).max(120),
  description: z.string().trim().max(2000),
  prices: z
    .array(CatalogPrice)
    .max(20)
    .refine((list) => new Set(list.map((p) => p.currency)).size === list.length, 'One price per currency.'),
  taxRateId: Id.nullable(),
  kind: CatalogItemKind,
  interval: CatalogInterval.nullable(),
});
const intervalMatchesKind = (value: { kind?: string; interval?: unknown }) =>
  value.kind === undefined ||
  value.interval === undefined ||
  (value.kind === 'recurring') === (value.interval !== null);
const INTERVAL_HINT = { path: ['interval'], message: 'A recurring item has an interval; a one-off item has none.' };
export const CreateCatalogItem = CatalogFields.extend({
  description: CatalogFields.shape.description.default(''),
  taxRateId: CatalogFields.shape.taxRateId.default(null),
  interval: CatalogFields.shape.interval.default(null),
})
  .strict()
  .refine(intervalMatchesKind, INTERVAL_HINT);
export const UpdateCatalogItem = CatalogFields.extend({ archived: z.boolean() })
  .partial()
  .strict()
  .refine(intervalMatchesKind, INTERVAL_HINT);
export const CatalogListQuery = z.object({ archived: z.enum(['true', 'false']).optional() });

// Subscriptions (recurring invoices).
export const SubscriptionStatus = z.enum(['active', 'paused', 'cancelled', 'ended']);
export type SubscriptionStatus = z.infer<typeof SubscriptionStatus>;

/**
 * A line from the catalogue (`catalogItemId`: its name, its price in the subscription's currency, its tax rate) or a
 * free line (description and unit price). One object, not a union, so a wrong field is named in the 400.
 */
export const SubscriptionLineInput = z
  .object({
    catalogItemId: Id.optional(),
    description: z.string().trim().min(1).max(500).optional(),
    quantity: Quantity.default(1),
    unitPrice: MinorAmount.optional(),
    taxRateIds: z.array(Id).max(5).default([]),
  })
  .strict()
  .superRefine((line, issue) => {
    const free = line.description !== undefined || line.unitPrice !== undefined;
    if (line.catalogItemId !== undefined && free)
      issue.addIssue({
        code: 'custom',
        path: ['catalogItemId'],
        message: 'A catalogue line takes its description and price from the item.',
      });
    if (line.catalogItemId === undefined) {
      if (line.description === undefined)
        issue.addIssue({
          code: 'custom',
          path: ['description'],
          message: 'Describe the line, or choose a catalogue item.',
        });
      if (line.unitPrice === undefined)
        issue.addIssue({
          code: 'custom',
          path: ['unitPrice'],
          message: 'Give the unit price, or choose a catalogue item.',
        });
    }
  });
export type SubscriptionLineInput = z.infer<typeof SubscriptionLineInput>;

export const SubscriptionInterval = z
  .object({
    unit: IntervalUnit,
    every: Every.default(1),
    /** Monthly only: the billing day (29-31 fall on the last day of shorter months). */
    dayOfMonth: z.number().int().min(1).max(31).nullable().default(null),
  })
  .strict()
  .refine((value) => value.unit === 'month' || value.dayOfMonth === null, {
    path: ['dayOfMonth'],
    message: 'A billing day applies to monthly plans only.',
  });

const TermFields = {
  name: z.string().trim().min(1).max(120),
  interval: SubscriptionInterval,
  startDate: z.iso.date(),
  endDate: z.iso.date().nullable().default(null),
  /** How many periods to bill (null: until cancelled or the end date). */
  count: PeriodCount.nullable().default(null),
  /** true: each period's invoice is sent (numbered, PDF, mail); false: it waits as a draft for staff. */
  autoSend: z.boolean().default(false),
  /** Charge the account's saved payment method when an invoice is issued (needs a payment driver). */
  autoCharge: z.boolean().default(false),
  notes: z.string().max(4000).default(''),
};
const endAfterStart = (value: { startDate: string; endDate: string | null }) =>
  value.endDate === null || value.endDate >= value.startDate;
const END_HINT = { path: ['endDate'], message: 'The end date is on or after the start date.' };

export const CreateSubscription = z
  .object({ ...TermFields, lines: z.array(SubscriptionLineInput).min(1).max(50) })
  .strict()
  .refine(endAfterStart, END_HINT);
export type CreateSubscription = z.infer<typeof CreateSubscription>;

/** An accepted quote becomes a subscription: its lines (all, or the positions given) every period. */
export const SubscriptionFromQuote = z
  .object({
    ...TermFields,
    name: TermFields.name.optional(),
    linePositions: z.array(z.number().int().min(0)).max(200).optional(),
  })
  .strict()
  .refine(endAfterStart, END_HINT);
export type SubscriptionFromQuote = z.infer<typeof SubscriptionFromQuote>;

export const SubscriptionLine = z.object({
  catalogItemId: Id.nullable(),
  description: z.string(),
  quantity: z.number(),
  unitPrice: Money,
  taxRateIds: z.array(Id),
});
export const SubscriptionPeriod = z.object({
  periodStart: z.string(),
  periodEnd: z.string(),
  /** The invoice of the period; null for a period skipped while paused. */
  documentId: Id.nullable(),
  documentNumber: z.string().nullable(),
});

export const Subscription = z.object({
  id: Id,
  accountId: Id,
  accountName: z.string(),
  name: z.string(),
  status: SubscriptionStatus,
  interval: z.object({ unit: IntervalUnit, every: z.number().int(), dayOfMonth: z.number().int().nullable() }),
  startDate: z.string(),
  endDate: z.string().nullable(),
  count: z.number().int().nullable(),
  periodsBilled: z.number().int(),
  /** The next billing date, null once cancelled or ended. */
  nextBillingDate: z.string().nullable(),
  /** Each period's amount, as computed with the current lines and tax rates. */
  amount: Money,
  autoSend: z.boolean(),
  autoCharge: z.boolean(),
  notes: z.string(),
  sourceDocumentId: Id.nullable(),
  createdAt: Timestamp,
  version: z.number().int(),
  abilities: Abilities('pause', 'resume', 'cancel', 'changeAutoCharge'),
});
export type Subscription = z.infer<typeof Subscription>;
export const SubscriptionDetail = Subscription.extend({
  lines: z.array(SubscriptionLine),
  periods: z.array(SubscriptionPeriod),
});
export type SubscriptionDetail = z.infer<typeof SubscriptionDetail>;

export const SubscriptionListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  status: SubscriptionStatus.optional(),
  accountId: Id.optional(),
});

/** What one sweep did (the console's "bill due periods now" and tests). */
export const RecurringRunResult = z.object({ billed: z.number().int(), skipped: z.number().int() });

/** What may change on a subscription once made (the rest is its history: cancel and make another). */
export const UpdateSubscription = z.object({ autoCharge: z.boolean() }).strict();
export type UpdateSubscription = z.infer<typeof UpdateSubscription>;
