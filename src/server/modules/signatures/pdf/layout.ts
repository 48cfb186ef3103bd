/*
 * Pure geometry and text rules of the signed PDF: where a field placed in page fractions lands in PDF points, and
 * which characters the standard fonts can draw. No I/O, so unit tests pin them.
 */

/** A field as placed in the console: fractions of the page, from its top left corner (like the rendered page). */
export interface PlacedField {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PageBox {
  width: number;
  height: number;
}

/** The field's rectangle in PDF user space (points, origin at the bottom left), clipped to the page. */
export function fieldRect(field: PlacedField, page: PageBox) {
  const x = clamp(field.x) * page.width;
  const top = clamp(field.y) * page.height;
  const width = Math.min(clamp(field.width) * page.width, page.width - x);
  const height = Math.min(clamp(field.height) * page.height, page.height - top);
  return { x, y: page.height - top - height, width, height };
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));

/**
 * The standard PDF fonts (WinAnsi) draw Latin-1 and a few more; anything else becomes "?" rather than failing the
 * finalization after every signer signed. Control characters are dropped.
 */
export function winAnsiSafe(text: string) {
  return (
    text
      // eslint-disable-next-line no-control-regex -- refusing or stripping control characters is the point
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .replace(/[^\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g, '?')
  );
}

/** The largest font size (at most `max`) at which `text` fits the box, given the font's width at size 1. */
export function fitFontSize(widthAtOne: number, box: { width: number; height: number }, max = 28) {
  const byHeight = box.height * 0.7;
  const byWidth = widthAtOne > 0 ? (box.width * 0.95) / widthAtOne : max;
  return Math.max(4, Math.min(max, byHeight, byWidth));
}

/** Initials of a name: the first letter of each word, at most four ("Alice van Dijk" -> "AVD"). */
export function initialsOf(name: string) {
  const letters = name
    .trim()
    .split(/\s+/)
    .map((word) => word[0] ?? '')
    .join('')
    .toUpperCase();
  return letters.slice(0, 4) || '?';
}

/** Splits text into lines that fit `maxWidth`, given a measure of a string's width. */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number) {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (measure(next) <= maxWidth || !line) line = next;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}
