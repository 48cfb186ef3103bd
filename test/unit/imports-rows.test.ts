import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { RunImport } from '../../src/contract/index.ts';
import { detectDelimiter, readCsv, summarizeCsv } from '../../src/server/modules/imports/csv-file.ts';
import { checkRow, columnIndexes, mappingProblems, suggestMapping } from '../../src/server/modules/imports/rows.ts';

const columns = ['ID', 'Company', 'Email', 'Role', 'Language'];
const settings = RunImport.parse({
  dryRun: true,
  mapping: { externalId: 'ID', accountName: 'Company', email: 'Email', role: 'Role', language: 'Language' },
  defaultSegmentId: '0190a0a0-0000-7000-8000-000000000001',
});
const segments = { byName: new Map<string, string>(), ids: new Set<string>() };
const check = (cells: string[]) =>
  checkRow({ index: 1, row: 2, cells }, columns, columnIndexes(columns, settings.mapping), settings, segments);

describe('import rows', () => {
  it('detects the delimiter from the header line, outside quotes', () => {
    expect(detectDelimiter('a;b;c\n1,2;3')).toBe(';');
    expect(detectDelimiter('"a;b";c,d,e')).toBe(',');
    expect(detectDelimiter('\uFEFFName;Email\r\n')).toBe(';');
    expect(detectDelimiter('single')).toBe(',');
  });

  it('reads quoted fields, CRLF and a line break inside quotes; refuses bytes that are not UTF-8', async () => {
    const records = [];
    for await (const record of readCsv(Readable.from([Buffer.from('\uFEFFa,b\r\n"x ""y""","1\r\n2"\r\n')]), ','))
      records.push(record.cells);
    expect(records).toEqual([
      ['a', 'b'],
      ['x "y"', '1\r\n2'],
    ]);
    await expect(summarizeCsv(Readable.from([Buffer.from([0x61, 0x0a, 0xe9, 0x0a])]), ',')).rejects.toMatchObject({
      status: 400,
      fieldErrors: [{ code: 'invalid_encoding' }],
    });
  });

  it('checks a row with the API’s schemas and names the file’s column of each error', () => {
    expect(check(['crm-1', ' Acme ', 'ANNA@Acme.example', 'admin', 'de-DE'])).toEqual({
      valid: {
        row: 2,
        accountKey: 'crm-1',
        accountName: 'Acme',
        externalId: 'crm-1',
        segmentId: settings.defaultSegmentId,
        person: { email: 'anna@acme.example', name: null, role: 'account_admin', locale: 'de' },
      },
      errors: [],
    });
    expect(check(['bad id', 'x'.repeat(121), 'nope', 'boss', 'klingon']).errors.map((e) => e.column)).toEqual([
      'ID',
      'Company',
      'Email',
      'Role',
      'Language',
    ]);
    expect(check(['crm-2', 'B', '', 'member', '']).errors).toEqual([
      { column: 'Email', code: 'required', message: 'A person needs an email address.' },
    ]);
  });

  it('guesses a mapping from common header names, and refuses a mapping the file cannot satisfy', () => {
    expect(suggestMapping(['Company Name', 'External ID', 'E-mail', 'Full name', 'Locale'])).toEqual({
      accountName: 'Company Name',
      externalId: 'External ID',
      email: 'E-mail',
      personName: 'Full name',
      language: 'Locale',
    });
    const bad = RunImport.parse({ dryRun: true, mapping: { accountName: 'Nope', personName: 'Company' } });
    expect(mappingProblems(columns, bad).map((p) => p.path)).toEqual([
      'mapping.accountName',
      'mapping.externalId',
      'defaultSegmentId',
      'mapping.email',
    ]);
  });
});
