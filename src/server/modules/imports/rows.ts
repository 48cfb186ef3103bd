import {
  AccountRole,
  CreateAccount,
  DisplayName,
  EmailAddress,
  SHIPPED_LANGUAGES,
  type ImportField,
  type ImportMapping,
  type ImportRowError,
  type RunImport,
} from '../../../contract/index.ts';
import type { CsvRecord } from './csv-file.ts';

const EXTERNAL_ID = /^[A-Za-z0-9._:/-]{1,100}$/;

/** One row, checked with the API's own schemas (the console's "create account" and "invite"), ready to apply. */
export interface ValidRow {
  row: number;
  /** How the account is found: its external id, or its name in lower case. */
  accountKey: string;
  accountName: string | null;
  externalId: string | null;
  segmentId: string | null;
  person: { email: string; name: string | null; role: AccountRole | null; locale: string | null } | null;
}

export interface RowCheck {
  valid: ValidRow | null;
  errors: ImportRowError[];
}

export interface Segments {
  byName: Map<string, string>;
  ids: Set<string>;
}

/** Column positions of the mapped fields, from the header. */
export function columnIndexes(columns: string[], mapping: ImportMapping) {
  const indexes = new Map<ImportField, number>();
  for (const [field, column] of Object.entries(mapping) as [ImportField, string | undefined][]) {
    if (column === undefined) continue;
    indexes.set(field, columns.indexOf(column));
  }
  return indexes;
}

const ROLE_WORDS: Record<string, AccountRole> = {
  account_admin: 'account_admin',
  admin: 'account_admin',
  'account admin': 'account_admin',
  member: 'member',
};

/**
 * A record -> a row to apply, or its errors (each with the file's column name). Names keep whatever text they
 * hold (HTML stays text: the web app escapes it); the zod schemas of the API trim and bound them.
 */
export function checkRow(
  record: CsvRecord,
  columns: string[],
  indexes: Map<ImportField, number>,
  settings: RunImport,
  segments: Segments,
): RowCheck {
  const errors: ImportRowError[] = [];
  const cell = (field: ImportField) => {
    const at = indexes.get(field);
    return at === undefined ? '' : (record.cells[at] ?? '').trim();
  };
  const columnOf = (field: ImportField) => {
    const at = indexes.get(field);
    return at === undefined ? field : columns[at]!;
  };
  const fail = (field: ImportField, code: string, message: string) =>
    errors.push({ column: columnOf(field), code, message });

  const externalId = cell('externalId') || null;
  if (externalId !== null && !EXTERNAL_ID.test(externalId))
    fail('externalId', 'invalid_format', 'Letters, digits and . _ : / - only, at most 100.');
  let accountName: string | null = cell('accountName') || null;
  if (accountName !== null) {
    const parsed = CreateAccount.shape.name.safeParse(accountName);
    if (parsed.success) accountName = parsed.data;
    else fail('accountName', 'invalid_name', 'An account name has 1 to 120 characters.');
  }
  const byExternalId = settings.matchAccountsBy === 'externalId';
  if (byExternalId && externalId === null) fail('externalId', 'required', 'Each row needs the account’s external id.');
  if (!byExternalId && accountName === null) fail('accountName', 'required', 'Each row needs the account’s name.');

  let segmentId = settings.defaultSegmentId;
  const segmentCell = cell('segment');
  if (segmentCell) {
    segmentId = segments.ids.has(segmentCell) ? segmentCell : (segments.byName.get(segmentCell.toLowerCase()) ?? null);
    if (!segmentId) fail('segment', 'unknown_segment', `No segment is called "${segmentCell}".`);
  }

  let person: ValidRow['person'] = null;
  const emailCell = cell('email');
  const nameCell = cell('personName');
  const roleCell = cell('role');
  const languageCell = cell('language');
  if (emailCell) {
    const email = EmailAddress.safeParse(emailCell);
    if (!email.success) fail('email', 'invalid_email', 'This is not an email address.');
    let name: string | null = null;
    if (nameCell) {
      const parsed = DisplayName.safeParse(nameCell);
      if (parsed.success) name = parsed.data;
      else fail('personName', 'invalid_name', 'A name has 1 to 120 characters.');
    }
    let role: AccountRole | null = null;
    if (roleCell) {
      role = ROLE_WORDS[roleCell.toLowerCase()] ?? null;
      if (!role) fail('role', 'invalid_role', 'The role is "member" or "account_admin".');
    }
    let locale: string | null = null;
    if (languageCell) {
      locale = languageCell.toLowerCase().slice(0, 2);
      if (!(SHIPPED_LANGUAGES as readonly string[]).includes(locale) || languageCell.length > 5) {
        fail('language', 'invalid_language', `The language is one of ${SHIPPED_LANGUAGES.join(', ')}.`);
        locale = null;
      }
    }
    if (email.success) person = { email: email.data, name, role, locale };
  } else if (nameCell || roleCell || languageCell) {
    fail('email', 'required', 'A person needs an email address.');
  }

  if (errors.length) return { valid: null, errors };
  const accountKey = byExternalId ? externalId! : accountName!.toLowerCase();
  return {
    valid: { row: record.row, accountKey, accountName, externalId, segmentId, person },
    errors,
  };
}

/** What a run needs mapped before it starts (400 otherwise): a way to find each account, and who the people are. */
export function mappingProblems(columns: string[], settings: RunImport): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  for (const [field, column] of Object.entries(settings.mapping))
    if (column !== undefined && !columns.includes(column))
      problems.push({ path: `mapping.${field}`, message: `The file has no column "${column}".` });
  const used = Object.values(settings.mapping).filter((column) => column !== undefined);
  if (new Set(used).size !== used.length)
    problems.push({ path: 'mapping', message: 'A column is mapped to two fields.' });
  if (settings.matchAccountsBy === 'externalId' && !settings.mapping.externalId)
    problems.push({ path: 'mapping.externalId', message: 'Map the column that holds the external id.' });
  if (!settings.mapping.accountName)
    problems.push({ path: 'mapping.accountName', message: 'Map the column that holds the account name.' });
  if (!settings.mapping.segment && !settings.defaultSegmentId)
    problems.push({ path: 'defaultSegmentId', message: 'Choose a segment for new accounts, or map a column to it.' });
  if ((settings.mapping.personName || settings.mapping.role || settings.mapping.language) && !settings.mapping.email)
    problems.push({ path: 'mapping.email', message: 'Map the column that holds the people’s email addresses.' });
  return problems;
}

const GUESSES: Record<ImportField, RegExp> = {
  accountName: /^(account|company|organi[sz]ation|client|customer)( ?name)?$|^name$/i,
  externalId: /^(external[ _-]?id|ext[ _-]?id|crm[ _-]?id|account[ _-]?id|id)$/i,
  segment: /^segment$/i,
  email: /^(e-?mail|email address|contact email|person email)$/i,
  personName: /^(person|contact|full|person name|contact name|full name|first and last name)( ?name)?$/i,
  role: /^(role|account role)$/i,
  language: /^(language|locale|lang)$/i,
};

/** A first mapping from the header's names, which the console shows for the person to correct. */
export function suggestMapping(columns: string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const taken = new Set<string>();
  for (const field of Object.keys(GUESSES) as ImportField[]) {
    const column = columns.find((name) => !taken.has(name) && GUESSES[field].test(name.trim()));
    if (column) {
      mapping[field] = column;
      taken.add(column);
    }
  }
  return mapping;
}
