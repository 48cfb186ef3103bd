import type { NewSignatureField, SignatureFieldKind } from '../../../contract/index.ts';

/** A field placed in the console, before sending: its signer by user id (the API takes the index in signerIds). */
export type PlacedField = Omit<NewSignatureField, 'signer'> & { key: string; signerId: string };

export const FIELD_KINDS: SignatureFieldKind[] = ['signature', 'initials', 'date', 'text', 'checkbox'];

/** A new field's size, in fractions of an A4-like page (a checkbox about square). */
const SIZES: Record<SignatureFieldKind, { width: number; height: number }> = {
  signature: { width: 0.3, height: 0.06 },
  initials: { width: 0.1, height: 0.045 },
  date: { width: 0.16, height: 0.035 },
  text: { width: 0.3, height: 0.035 },
  checkbox: { width: 0.035, height: 0.025 },
};
const MIN = { width: 0.02, height: 0.015 };

const round = (value: number) => Math.round(value * 10_000) / 10_000;
const within = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** Keeps a field inside its page (the server refuses one past an edge), at least a small box. */
export function clampBox(field: PlacedField): PlacedField {
  const width = within(field.width, MIN.width, 1);
  const height = within(field.height, MIN.height, 1);
  const x = within(field.x, 0, 1 - width);
  const y = within(field.y, 0, 1 - height);
  return {
    ...field,
    x: round(x),
    y: round(y),
    width: round(Math.min(width, 1 - round(x))),
    height: round(Math.min(height, 1 - round(y))),
  };
}

let counter = 0;

/** A field of `kind` for a signer, its top left corner at (x, y) on the page, moved inside the page if needed. */
export function newPlacedField(kind: SignatureFieldKind, signerId: string, page: number, x: number, y: number) {
  counter += 1;
  return clampBox({
    key: `f${counter}`,
    signerId,
    kind,
    page,
    x,
    y,
    ...SIZES[kind],
    label: '',
    // A checkbox is an option the signer may tick; a text is asked for. Staff change either in the list.
    required: kind !== 'checkbox',
  });
}

/** The fields as the API takes them: the signer as its index in signerIds; fields of signers no longer chosen left out. */
export function fieldsForApi(fields: PlacedField[], signerIds: string[]): NewSignatureField[] {
  return fields
    .filter((field) => signerIds.includes(field.signerId))
    .map(({ signerId, kind, page, x, y, width, height, label, required }) => ({
      signer: signerIds.indexOf(signerId),
      kind,
      page,
      x,
      y,
      width,
      height,
      label,
      required,
    }));
}
