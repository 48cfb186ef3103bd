import { describe, expect, it } from 'vitest';
import { mergeCustomFields, type FieldDefinition } from '../../src/server/modules/tickets/custom-fields.ts';
import { AppError } from '../../src/server/platform/http/errors.ts';

const fields: FieldDefinition[] = [
  { id: 'a', label: 'Area', type: 'select', options: ['Orders', 'Shipping'], required: true, customer_visible: true },
  { id: 'n', label: 'Count', type: 'number', options: [], required: false, customer_visible: true },
  { id: 'd', label: 'Since', type: 'date', options: [], required: false, customer_visible: true },
  { id: 's', label: 'Score', type: 'number', options: [], required: true, customer_visible: false },
];

function errorsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.fieldErrors?.map((e) => `${e.path}:${e.code}`);
  }
  return [];
}

describe('custom field values', () => {
  it('accepts typed values and clears with null', () => {
    expect(
      mergeCustomFields(
        fields,
        { n: 3 },
        { a: 'Orders', n: null, d: '2026-02-28' },
        { customer: true, creating: false },
      ),
    ).toEqual({ a: 'Orders', d: '2026-02-28' });
  });

  it('refuses wrong types, unknown options and impossible dates', () => {
    expect(
      errorsOf(() =>
        mergeCustomFields(fields, {}, { a: 'Nope', n: '3', d: '2026-02-30' }, { customer: false, creating: false }),
      ),
    ).toEqual(['customFields.a:invalid_value', 'customFields.n:invalid_value', 'customFields.d:invalid_value']);
  });

  it('customers cannot touch hidden fields, and required hidden fields are not theirs to fill', () => {
    expect(
      errorsOf(() => mergeCustomFields(fields, {}, { s: 1, a: 'Orders' }, { customer: true, creating: true })),
    ).toEqual(['customFields.s:unknown_field']);
    expect(mergeCustomFields(fields, {}, { a: 'Orders' }, { customer: true, creating: true })).toEqual({ a: 'Orders' });
  });

  it('required fields are enforced on create (staff: all of them) and cannot be cleared later', () => {
    expect(errorsOf(() => mergeCustomFields(fields, {}, {}, { customer: false, creating: true }))).toEqual([
      'customFields.a:required',
      'customFields.s:required',
    ]);
    expect(
      errorsOf(() => mergeCustomFields(fields, { a: 'Orders' }, { a: null }, { customer: true, creating: false })),
    ).toEqual(['customFields.a:required']);
  });
});
