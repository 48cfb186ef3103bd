import { describe, expect, it } from 'vitest';
import { FormDefinition, validateAnswers, type FormDefinition as Definition } from '../../../src/contract/index.ts';

const define = (fields: unknown[]): Definition => FormDefinition.parse({ fields });
const FILE_ID = '01890a5d-ac96-774b-bcce-b302099a8057';
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

/** Every field type: a value it accepts, one it refuses (with the error code), and what is kept. */
const byType: { field: Record<string, unknown>; good: unknown; bad: unknown; code: string }[] = [
  { field: { type: 'text', maxLength: 5 }, good: 'hello', bad: 'too long', code: 'too_big' },
  { field: { type: 'text' }, good: '<b>bold</b>', bad: 42, code: 'invalid_type' },
  { field: { type: 'long_text', maxLength: 10 }, good: 'line\nline', bad: 'x'.repeat(11), code: 'too_big' },
  { field: { type: 'number', min: 0, max: 10, integer: true }, good: 7, bad: 7.5, code: 'invalid_type' },
  { field: { type: 'number', max: 10 }, good: 10, bad: 11, code: 'too_big' },
  { field: { type: 'number' }, good: -3.5, bad: '3', code: 'invalid_type' },
  { field: { type: 'date' }, good: '2027-01-31', bad: '2027-02-30', code: 'invalid_format' },
  {
    field: { type: 'single_choice', options: [{ value: 'a', label: 'A' }] },
    good: 'a',
    bad: 'b',
    code: 'invalid_value',
  },
  {
    field: {
      type: 'multiple_choice',
      options: [
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
      ],
    },
    good: ['a', 'b'],
    bad: ['a', 'a'],
    code: 'custom',
  },
  {
    field: {
      type: 'multiple_choice',
      options: [
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
      ],
      maxSelected: 1,
    },
    good: ['b'],
    bad: ['a', 'b'],
    code: 'too_big',
  },
  { field: { type: 'yes_no' }, good: false, bad: 'yes', code: 'invalid_type' },
  { field: { type: 'file', maxFiles: 1 }, good: [FILE_ID], bad: [FILE_ID, FILE_ID], code: 'too_big' },
  { field: { type: 'file' }, good: [FILE_ID], bad: ['../etc/passwd'], code: 'invalid_format' },
  {
    field: { type: 'address' },
    good: { line1: '1 Main St', city: 'Springfield', postalCode: '12345', country: 'US' },
    bad: { line1: '1 Main St', city: '', postalCode: '12345', country: 'US' },
    code: 'too_small',
  },
  {
    field: { type: 'signature' },
    good: { kind: 'typed', name: 'Ada Lovelace' },
    bad: { kind: 'typed' },
    code: 'invalid_type',
  },
  {
    field: { type: 'signature' },
    good: { kind: 'drawn', image: PNG },
    bad: { kind: 'drawn', image: 'data:text/html,<x>' },
    code: 'invalid_format',
  },
];

describe('the answers schema built from a definition', () => {
  it.each(byType)('$field.type accepts its value and refuses a wrong one ($code)', ({ field, good, bad, code }) => {
    const definition = define([{ key: 'answer', label: 'Answer', ...field }]);
    const ok = validateAnswers(definition, { answer: good });
    expect(ok).toEqual({ ok: true, answers: { answer: typeof good === 'string' ? good.trim() : good } });
    const refused = validateAnswers(definition, { answer: bad });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors[0]).toMatchObject({ path: expect.stringMatching(/^answer/), code });
  });

  it.each([
    ['missing', {}],
    ['null', { name: null }],
    ['blank', { name: '   ' }],
  ])('a required field %s is a "required" error at its path', (_label, answers) => {
    const definition = define([{ key: 'name', label: 'Name', type: 'text', required: true }]);
    expect(validateAnswers(definition, answers)).toEqual({
      ok: false,
      errors: [{ path: 'name', code: 'required', message: 'This field is required.' }],
    });
  });

  it('unknown fields are refused one by one, at every level', () => {
    const definition = define([
      { key: 'kids', label: 'Children', type: 'group', fields: [{ key: 'name', label: 'Name', type: 'text' }] },
    ]);
    const result = validateAnswers(definition, { extra: 1, kids: [{ name: 'A', age: 3 }] });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((error) => [error.path, error.code]).sort()).toEqual([
        ['extra', 'unrecognized_keys'],
        ['kids.0.age', 'unrecognized_keys'],
      ]);
  });
});

