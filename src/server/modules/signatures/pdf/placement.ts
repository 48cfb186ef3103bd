import type { SignatureFieldKind } from '../../../../contract/index.ts';

export interface DefaultField {
  signer: number;
  kind: SignatureFieldKind;
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  required: boolean;
}

/**
 * Fields when the sender places none: a signature and a date for each signer in the lower part of the last page,
 * two signers per row, rows packed closer as signers are added so they stay on the page.
 */
export function defaultFields(signerCount: number, pageCount: number): DefaultField[] {
  const rows = Math.ceil(signerCount / 2);
  const spacing = Math.min(0.075, 0.24 / Math.max(rows, 1));
  const height = spacing * 0.8;
  const fields: DefaultField[] = [];
  for (let signer = 0; signer < signerCount; signer += 1) {
    const x = 0.08 + (signer % 2) * 0.45;
    const y = 0.72 + Math.floor(signer / 2) * spacing;
    const base = { signer, page: pageCount, y, height, required: true };
    fields.push({ ...base, kind: 'signature', x, width: 0.28, label: 'Signature' });
    fields.push({ ...base, kind: 'date', x: x + 0.29, width: 0.12, label: 'Date' });
  }
  return fields;
}

/** Whether a field placed by the sender lies inside its page's edges (fractions of the page; the page is checked apart). */
export function boxInsidePage(field: { x: number; y: number; width: number; height: number }) {
  // Fractions computed in a browser from pixels may overshoot 1 by a rounding error.
  const EPSILON = 1e-9;
  return field.x + field.width <= 1 + EPSILON && field.y + field.height <= 1 + EPSILON;
}
