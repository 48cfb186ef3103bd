// Pure functions about names and types of uploaded files: no I/O, unit-tested in test/unit/documents.

export const MAX_NAME_LENGTH = 255;

// C0/C1 controls and DEL, and the bidirectional formatting characters that make "exe.pdf" display as
// "fdp.exe" (RTL override U+202E and friends), zero-width joiners and BOMs.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * A file name from a user's disk, made safe to store and show: Unicode NFC, no control or bidi characters,
 * no path separators (so `../x` is the name ".._x", never a path), no trailing dots/spaces, never "..",
 * at most 255 characters with the extension kept. The stored object's key never uses it.
 * HTML in a name is kept as text: escaping is the renderer's job, and the API returns it as data.
 */
export function sanitizeFileName(raw: string): string {
  let name = raw.normalize('NFC').replace(INVISIBLE, '').replace(/[/\\]/g, '_').replace(/\s+/g, ' ').trim();
  // Trailing dots and spaces vanish on Windows; a name of only dots ("..") would be a path step in a zip.
  name = name.replace(/[.\s]+$/, '');
  if (!name) name = 'untitled';
  return truncateKeepingExtension(name, MAX_NAME_LENGTH);
}

/**
 * A zip entry's path from stored names. Stored names never hold a slash, but may hold a colon: "C:x" reads as a
 * Windows drive path to zip tools (yazl refuses it as absolute, and an unzip on Windows would write outside the
 * folder). In the zip only, each colon becomes "_"; the stored name is left as the person chose it.
 */
export function zipEntryPath(segments: string[]): string {
  return segments.map((segment) => segment.replace(/:/g, '_')).join('/');
}

/** Cuts a name to `max` characters (code points, never half a surrogate pair), keeping a short extension. */
export function truncateKeepingExtension(name: string, max: number): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? [...name.slice(dot)] : [];
  if (extension.length > 0 && extension.length <= 16)
    return [...chars.slice(0, max - extension.length), ...extension].join('').trim();
  return chars.slice(0, max).join('').trim();
}

/** "report.pdf" -> "report (2).pdf": the name a copy takes when another item already has the name. */
export function numberedName(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  const [base, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  return truncateKeepingExtension(`${base} (${n})${extension}`, MAX_NAME_LENGTH);
}

// RFC 5987 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
const encodeRfc5987 = (value: string) =>
  Buffer.from(value, 'utf8')
    .toString('binary')
    .split('')
    .map((char) => {
      const code = char.charCodeAt(0);
      return /[A-Za-z0-9!#$&+\-.^_`|~]/.test(char) ? char : `%${code.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');

/**
 * Content-Disposition per RFC 6266: an ASCII fallback in `filename` (quotes, backslashes, non-ASCII and
 * controls replaced) and the exact name in `filename*` (UTF-8, percent-encoded per RFC 5987).
 */
export function contentDisposition(kind: 'attachment' | 'inline', name: string): string {
  const fallback =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e]|["\\%;]/g, '_') || 'download';
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

export type PreviewKind = 'image' | 'pdf' | 'text' | 'other';

// Raster images browsers show safely. SVG is never here: it can carry script.
const PREVIEW_IMAGES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'image/bmp']);
const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

/** The declared Content-Type of an upload, reduced to a bare valid MIME type (no parameters), or null. */
export function normalizeDeclaredType(header: string | undefined): string | null {
  const bare = (header ?? '').split(';')[0]!.trim().toLowerCase();
  return MIME.test(bare) ? bare : null;
}

/** True when the bytes look like text: valid UTF-8 without NUL or other binary control characters. */
export function looksLikeText(head: Buffer): boolean {
  // A multi-byte character may be cut at the end of the head: ignore up to 3 trailing bytes.
  for (let trim = 0; trim <= 3 && trim <= head.length; trim += 1) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, head.length - trim));
    // eslint-disable-next-line no-control-regex
    if (!text.includes('\ufffd')) return !/[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(text);
  }
  return false;
}

/**
 * What a stored file is, from its sniffed type (magic bytes, trusted) and declared type and name (not
 * trusted). Only sniffed raster images and PDFs preview as such; text previews only when the client said text
 * and the bytes agree. HTML, SVG and XML are served as downloads whatever they claim.
 */
export function classifyContent(
  sniffed: string | null,
  declared: string | null,
  head: Buffer,
  name: string,
): { contentType: string; previewKind: PreviewKind } {
  if (sniffed && PREVIEW_IMAGES.has(sniffed)) return { contentType: sniffed, previewKind: 'image' };
  if (sniffed === 'application/pdf') return { contentType: sniffed, previewKind: 'pdf' };
  if (sniffed) return { contentType: sniffed, previewKind: 'other' };
  const saysText =
    declared === 'text/plain' ||
    ((declared === null || declared === 'application/octet-stream') && /\.(txt|log|md|csv)$/i.test(name));
  if (saysText && looksLikeText(head)) return { contentType: 'text/plain', previewKind: 'text' };
  return { contentType: declared ?? 'application/octet-stream', previewKind: 'other' };
}
