import type { LineTax } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import type { LineRow } from './repository-documents.ts';

/*
 * Quote options: the client's ticks on a sent quote's optional lines, and the PDF of an accepted quote. Every query
 * here acts on a quote the caller already loaded through its scope and locked (loadDocument ... FOR UPDATE), hence
 * no scope parameter: the id was authorized there.
 */

export interface SelectionFigures {
  subtotal: number;
  discountTotal: number;
  net: number;
  tax: number;
  total: number;
  taxes: (LineTax & { name: string; rate: number })[];
  lines: Pick<LineRow, 'id' | 'selected' | 'tax_rates' | 'gross' | 'discount_total' | 'net' | 'tax_total' | 'total'>[];
}

/**
 * Stores the client's choice on a sent quote: each line's tick and figures, the document's totals, and a new version
 * (If-Match). Only while the quote waits for an answer (`status = 'sent'`): false when it was answered meanwhile.
 * A required line stays ticked (the lines' CHECK constraint).
 */
export async function writeSelection(db: Queryable, id: string, figures: SelectionFigures, now: Date) {
  const { rowCount } = await db.query(
    `UPDATE billing_documents SET subtotal = $2, discount_total = $3, net = $4, tax_total = $5, total = $6, taxes = $7,
       updated_at = $8, version = version + 1
     WHERE id = $1 AND kind = 'quote' AND status = 'sent'`,
    [
      id,
      figures.subtotal,
      figures.discountTotal,
      figures.net,
      figures.tax,
      figures.total,
      JSON.stringify(figures.taxes),
      now,
    ],
  );
  if (rowCount !== 1) return false;
  await db.query(
    `UPDATE billing_document_lines l SET selected = v.selected, tax_rates = v.tax_rates, gross = v.gross,
       discount_total = v.discount_total, net = v.net, tax_total = v.tax_total, total = v.total
     FROM jsonb_to_recordset($2::jsonb) AS v(id uuid, selected boolean, tax_rates jsonb, gross bigint,
       discount_total bigint, net bigint, tax_total bigint, total bigint)
     WHERE l.document_id = $1 AND l.id = v.id`,
    [id, JSON.stringify(figures.lines)],
  );
  return true;
}

/** The PDF of what the client accepted (chosen lines only), kept beside the sent one. */
export async function recordAcceptedPdf(db: Queryable, id: string, key: string, sha256: string) {
  await db.query('UPDATE billing_documents SET accepted_pdf_key = $2, accepted_pdf_sha256 = $3 WHERE id = $1', [
    id,
    key,
    sha256,
  ]);
}