describe('conditions', () => {
  const definition = define([
    { key: 'employed', label: 'Employed?', type: 'yes_no', required: true },
    { key: 'employer', label: 'Employer', type: 'text', required: true, showIf: { field: 'employed', equals: true } },
    {
      key: 'more',
      label: 'More',
      type: 'section',
      showIf: { field: 'employed', equals: false },
      fields: [{ key: 'reason', label: 'Why not?', type: 'long_text', required: true }],
    },
    {
      key: 'income',
      label: 'Income',
      type: 'multiple_choice',
      options: [
        { value: 'rent', label: 'Rent' },
        { value: 'shares', label: 'Shares' },
      ],
    },
    {
      key: 'rent_total',
      label: 'Rent total',
      type: 'number',
      required: true,
      showIf: { field: 'income', equals: 'rent' },
    },
  ]);

  it.each<[string, Record<string, unknown>, string[] | Record<string, unknown>]>([
    ['a met condition makes its field required', { employed: true }, ['employer']],
    ['an unmet condition does not', { employed: false, reason: 'Studying' }, { employed: false, reason: 'Studying' }],
    ['a section shown by its condition checks its fields', { employed: false }, ['reason']],
    [
      'answers to hidden fields are dropped, not kept',
      { employed: true, employer: 'Acme', reason: 'left over' },
      { employed: true, employer: 'Acme' },
    ],
    [
      'a multiple choice condition holds when ticked',
      { employed: true, employer: 'A', income: ['rent'] },
      ['rent_total'],
    ],
    [
      'and not otherwise',
      { employed: true, employer: 'A', income: ['shares'], rent_total: 5 },
      { employed: true, employer: 'A', income: ['shares'] },
    ],
  ])('%s', (_label, answers, expected) => {
    const result = validateAnswers(definition, answers);
    if (Array.isArray(expected)) {
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.errors.map((error) => `${error.path}:${error.code}`)).toEqual(
          expected.map((path) => `${path}:required`),
        );
    } else {
      expect(result).toEqual({ ok: true, answers: expected });
    }
  });
});

describe('repeating groups', () => {
  const definition = define([
    { key: 'has_kids', label: 'Children?', type: 'yes_no' },
    {
      key: 'kids',
      label: 'Children',
      type: 'group',
      required: true,
      minItems: 1,
      maxItems: 2,
      showIf: { field: 'has_kids', equals: true },
      fields: [
        { key: 'name', label: 'Name', type: 'text', required: true },
        { key: 'student', label: 'Student?', type: 'yes_no' },
        { key: 'school', label: 'School', type: 'text', required: true, showIf: { field: 'student', equals: true } },
        { key: 'note', label: 'Note', type: 'text', showIf: { field: 'has_kids', equals: true } },
      ],
    },
  ]);

  it.each<[string, Record<string, unknown>, string[] | null]>([
    [
      'items are checked each with its own conditions',
      { has_kids: true, kids: [{ name: 'A' }, { name: 'B', student: true }] },
      ['kids.1.school:required'],
    ],
    ['a required group needs an item', { has_kids: true }, ['kids:required']],
    ['an empty list is missing too', { has_kids: true, kids: [] }, ['kids:required']],
    ['at most maxItems', { has_kids: true, kids: [{ name: 'A' }, { name: 'B' }, { name: 'C' }] }, ['kids:too_big']],
    ['item fields are required inside', { has_kids: true, kids: [{ student: false }] }, ['kids.0.name:required']],
    ['a hidden group is not required', { has_kids: false }, null],
    ['conditions may read the level around the group', { has_kids: true, kids: [{ name: 'A', note: 'ok' }] }, null],
  ])('%s', (_label, answers, errors) => {
    const result = validateAnswers(definition, answers);
    if (errors === null) expect(result.ok).toBe(true);
    else {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((error) => `${error.path}:${error.code}`)).toEqual(errors);
    }
  });
});

describe('definitions', () => {
  const field = (extra: Record<string, unknown>) => ({
    key: 'a',
    label: 'A',
    type: 'text',
    ...extra,
  });
  it.each<[string, unknown[]]>([
    ['a key used twice on one level', [field({}), field({})]],
    ['a key used twice through a section', [field({}), { key: 's', label: 'S', type: 'section', fields: [field({})] }]],
    ['a condition on a field below', [field({ showIf: { field: 'b', equals: 'x' } }), field({ key: 'b' })]],
    ['a condition on an unknown field', [field({ showIf: { field: 'zzz', equals: 'x' } })]],
    ['a key with capitals', [field({ key: 'Name' })]],
    ['an unknown type', [field({ type: 'html' })]],
    ['an empty group', [{ key: 'g', label: 'G', type: 'group', fields: [] }]],
  ])('refuse %s', (_label, fields) => {
    expect(FormDefinition.safeParse({ fields }).success).toBe(false);
  });

  it('allow the same key inside a group and outside it', () => {
    expect(
      FormDefinition.safeParse({
        fields: [
          field({}),
          { key: 'g', label: 'G', type: 'group', fields: [field({ showIf: { field: 'a', equals: 'x' } })] },
        ],
      }).success,
    ).toBe(true);
  });
});
