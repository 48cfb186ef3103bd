import { z } from 'zod';
import { Abilities, Id, ListQuery, Timestamp } from './common.ts';
import { Currency, MAX_AMOUNT, Money } from './money.ts';

export const ORDER_STATUSES = [
  'placed',
  'paid',
  'partially_fulfilled',
  'fulfilled',
  'shipped',
  'delivered',
  'cancelled',
  'returned',
] as const;
export const OrderStatus = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof OrderStatus>;

/** Caps on what one upsert may carry: a store never sends more for one order, and rows stay small. */
export const ORDER_LIMITS = { lines: 500, shipments: 50 } as const;

// Single-line text from another system: no control characters (a newline in a SKU is a broken export, not data).
const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(
      (text) => ![...text].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127),
      'Use a single line of text.',
    );
const optionalLine = (max: number) => line(max).optional();
const UtcTime = z.iso.datetime({ offset: true }).describe('ISO 8601 time (stored in UTC)');
const Amount = z.number().int().min(0).max(MAX_AMOUNT);

export const OrderAddress = z
  .object({
    name: line(200),
    company: optionalLine(200),
    line1: line(200),
    line2: optionalLine(200),
    city: line(100),
    region: optionalLine(100),
    postalCode: optionalLine(20),
    /** ISO 3166-1 alpha-2. */
    country: z.string().regex(/^[A-Z]{2}$/, 'A two-letter country code, such as DE.'),
  })
  .strict();
export type OrderAddress = z.infer<typeof OrderAddress>;

export const OrderLineInput = z
  .object({
    sku: line(64),
    name: line(200),
    quantity: z.number().int().min(1).max(100_000),
    /** Minor units of the order's currency, per unit, before tax. */
    unitPrice: Amount,
    /** Minor units: the tax of the whole line. */
    tax: Amount.default(0),
  })
  .strict();

export const ShipmentInput = z
  .object({
    carrier: line(40),
    trackingNumber: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/, 'Letters, digits, spaces, dots, dashes and underscores only.'),
    /**
     * Used only when the portal has no tracking template for the carrier, and only when https. A carrier with a
     * template always gets the template's address, whatever is sent here.
     */
    trackingUrl: z
      .url({ protocol: /^https$/, error: 'Only https tracking addresses are accepted.' })
      .max(500)
      .optional(),
    shippedAt: UtcTime.optional(),
    deliveredAt: UtcTime.optional(),
  })
  .strict();

/**
 * The store's or ERP's order, sent whole on every change. `updatedAt` is the source's own change time: a request
 * older than the stored one changes nothing (200 with the stored order), the same payload again changes nothing.
 */
export const UpsertOrder = z
  .object({
    number: line(40),
    placedAt: UtcTime,
    updatedAt: UtcTime,
    status: OrderStatus,
    currency: Currency,
    lines: z.array(OrderLineInput).min(1).max(ORDER_LIMITS.lines),
    shippingAddress: OrderAddress.nullable().default(null),
    billingAddress: OrderAddress.nullable().default(null),
    shipments: z.array(ShipmentInput).max(ORDER_LIMITS.shipments).default([]),
  })
  .strict();
export type UpsertOrder = z.infer<typeof UpsertOrder>;

export const OrderLine = z.object({
  sku: z.string(),
  name: z.string(),
  quantity: z.number().int(),
  unitPrice: Money,
  /** Quantity × unit price, before tax: the lines' amounts add up to the order's subtotal. */
  amount: Money,
  tax: Money,
  /** Amount plus tax. */
  total: Money,
});
export const Shipment = z.object({
  carrier: z.string(),
  trackingNumber: z.string(),
  /** Built from the carrier's template in the portal's settings (or the source's https address); null: none. */
  trackingUrl: z.string().nullable(),
  shippedAt: Timestamp.nullable(),
  deliveredAt: Timestamp.nullable(),
});
export const OrderStatusChange = z.object({ status: OrderStatus, at: Timestamp });

export const OrderSummary = z.object({
  id: Id,
  accountId: Id,
  accountName: z.string(),
  externalId: z.string(),
  number: z.string(),
  placedAt: Timestamp,
  status: OrderStatus,
  total: Money,
  lineCount: z.number().int(),
  abilities: Abilities('fileTicket', 'update'),
});
export type OrderSummary = z.infer<typeof OrderSummary>;

export const Order = OrderSummary.extend({
  subtotal: Money,
  tax: Money,
  lines: z.array(OrderLine),
  shippingAddress: OrderAddress.nullable(),
  billingAddress: OrderAddress.nullable(),
  shipments: z.array(Shipment),
  /** Oldest first: every status the order has been in, with when Portico learnt it. */
  history: z.array(OrderStatusChange),
  /** Tickets filed about this order that the caller may see. */
  ticketIds: z.array(Id),
  sourceUpdatedAt: Timestamp,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Order = z.infer<typeof Order>;

const Day = z.iso.date();
export const OrderListQuery = ListQuery.extend({
  status: OrderStatus.optional(),
  /** Order number, SKU or product name (part of it, any case). */
  q: z.string().trim().max(100).optional(),
  accountId: Id.optional(),
  /** Placed on or after this day / on or before this day (UTC). */
  placedFrom: Day.optional(),
  placedTo: Day.optional(),
  /** Orders a ticket was filed about (the console's ticket view). */
  ticketId: Id.optional(),
});
export type OrderListQuery = z.infer<typeof OrderListQuery>;

export const ExternalOrderId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9._:-]+$/, 'Letters, digits, dots, colons, dashes and underscores only.');

export const FileOrderTicket = z
  .object({ subject: z.string().trim().min(1).max(200), body: z.string().trim().min(1).max(20_000) })
  .strict();
export type FileOrderTicket = z.infer<typeof FileOrderTicket>;
export const OrderTicketCreated = z.object({ ticketId: Id, number: z.number().int() });

/** Rows one import may hold: a larger file is split by the sender (the body limit applies too). */
export const ORDER_IMPORT_MAX_ROWS = 5000;
/**
 * A CSV of orders, one row per line item (header: external_id, number, placed_at, updated_at, status, currency,
 * sku, name, quantity, unit_price, tax; optional carrier, tracking_number, shipped_at, delivered_at). Rows with the
 * same external_id make one order, upserted like the API's PUT. Any bad row: nothing is imported (400, each row's
 * errors) unless `skipErrors`, which imports the orders whose rows are all good and reports the others.
 */
export const ImportOrders = z
  .object({ csv: z.string().min(1).max(1_000_000), skipErrors: z.boolean().default(false) })
  .strict();
export type ImportOrders = z.infer<typeof ImportOrders>;
export const OrderImportError = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export const ImportOrdersResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Orders left out because one of their rows is bad (skipErrors only). */
  skipped: z.number().int(),
  errors: z.array(OrderImportError),
});
export type ImportOrdersResult = z.infer<typeof ImportOrdersResult>;
