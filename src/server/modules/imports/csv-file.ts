import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { parse, CsvError } from 'csv-parse';
import { IMPORT_MAX_ROWS } from '../../../contract/index.ts';
import { fieldError } from '../../platform/http/errors.ts';

export type Delimiter = ',' | ';';

/** A file whose bytes are not UTF-8 (an Excel "CSV" saved as Windows-1252, say): said plainly, not as mojibake. */
export class NotUtf8Error extends Error {
  override name = 'NotUtf8Error';
}

/**
 * Bytes -> text, refusing anything that is not UTF-8 (TextDecoder `fatal`). A leading BOM is dropped by the
 * decoder. Chunks split inside a character are held by the decoder's `stream` mode, so memory stays one chunk.
 */
function utf8Text(): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const fail = (callback: TransformCallback) =>
    callback(new NotUtf8Error('The file is not UTF-8 text. Save it as "CSV UTF-8" and upload it again.'));
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, callback) {
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        return fail(callback);
      }
      callback(null, text);
    },
    flush(callback) {
      let rest: string;
      try {
        rest = decoder.decode();
      } catch {
        return fail(callback);
      }
      callback(null, rest || undefined);
    },
  });
}

/**
 * The delimiter of a file from its first line: whichever of `;` and `,` occurs more often outside quotes
 * (spreadsheets in German or French locales write `;`). A tie is a comma.
 */
export function detectDelimiter(head: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of head.replace(/^\uFEFF/, '')) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

export interface CsvRecord {
  /** The data row's index: 1 is the first row after the header. */
  index: number;
  /** The row as a spreadsheet numbers it (the header is row 1), for error reports. */
  row: number;
  cells: string[];
}

/**
 * The records of a stored file, one at a time (csv-parse's stream API: 100,000 rows never sit in memory). The
 * header comes first with index 0. Quoted fields, doubled quotes, CRLF and newlines inside quotes are csv-parse's.
 */
export async function* readCsv(body: Readable, delimiter: Delimiter): AsyncGenerator<CsvRecord> {
  const parser = parse({
    delimiter,
    bom: true,
    skip_empty_lines: true,
    max_record_size: 64 * 1024,
  });
  const text = utf8Text();
  body.once('error', (error) => text.destroy(error));
  text.once('error', (error) => parser.destroy(error));
  body.pipe(text).pipe(parser);
  let index = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      yield { index, row: index + 1, cells };
      index += 1;
    }
  } finally {
    body.destroy();
  }
}

/** A parse failure -> 400 with where it happened; anything else (storage down) is not the file's fault. */
export function csvProblem(error: unknown) {
  if (error instanceof NotUtf8Error) return fieldError('file', 'invalid_encoding', error.message);
  if (error instanceof CsvError) {
    const line = (error as CsvError & { lines?: number }).lines;
    return fieldError(
      'file',
      'invalid_csv',
      `This is not a readable CSV file${line ? ` (line ${line})` : ''}: ${error.message}`,
    );
  }
  return null;
}

export interface CsvSummary {
  columns: string[];
  totalRows: number;
}

/**
 * Reads the whole stored file once, as the import will: checks it is UTF-8 and well-formed CSV with one header of
 * distinct names, counts the data rows (refusing more than IMPORT_MAX_ROWS). Throws 400 problems.
 */
export async function summarizeCsv(body: Readable, delimiter: Delimiter): Promise<CsvSummary> {
  let columns: string[] | null = null;
  let totalRows = 0;
  try {
    for await (const record of readCsv(body, delimiter)) {
      if (record.index === 0) {
        columns = record.cells.map((name, at) => name.trim() || `column ${at + 1}`);
        continue;
      }
      totalRows += 1;
      if (totalRows > IMPORT_MAX_ROWS)
        throw fieldError('file', 'too_many_rows', `At most ${IMPORT_MAX_ROWS} rows per import: split the file.`);
    }
  } catch (error) {
    throw csvProblem(error) ?? error;
  }
  if (!columns) throw fieldError('file', 'empty', 'The file is empty.');
  const seen = new Set<string>();
  for (const name of columns) {
    if (seen.has(name.toLowerCase()))
      throw fieldError('file', 'duplicate_columns', `Two columns are called "${name}": rename one.`);
    seen.add(name.toLowerCase());
  }
  if (!totalRows) throw fieldError('file', 'empty', 'The file has a header but no rows.');
  return { columns, totalRows };
}
