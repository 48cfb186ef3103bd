import { z } from 'zod';
import {
  answeringFields,
  type Condition,
  type FormDefinition,
  type FormField,
  type GroupField,
  type SectionField,
} from './form-definition.ts';

/*
 * The one schema of a form's answers, built from its definition. The browser shows its errors as the person types
 * and the server validates every submission with it against the version the submission answers: same rules, same
 * paths (`field`, `group.0.field`, `address.city`).
 */

export type Answers = Record<string, unknown>;
type Answering = Exclude<FormField, SectionField>;

const SIGNATURE_IMAGE_MAX = 200_000;

const Address = z
  .object({
    line1: z.string().trim().min(1).max(200),
    line2: z.string().trim().max(200).optional(),
    city: z.string().trim().min(1).max(100),
    region: z.string().trim().max(100).optional(),
    postalCode: z.string().trim().min(1).max(20),
    country: z.string().trim().min(2).max(60),
  })
  .strict();

const Signature = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('typed'), name: z.string().trim().min(1).max(120) }).strict(),
  z
    .object({
      kind: z.literal('drawn'),
      image: z
        .string()
        .max(SIGNATURE_IMAGE_MAX)
        .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, 'A drawn signature is a PNG image.'),
    })
    .strict(),
]);

function unique(values: readonly string[]) {
  return new Set(values).size === values.length;
}

/** The schema of one field's value when it is given (absence and visibility are the level's concern). */
export function valueSchema(field: Answering): z.ZodType {
  switch (field.type) {
    case 'text':
    case 'long_text':
      return z.string().trim().max(field.maxLength);
    case 'number': {
      let schema = z.number();
      if (field.integer) schema = schema.int();
      if (field.min !== undefined) schema = schema.min(field.min);
      if (field.max !== undefined) schema = schema.max(field.max);
      return schema;
    }
    case 'date':
      return z.iso.date();
    case 'single_choice':
      return z.enum(field.options.map((option) => option.value) as [string, ...string[]]);
    case 'multiple_choice':
      return z
        .array(z.enum(field.options.map((option) => option.value) as [string, ...string[]]))
        .max(field.maxSelected ?? field.options.length)
        .refine(unique, 'Each choice once.');
    case 'yes_no':
      return z.boolean();
    case 'file':
      return z
        .array(z.uuid())
        .max(field.maxFiles, `At most ${field.maxFiles} files.`)
        .refine(unique, 'Each file once.');
    case 'address':
      return Address;
    case 'signature':
      return Signature;
    case 'group':
      return z.array(levelShape(field.fields)).max(field.maxItems, `At most ${field.maxItems} items.`);
  }
}

/** One level's answers: every answering field optional, nothing else (unknown keys are refused). */
function levelShape(fields: readonly FormField[]): z.ZodType<Answers> {
  const shape = Object.fromEntries(
    answeringFields(fields).map((field) => [field.key, valueSchema(field).nullable().optional()]),
  );
  return z.object(shape).strict() as unknown as z.ZodType<Answers>;
}

export function isEmptyAnswer(value: unknown) {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** Whether a condition holds, reading the innermost level first (a group item), then the levels around it. */
export function conditionMet(condition: Condition | undefined, levels: readonly Answers[]) {
  if (!condition) return true;
  const holder = [...levels].reverse().find((level) => condition.field in level);
  const value = holder?.[condition.field];
  if (Array.isArray(value)) return value.includes(condition.equals);
  return value === condition.equals;
}

type Visit = (field: Answering, value: unknown, path: (string | number)[], levels: Answers[]) => void;

/** Walks the fields a person sees: hidden sections and fields are skipped with everything inside. */
function walkVisible(fields: readonly FormField[], levels: Answers[], path: (string | number)[], visit: Visit) {
  const answers = levels[levels.length - 1]!;
  for (const field of fields) {
    if (!conditionMet(field.showIf, levels)) continue;
    if (field.type === 'section') {
      walkVisible(field.fields, levels, path, visit);
      continue;
    }
    visit(field, answers[field.key], [...path, field.key], levels);
  }
}

function checkRequired(fields: readonly FormField[], answers: Answers, ctx: z.RefinementCtx) {
  const visit: Visit = (field, value, path, levels) => {
    if (field.required && isEmptyAnswer(value)) {
      ctx.addIssue({ code: 'custom', path, message: 'This field is required.', params: { code: 'required' } });
      return;
    }
    if (field.type !== 'group' || !Array.isArray(value)) return;
    const group = field as GroupField;
    if (value.length < group.minItems)
      ctx.addIssue({ code: 'custom', path, message: `Add at least ${group.minItems}.`, params: { code: 'too_few' } });
    value.forEach((item, index) => walkVisible(group.fields, [...levels, item as Answers], [...path, index], visit));
  };
  walkVisible(fields, [answers], [], visit);
}

/** The answers as kept: what the person could see, empty answers left out. */
export function keepVisible(fields: readonly FormField[], answers: Answers): Answers {
  const keep = (list: readonly FormField[], levels: Answers[]): Answers => {
    const out: Answers = {};
    walkVisible(list, levels, [], (field, value) => {
      if (isEmptyAnswer(value)) return;
      out[field.key] =
        field.type === 'group'
          ? (value as Answers[]).map((item) => keep((field as GroupField).fields, [...levels, item]))
          : value;
    });
    return out;
  };
  return keep(fields, [answers]);
}

/**
 * The answers' schema for a definition: types and limits of every field, unknown fields refused, required fields
 * checked only where their conditions are met; the parsed value keeps only what the person could see.
 */
export function buildAnswersSchema(definition: FormDefinition): z.ZodType<Answers> {
  return levelShape(definition.fields)
    .superRefine((answers, ctx) => checkRequired(definition.fields, answers, ctx))
    .transform((answers) => keepVisible(definition.fields, answers)) as unknown as z.ZodType<Answers>;
}

/** The file answers among (parsed) answers, with their paths: the server checks each id is the account's. */
export function fileAnswers(definition: FormDefinition, answers: Answers) {
  const found: { path: string; ids: string[] }[] = [];
  const visit: Visit = (field, value, path, levels) => {
    if (field.type === 'file' && Array.isArray(value)) found.push({ path: path.join('.'), ids: value as string[] });
    if (field.type === 'group' && Array.isArray(value))
      value.forEach((item, index) =>
        walkVisible((field as GroupField).fields, [...levels, item as Answers], [...path, index], visit),
      );
  };
  walkVisible(definition.fields, [answers], [], visit);
  return found;
}

export interface AnswerError {
  path: string;
  code: string;
  message: string;
}

/** Zod's issues as the API's field errors (`errors` of a 400), one per unknown key. */
export function answerErrors(error: z.ZodError): AnswerError[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        path: [...path, key].join('.'),
        code: 'unrecognized_keys',
        message: `Unknown field: ${key}`,
      }));
    const code = issue.code === 'custom' ? String(issue.params?.code ?? 'custom') : issue.code;
    return [{ path: path.join('.') || '(answers)', code, message: issue.message }];
  });
}

/** Validates answers against a definition: the parsed answers, or the field errors. */
export function validateAnswers(definition: FormDefinition, answers: unknown) {
  const result = buildAnswersSchema(definition).safeParse(answers);
  return result.success
    ? { ok: true as const, answers: result.data }
    : { ok: false as const, errors: answerErrors(result.error) };
}
