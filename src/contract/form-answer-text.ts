import { answeringFields, type FormDefinition, type FormField } from './form-definition.ts';

type Answering = Exclude<FormField, { type: 'section' }>;

/** One answer as plain text, for CSV cells and ticket bodies (never HTML: values are text wherever they go). */
export function answerText(field: Answering, value: unknown): string {
  if (value === undefined || value === null) return '';
  switch (field.type) {
    case 'yes_no':
      return value ? 'Yes' : 'No';
    case 'single_choice':
      return field.options.find((option) => option.value === value)?.label ?? String(value);
    case 'multiple_choice':
      return (value as string[])
        .map((choice) => field.options.find((option) => option.value === choice)?.label ?? choice)
        .join('; ');
    case 'file':
      return `${(value as string[]).length} file(s)`;
    case 'address': {
      const address = value as Record<string, string | undefined>;
      return [address.line1, address.line2, address.postalCode, address.city, address.region, address.country]
        .filter(Boolean)
        .join(', ');
    }
    case 'signature': {
      const signature = value as { kind: string; name?: string };
      return signature.kind === 'typed' ? `Signed: ${signature.name}` : 'Signed (drawn)';
    }
    case 'group':
      return (value as Record<string, unknown>[])
        .map(
          (item, index) =>
            `#${index + 1} ` +
            answeringFields(field.fields)
              .filter((inner) => item[inner.key] !== undefined)
              .map((inner) => `${inner.label}: ${answerText(inner, item[inner.key])}`)
              .join(' | '),
        )
        .join(' / ');
    default:
      return String(value);
  }
}

/** The top-level answering fields of a definition: the CSV's columns (a group is one column). */
export const columnsOf = (definition: FormDefinition) => answeringFields(definition.fields);

/** Label: answer lines, for the ticket a submission opens. */
export function answersAsLines(definition: FormDefinition, answers: Record<string, unknown>) {
  return columnsOf(definition)
    .filter((field) => answers[field.key] !== undefined)
    .map((field) => `${field.label}: ${answerText(field, answers[field.key])}`);
}
