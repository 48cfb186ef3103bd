import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import {
  ORDER_IMPORT_MAX_ROWS,
  UpsertOrder,
  type ImportOrders,
  type ImportOrdersResult,
} from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError, fieldError, invalid } from '../../../platform/http/errors.ts';
import { orderFieldsOf } from '../payload.ts';
import { authorizeOrderUpsert, upsertOrderUseCase } from './upsert.ts';

const REQUIRED = [
  'external_id',
  'number',
  'placed_at',
  'updated_at',
  'status',
  'currency',
  'sku',
  'name',
  'quantity',
  'unit_price',
];
// Where an upsert field comes from in the file, to name the column of an error.
const COLUMN_OF: Record<string, string> = {
  number: 'number',
  placedAt: 'placed_at',
  updatedAt: 'updated_at',
  status: 'status',
  currency: 'currency',
  sku: 'sku',
  name: 'name',
  quantity: 'quantity',
  unitPrice: 'unit_price',
  tax: 'tax',
  carrier: 'carrier',
  trackingNumber: 'tracking_number',
  shippedAt: 'shipped_at',
  deliveredAt: 'delivered_at',
};

type Row = Record<string, string>;
interface Group {
  externalId: string;
  rows: { line: number; row: Row }[];
}
interface RowError {
  row: number;
  column: string;
  message: string;
}

const integer = (value: string | undefined) => (value && /^-?\d+$/.test(value.trim()) ? Number(value) : value);
const optional = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** The rows of one external id -> an upsert body (shipments: each distinct carrier + tracking number). */
function bodyOf(group: Group) {
  const first = group.rows[0]!.row;
  const shipments = new Map<string, { line: number; value: Record<string, unknown> }>();
  for (const { line, row } of group.rows) {
    if (!optional(row.carrier) && !optional(row.tracking_number)) continue;
    const key = `${row.carrier}\u0000${row.tracking_number}`;
    if (!shipments.has(key))
      shipments.set(key, {
        line,
        value: {
          carrier: row.carrier ?? '',
          trackingNumber: row.tracking_number ?? '',
          shippedAt: optional(row.shipped_at),
          deliveredAt: optional(row.delivered_at),
        },
      });
  }
  return {
    shipmentLines: [...shipments.values()].map((shipment) => shipment.line),
    body: {
      number: first.number,
      placedAt: first.placed_at,
      updatedAt: first.updated_at,
      status: first.status,
      currency: first.currency,
      lines: group.rows.map(({ row }) => ({
        sku: row.sku,
        name: row.name,
        quantity: integer(row.quantity),
        unitPrice: integer(row.unit_price),
        tax: optional(row.tax) === undefined ? 0 : integer(row.tax),
      })),
      shipments: [...shipments.values()].map((shipment) => shipment.value),
    },
  };
}

/** Zod issues of one order -> the file's rows and columns. */
function rowErrorsOf(group: Group, shipmentLines: number[], issues: z.core.$ZodIssue[]): RowError[] {
  return issues.map((issue) => {
    const [head, index, field] = issue.path.map(String);
    if (head === 'lines' && index !== undefined && field)
      return {
        row: group.rows[Number(index)]?.line ?? group.rows[0]!.line,
        column: COLUMN_OF[field] ?? field,
        message: issue.message,
      };
    if (head === 'shipments' && index !== undefined && field)
      return {
        row: shipmentLines[Number(index)] ?? group.rows[0]!.line,
        column: COLUMN_OF[field] ?? field,
        message: issue.message,
      };
    return { row: group.rows[0]!.line, column: COLUMN_OF[head ?? ''] ?? head ?? 'row', message: issue.message };
  });
}

function parseFile(csv: string): { line: number; row: Row }[] {
  let records: Row[];
  try {
    records = parse(csv, {
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
      max_record_size: 10_000,
    });
  } catch (error) {
    throw fieldError('csv', 'invalid_csv', `This is not a readable CSV file: ${(error as Error).message}`);
  }
  if (!records.length) throw fieldError('csv', 'empty', 'The file has no rows.');
  if (records.length > ORDER_IMPORT_MAX_ROWS)
    throw fieldError('csv', 'too_many_rows', `At most ${ORDER_IMPORT_MAX_ROWS} rows per import: split the file.`);
  const missing = REQUIRED.filter((column) => !(column in records[0]!));
  if (missing.length) throw fieldError('csv', 'missing_columns', `Columns missing: ${missing.join(', ')}.`);
  // Line 1 is the header; csv-parse skips empty lines, so count records (a quoted newline stays in its cell).
  return records.map((row, index) => ({ line: index + 2, row }));
}

/**
 * Orders from a CSV file, each upserted like the API's PUT (replays and older rows change nothing). Every row is
 * checked first: with any bad row nothing is imported (400 with `csv.<row>.<column>` errors) unless `skipErrors`,
 * which imports the orders whose rows are all good and reports the rest. Each order commits on its own.
 */
export async function importOrdersUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  input: ImportOrders,
): Promise<ImportOrdersResult> {
  await authorizeOrderUpsert(ctx, actor, accountId);
  const groups = new Map<string, Group>();
  const errors: RowError[] = [];
  for (const entry of parseFile(input.csv)) {
    const externalId = entry.row.external_id ?? '';
    if (!/^[A-Za-z0-9._:-]{1,100}$/.test(externalId)) {
      errors.push({
        row: entry.line,
        column: 'external_id',
        message: 'Letters, digits, dots, colons, dashes and underscores only.',
      });
      continue;
    }
    const group = groups.get(externalId) ?? { externalId, rows: [] };
    group.rows.push(entry);
    groups.set(externalId, group);
  }
  const good: { externalId: string; body: UpsertOrder }[] = [];
  for (const group of groups.values()) {
    const { body, shipmentLines } = bodyOf(group);
    const parsed = UpsertOrder.safeParse(body);
    if (!parsed.success) {
      errors.push(...rowErrorsOf(group, shipmentLines, parsed.error.issues));
      continue;
    }
    try {
      orderFieldsOf(parsed.data, ctx.config.orders.trackingUrlTemplates);
      good.push({ externalId: group.externalId, body: parsed.data });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      for (const field of error.fieldErrors ?? [])
        errors.push({
          row: group.rows[0]!.line,
          column: COLUMN_OF[field.path.split('.').pop() ?? ''] ?? 'row',
          message: field.message,
        });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  if (errors.length && !input.skipErrors)
    throw invalid(
      errors
        .slice(0, 200)
        .map((error) => ({ path: `csv.${error.row}.${error.column}`, code: 'invalid_row', message: error.message })),
      `${errors.length} problem(s) in the file: nothing was imported. Fix them, or import the good orders only.`,
    );
  const result = { created: 0, updated: 0, unchanged: 0, skipped: groups.size - good.length, errors };
  for (const order of good) {
    const { outcome } = await upsertOrderUseCase(ctx, actor, accountId, order.externalId, order.body);
    result[outcome] += 1;
  }
  return result;
}
