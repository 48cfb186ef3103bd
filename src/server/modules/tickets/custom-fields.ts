import { invalid, type FieldError } from '../../platform/http/errors.ts';

export interface FieldDefinition {
  id: string;
  label: string;
  type: 'text' | 'number' | 'date' | 'select';
  options: string[];
  required: boolean;
  customer_visible: boolean;
}

type Value = string | number | null;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function typeError(field: FieldDefinition, value: Value): string | null {
  if (value === null) return null;
  switch (field.type) {
    case 'text':
      return typeof value === 'string' ? null : 'Enter text.';
    case 'number':
      return typeof value === 'number' ? null : 'Enter a number.';
    case 'date':
      return typeof value === 'string' &&
        ISO_DATE.test(value) &&
        !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
        new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
        ? null
        : 'Enter a date as YYYY-MM-DD.';
    case 'select':
      return typeof value === 'string' && field.options.includes(value)
        ? null
        : `Choose one of: ${field.options.join(', ')}.`;
  }
}

const empty = (value: Value | undefined) =>
  value === undefined || value === null || (typeof value === 'string' && !value.trim());

/**
 * Checks `input` against the segment's fields and returns the merged values (null clears a value). Customers may
 * touch only customer-visible fields; an unknown or hidden field is a field error, never stored. `creating`
 * enforces required fields the caller can see.
 */
export function mergeCustomFields(
  fields: FieldDefinition[],
  existing: Record<string, Value>,
  input: Record<string, Value>,
  options: { customer: boolean; creating: boolean },
) {
  const errors: FieldError[] = [];
  const byId = new Map(fields.map((field) => [field.id, field]));
  const next: Record<string, Value> = { ...existing };
  for (const [id, value] of Object.entries(input)) {
    const field = byId.get(id);
    if (!field || (options.customer && !field.customer_visible)) {
      errors.push({
        path: `customFields.${id}`,
        code: 'unknown_field',
        message: 'This field does not exist for this ticket.',
      });
      continue;
    }
    const problem = typeError(field, value);
    if (problem)
      errors.push({ path: `customFields.${id}`, code: 'invalid_value', message: `${field.label}: ${problem}` });
    else if (value === null || (typeof value === 'string' && !value.trim())) delete next[id];
    else next[id] = typeof value === 'string' ? value.trim() : value;
  }
  for (const field of fields) {
    if (!field.required || (options.customer && !field.customer_visible)) continue;
    const touched = Object.hasOwn(input, field.id);
    const alreadyReported = errors.some((error) => error.path === `customFields.${field.id}`);
    if ((options.creating || touched) && !alreadyReported && empty(next[field.id])) {
      errors.push({ path: `customFields.${field.id}`, code: 'required', message: `${field.label} is required.` });
    }
  }
  if (errors.length) throw invalid(errors);
  return next;
}
