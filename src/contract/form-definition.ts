import { z } from 'zod';

/*
 * A form's definition: what the console's builder edits and what a published version freezes. Answers are keyed by
 * each field's `key`; a section only lays fields out (its fields answer at the section's own level), a repeating
 * group answers with a list of items, each keyed by the group's fields. `form-schema.ts` turns a definition into the
 * one zod schema both the browser and the server validate answers with.
 */

export const FIELD_TYPES = [
  'text',
  'long_text',
  'number',
  'date',
  'single_choice',
  'multiple_choice',
  'yes_no',
  'file',
  'address',
  'signature',
  'section',
  'group',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const FieldKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Use lowercase letters, digits and _, starting with a letter (at most 40).');

/** Show the field only when another field of the same level (or an enclosing one) has this value. */
export const Condition = z
  .object({
    field: FieldKey,
    /** For a multiple choice: shown when the choice is among those ticked. */
    equals: z.union([z.string().max(200), z.number(), z.boolean()]),
  })
  .strict();
export type Condition = z.infer<typeof Condition>;

export const ChoiceOption = z
  .object({ value: z.string().trim().min(1).max(100), label: z.string().trim().min(1).max(200) })
  .strict();

const common = {
  key: FieldKey,
  label: z.string().trim().min(1).max(300),
  help: z.string().max(1000).optional(),
  required: z.boolean().default(false),
  showIf: Condition.optional(),
};

export const TextField = z
  .object({ ...common, type: z.literal('text'), maxLength: z.number().int().min(1).max(1000).default(200) })
  .strict();
export const LongTextField = z
  .object({ ...common, type: z.literal('long_text'), maxLength: z.number().int().min(1).max(20_000).default(5000) })
  .strict();
export const NumberField = z
  .object({
    ...common,
    type: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().default(false),
  })
  .strict();
export const DateField = z.object({ ...common, type: z.literal('date') }).strict();
export const SingleChoiceField = z
  .object({ ...common, type: z.literal('single_choice'), options: z.array(ChoiceOption).min(1).max(100) })
  .strict();
export const MultipleChoiceField = z
  .object({
    ...common,
    type: z.literal('multiple_choice'),
    options: z.array(ChoiceOption).min(1).max(100),
    maxSelected: z.number().int().min(1).optional(),
  })
  .strict();
export const YesNoField = z.object({ ...common, type: z.literal('yes_no') }).strict();
/** Answered with the ids of documents uploaded to the account's documents (the documents module stores them). */
export const FileField = z
  .object({ ...common, type: z.literal('file'), maxFiles: z.number().int().min(1).max(20).default(5) })
  .strict();
export const AddressField = z.object({ ...common, type: z.literal('address') }).strict();
export const SignatureField = z.object({ ...common, type: z.literal('signature') }).strict();

type Leaf =
  | z.infer<typeof TextField>
  | z.infer<typeof LongTextField>
  | z.infer<typeof NumberField>
  | z.infer<typeof DateField>
  | z.infer<typeof SingleChoiceField>
  | z.infer<typeof MultipleChoiceField>
  | z.infer<typeof YesNoField>
  | z.infer<typeof FileField>
  | z.infer<typeof AddressField>
  | z.infer<typeof SignatureField>;
export interface SectionField {
  type: 'section';
  key: string;
  label: string;
  help?: string | undefined;
  required: boolean;
  showIf?: Condition | undefined;
  fields: FormField[];
}
export interface GroupField {
  type: 'group';
  key: string;
  label: string;
  help?: string | undefined;
  required: boolean;
  showIf?: Condition | undefined;
  minItems: number;
  maxItems: number;
  fields: FormField[];
}
export type FormField = Leaf | SectionField | GroupField;

export const FormFieldSchema: z.ZodType<FormField> = z.lazy(() =>
  z.discriminatedUnion('type', [
    TextField,
    LongTextField,
    NumberField,
    DateField,
    SingleChoiceField,
    MultipleChoiceField,
    YesNoField,
    FileField,
    AddressField,
    SignatureField,
    z.object({ ...common, type: z.literal('section'), fields: z.array(FormFieldSchema).max(100) }).strict(),
    z
      .object({
        ...common,
        type: z.literal('group'),
        minItems: z.number().int().min(0).max(50).default(0),
        maxItems: z.number().int().min(1).max(50).default(10),
        fields: z.array(FormFieldSchema).min(1).max(50),
      })
      .strict(),
  ]),
) as z.ZodType<FormField>;
// A named schema: the OpenAPI document then holds it once under components and refers to it, which is the only way
// to describe a recursive field (an inline copy's self-reference would point inside whichever route embeds it).
z.globalRegistry.add(FormFieldSchema, { id: 'FormField' });

/** Fields answering at one level: a section's fields answer beside it, a group's inside its items. */
export function answeringFields(fields: readonly FormField[]): Exclude<FormField, SectionField>[] {
  return fields.flatMap((field) => (field.type === 'section' ? answeringFields(field.fields) : [field]));
}

/** Rules a definition must keep beyond its shape: unique keys per level, conditions on fields above. */
function checkLevel(
  fields: readonly FormField[],
  outer: ReadonlySet<string>,
  path: (string | number)[],
  ctx: z.RefinementCtx,
) {
  const visible = new Set(outer);
  const level = new Set<string>();
  const walk = (list: readonly FormField[], at: (string | number)[]) => {
    list.forEach((field, index) => {
      const here = [...at, index];
      if (field.showIf && !visible.has(field.showIf.field))
        ctx.addIssue({
          code: 'custom',
          path: [...here, 'showIf', 'field'],
          message: 'Refer to a field above this one.',
        });
      if (field.type === 'section') return walk(field.fields, [...here, 'fields']);
      if (level.has(field.key))
        ctx.addIssue({ code: 'custom', path: [...here, 'key'], message: `The key ${field.key} is used twice.` });
      if (field.type === 'group') {
        if (field.minItems > field.maxItems)
          ctx.addIssue({ code: 'custom', path: [...here, 'minItems'], message: 'At most maxItems.' });
        checkLevel(field.fields, visible, [...here, 'fields'], ctx);
      }
      level.add(field.key);
      visible.add(field.key);
    });
  };
  walk(fields, path);
}

export const FormDefinition = z
  .object({ fields: z.array(FormFieldSchema).max(200) })
  .strict()
  .superRefine((definition, ctx) => checkLevel(definition.fields, new Set(), ['fields'], ctx));
export type FormDefinition = z.infer<typeof FormDefinition>;
