import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

/**
 * One CSV cell, safe to open in a spreadsheet: always quoted (inner quotes doubled), and a value a spreadsheet
 * would run as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe, so it shows
 * as text (CSV injection, OWASP).
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '""';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** A CSV line (CRLF, as RFC 4180 says) from cells. */
export function csvRow(values: (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** A CSV download: an attachment (file name reduced to safe characters), never cached. */
export function sendCsv(reply: FastifyReply, fileName: string, body: string) {
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`)
    .header('cache-control', 'private, no-store')
    .send(body);
}

/** A streamed CSV download (lines produced batch by batch), with the same headers as `sendCsv`. */
export function sendCsvStream(reply: FastifyReply, fileName: string, lines: AsyncIterable<string>) {
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`)
    .header('cache-control', 'private, no-store')
    .send(Readable.from(lines));
}
