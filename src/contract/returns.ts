import { z } from 'zod';
import { Abilities, Id, ListQuery, Timestamp } from './common.ts';
import { Money } from './money.ts';

export const RETURN_STATUSES = [
  'requested',
  'approved',
  'rejected',
  'received',
  'inspected',
  'refunded',
  'exchanged',
] as const;
export const ReturnStatus = z.enum(RETURN_STATUSES);
export type ReturnStatus = z.infer<typeof ReturnStatus>;
export const ReturnResolution = z.enum(['refund', 'exchange', 'store_credit']);
export type ReturnResolution = z.infer<typeof ReturnResolution>;

/** Why a line cannot be returned (the portal explains each at once). */
export const ReturnBlock = z.enum(['not_delivered', 'window_closed', 'non_returnable', 'fully_returned']);
export type ReturnBlock = z.infer<typeof ReturnBlock>;

const Reason = z.string().trim().min(1).max(80);

/** A segment's return policy, set in the console; a segment without one gets the defaults below. */
export const ReturnPolicy = z
  .object({
    /** Days from delivery during which a return may be opened. */
    windowDays: z.number().int().min(0).max(3650),
    /** SKUs, or SKU prefixes ending in `*` (a category such as `GIFT-*`), that cannot be returned. */
    nonReturnable: z
      .array(
        z
          .string()
          .trim()
          .min(1)
          .max(64)
          .regex(/^[A-Za-z0-9._:-]+\*?$/, 'A SKU, or a SKU prefix ending in *.'),
      )
      .max(500),
    reasons: z.array(Reason).min(1).max(20),
    resolutions: z.array(ReturnResolution).min(1).max(3),
    photosRequired: z.boolean(),
  })
  .strict();
export type ReturnPolicy = z.infer<typeof ReturnPolicy>;
export const DEFAULT_RETURN_POLICY: ReturnPolicy = {
  windowDays: 30,
  nonReturnable: [],
  reasons: ['Damaged or defective', 'Wrong item', 'Not as described', 'No longer needed'],
  resolutions: ['refund', 'exchange', 'store_credit'],
  photosRequired: false,
};

export const ReturnEligibilityLine = z.object({
  index: z.number().int(),
  sku: z.string(),
  name: z.string(),
  ordered: z.number().int(),
  delivered: z.number().int(),
  /** Taken by returns that were not rejected. */
  returned: z.number().int(),
  /** What a new return may still take: delivered minus returned, 0 when blocked. */
  available: z.number().int(),
  blockedBy: ReturnBlock.nullable(),
});
/** What the caller may return from an order, computed by the server's policy. */
export const ReturnEligibility = z.object({
  orderId: Id,
  deliveredAt: Timestamp.nullable(),
  windowEndsAt: Timestamp.nullable(),
  lines: z.array(ReturnEligibilityLine),
  policy: ReturnPolicy,
  abilities: Abilities('create'),
});
export type ReturnEligibility = z.infer<typeof ReturnEligibility>;

const ReturnLineInput = z
  .object({ index: z.number().int().min(0).max(499), quantity: z.number().int().min(1).max(100_000) })
  .strict();
const Lines = z
  .array(ReturnLineInput)
  .min(1)
  .max(500)
  .refine((lines) => new Set(lines.map((line) => line.index)).size === lines.length, 'Name each line once.');

export const CreateReturn = z
  .object({
    lines: Lines,
    reason: Reason,
    resolution: ReturnResolution,
    note: z.string().trim().max(2000).optional(),
    /** Photos uploaded first (`POST /accounts/{id}/return-photos`) by the same person. */
    photoIds: z.array(Id).max(10).default([]),
  })
  .strict();
export type CreateReturn = z.infer<typeof CreateReturn>;

export const ReturnDecision = z.discriminatedUnion('decision', [
  z
    .object({
      decision: z.literal('approve'),
      /** Omitted: everything asked. Otherwise the approved quantity per line (0 refuses that line). */
      lines: z
        .array(z.object({ index: z.number().int().min(0).max(499), quantity: z.number().int().min(0) }).strict())
        .max(500)
        .optional(),
      instructions: z.string().trim().min(1).max(5000),
    })
    .strict(),
  z.object({ decision: z.literal('reject'), reason: z.string().trim().min(1).max(2000) }).strict(),
]);
export type ReturnDecision = z.infer<typeof ReturnDecision>;

export const ReturnProgress = z.discriminatedUnion('status', [
  z.object({ status: z.literal('received') }).strict(),
  z.object({ status: z.literal('inspected') }).strict(),
  z
    .object({
      status: z.literal('refunded'),
      /** Minor units in the order's currency; at most what the approved lines cost. */
      amount: z.number().int().min(0),
      note: z.string().trim().max(500).optional(),
    })
    .strict(),
  z.object({ status: z.literal('exchanged'), note: z.string().trim().max(500).optional() }).strict(),
]);
export type ReturnProgress = z.infer<typeof ReturnProgress>;

export const ReturnPhoto = z.object({ id: Id, contentType: z.string(), size: z.number().int() });
export const ReturnSummary = z.object({
  id: Id,
  number: z.string(),
  accountId: Id,
  accountName: z.string(),
  orderId: Id,
  orderNumber: z.string(),
  status: ReturnStatus,
  resolution: ReturnResolution,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  abilities: Abilities('decide', 'uploadLabel', 'progress'),
});
export type ReturnSummary = z.infer<typeof ReturnSummary>;
export const Return = ReturnSummary.extend({
  reason: z.string(),
  note: z.string().nullable(),
  lines: z.array(
    z.object({
      index: z.number().int(),
      sku: z.string(),
      name: z.string(),
      requested: z.number().int(),
      /** Counted against the order line: asked while requested, approved afterwards, 0 once rejected. */
      quantity: z.number().int(),
      unitPrice: Money,
    }),
  ),
  photos: z.array(ReturnPhoto),
  instructions: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  label: z.object({ contentType: z.string(), size: z.number().int() }).nullable(),
  /**
   * The refund: the amount; for a money refund where the segment has billing, the credit note billing issued for it
   * (the money itself goes back through the store, where the order was paid).
   */
  refund: z
    .object({
      amount: Money,
      note: z.string().nullable(),
      at: Timestamp,
      creditNote: z.object({ id: Id, number: z.string() }).nullable(),
    })
    .nullable(),
  /** Oldest first: every step. */
  events: z.array(z.object({ status: ReturnStatus, at: Timestamp })),
  version: z.number().int(),
});
export type Return = z.infer<typeof Return>;

export const ReturnListQuery = ListQuery.extend({
  status: ReturnStatus.optional(),
  accountId: Id.optional(),
  orderId: Id.optional(),
});
export type ReturnListQuery = z.infer<typeof ReturnListQuery>;

/** Every step of the returns of one order, oldest first: the order page merges them into its status timeline. */
export const OrderReturnSteps = z.object({
  items: z.array(z.object({ returnId: Id, number: z.string(), status: ReturnStatus, at: Timestamp })),
});
export type OrderReturnSteps = z.infer<typeof OrderReturnSteps>;
