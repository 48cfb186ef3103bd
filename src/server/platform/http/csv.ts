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
