import type { Queryable } from '../../platform/db/index.ts';

/*
 * The catalogue of products and services is portal-wide configuration (the firm's price list), read and written by
 * staff only: no account scope applies to it.
 */

export interface CatalogItemRow {
  id: string;
  name: string;
  description: string;
  prices: Record<string, number>;
  tax_rate_id: string | null;
  kind: 'one_off' | 'recurring';
  interval_unit: 'week' | 'month' | 'year' | null;
  interval_count: number | null;
  period_count: number | null;
  archived_at: Date | null;
  version: number;
}

const COLUMNS =
  'id, name, description, prices, tax_rate_id, kind, interval_unit, interval_count, period_count, archived_at, version';

export async function listCatalogItems(db: Queryable, archived: boolean | null): Promise<CatalogItemRow[]> {
  return (
    await db.query<CatalogItemRow>(
      `SELECT ${COLUMNS} FROM billing_catalog_items
       WHERE $1::boolean IS NULL OR (archived_at IS NOT NULL) = $1 ORDER BY lower(name), id`,
      [archived],
    )
  ).rows;
}

export async function findCatalogItems(db: Queryable, ids: readonly string[]): Promise<CatalogItemRow[]> {
  if (!ids.length) return [];
  return (
    await db.query<CatalogItemRow>(`SELECT ${COLUMNS} FROM billing_catalog_items WHERE id = ANY($1::uuid[])`, [ids])
  ).rows;
}

export interface CatalogFields {
  name: string;
  description: string;
  prices: Record<string, number>;
  taxRateId: string | null;
  kind: 'one_off' | 'recurring';
  interval: { unit: string; every: number; count: number | null } | null;
}

/** The item's columns in the order both writes below take them ($2...$9). */
const fieldParams = (item: CatalogFields) => [
  item.name,
  item.description,
  JSON.stringify(item.prices),
  item.taxRateId,
  item.kind,
  item.interval?.unit ?? null,
  item.interval?.every ?? null,
  item.interval?.count ?? null,
];

export async function insertCatalogItem(db: Queryable, id: string, item: CatalogFields, now: Date) {
  await db.query(
    `INSERT INTO billing_catalog_items (id, name, description, prices, tax_rate_id, kind, interval_unit, interval_count,
       period_count, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [id, ...fieldParams(item), now],
  );
}

/** Writes the whole item (the use case merged the change); false when the version is stale. */
export async function updateCatalogItem(
  db: Queryable,
  id: string,
  item: CatalogFields & { archived: boolean },
  now: Date,
  expectedVersion: number | null,
) {
  const { rowCount } = await db.query(
    `UPDATE billing_catalog_items SET name = $2, description = $3, prices = $4, tax_rate_id = $5, kind = $6,
       interval_unit = $7, interval_count = $8, period_count = $9,
       archived_at = CASE WHEN $10 THEN COALESCE(archived_at, $11) ELSE NULL END, version = version + 1
     WHERE id = $1 AND ($12::int IS NULL OR version = $12)`,
    [id, ...fieldParams(item), item.archived, now, expectedVersion],
  );
  return rowCount === 1;
}
