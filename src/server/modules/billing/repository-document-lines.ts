import type { Discount } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';

/*
 * SQL of a billing document's lines and their taxes. Lines are read and written only for a document the caller has
 * already loaded through its scope (repository-documents.ts `findDocument`, or a draft it holds), hence no scope here.
 */

export interface AppliedTaxRate {
  id: string;
  name: string;
  rate: number;
  inclusive: boolean;
  compound: boolean;
}

export interface LineRow {
  id: string;
  position: number;
  description: string;
  quantity: number;
  unit_price: number;
  discount: Discount | null;
  tax_rates: (AppliedTaxRate & { amount: number })[];
  gross: number;
  discount_total: number;
  net: number;
  tax_total: number;
  total: number;
  /** Quotes: a line the client may leave out, and whether it is in the totals (always, for a required line). */
  optional: boolean;
  selected: boolean;
}

/** Lines of a document already authorized by findDocument (hence no scope). */
export async function listLines(db: Queryable, documentId: string): Promise<LineRow[]> {
  return (
    await db.query<LineRow>(
      `SELECT id, position, description, quantity, unit_price, discount, tax_rates, gross, discount_total, net, tax_total,
         total, optional, selected
       FROM billing_document_lines WHERE document_id = $1 ORDER BY position`,
      [documentId],
    )
  ).rows;
}

/** Replaces a draft's lines (the caller has just rewritten the draft's figures under its row). */
export async function replaceLines(db: Queryable, documentId: string, lines: Omit<LineRow, 'id'>[]) {
  await db.query('DELETE FROM billing_document_lines WHERE document_id = $1', [documentId]);
  if (lines.length)
    await db.query(
      `INSERT INTO billing_document_lines (id, document_id, position, description, quantity, unit_price, discount, tax_rates,
         gross, discount_total, net, tax_total, total, optional, selected)
       SELECT gen_random_uuid(), $1, l.position, l.description, l.quantity, l.unit_price, l.discount, l.tax_rates,
         l.gross, l.discount_total, l.net, l.tax_total, l.total, COALESCE(l.optional, false), COALESCE(l.selected, true)
       FROM jsonb_to_recordset($2::jsonb) AS l(position int, description text, quantity bigint, unit_price bigint,
         discount jsonb, tax_rates jsonb, gross bigint, discount_total bigint, net bigint, tax_total bigint, total bigint,
         optional boolean, selected boolean)`,
      [documentId, JSON.stringify(lines)],
    );
}
