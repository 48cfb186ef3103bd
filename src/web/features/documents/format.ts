import { formatNumber } from '../../i18n/index.ts';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** "812 bytes", "1.4 MB", in the viewer's locale (binary steps of 1024, as file managers show them). */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return formatNumber(value, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 || value >= 100 ? 0 : 1,
  });
}

export type FileKind = 'image' | 'pdf' | 'text' | 'spreadsheet' | 'document' | 'archive' | 'audio' | 'video' | 'other';

const BY_EXTENSION: Record<string, FileKind> = {
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  webp: 'image',
  avif: 'image',
  bmp: 'image',
  svg: 'image',
  pdf: 'pdf',
  txt: 'text',
  md: 'text',
  csv: 'spreadsheet',
  tsv: 'spreadsheet',
  json: 'text',
  log: 'text',
  xml: 'text',
  xls: 'spreadsheet',
  xlsx: 'spreadsheet',
  ods: 'spreadsheet',
  numbers: 'spreadsheet',
  doc: 'document',
  docx: 'document',
  odt: 'document',
  rtf: 'document',
  pages: 'document',
  ppt: 'document',
  pptx: 'document',
  odp: 'document',
  zip: 'archive',
  gz: 'archive',
  tgz: 'archive',
  '7z': 'archive',
  rar: 'archive',
  tar: 'archive',
  mp3: 'audio',
  wav: 'audio',
  ogg: 'audio',
  m4a: 'audio',
  flac: 'audio',
  mp4: 'video',
  mov: 'video',
  webm: 'video',
  mkv: 'video',
  avi: 'video',
};

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The broad kind of a file, from its media type first and its name's extension second. */
export function fileKind(contentType: string | null | undefined, name: string): FileKind {
  const type = (contentType ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
  if (type.startsWith('image/')) return 'image';
  if (type === 'application/pdf') return 'pdf';
  if (type === 'text/csv') return 'spreadsheet';
  if (type.startsWith('text/') || type === 'application/json') return 'text';
  if (type.startsWith('audio/')) return 'audio';
  if (type.startsWith('video/')) return 'video';
  if (type === 'application/zip' || type === 'application/gzip') return 'archive';
  return BY_EXTENSION[extensionOf(name)] ?? 'other';
}

/** Short hex digest for display ("3f9a…c21b"); the full value goes in `title`. */
export function shortChecksum(checksum: string): string {
  const hex = checksum.replace(/^sha256[:-]/i, '');
  return hex.length > 16 ? `${hex.slice(0, 8)}…${hex.slice(-8)}` : hex;
}

const MB = 1024 * 1024;

/** Quota fields are edited in whole megabytes; empty means "not set here" (inherit). */
export function quotaFieldFromBytes(bytes: number | null | undefined): string {
  return bytes == null ? '' : String(Math.round(bytes / MB));
}

export function bytesFromQuotaField(field: string): number | null {
  return field.trim() === '' ? null : Math.round(Number(field) * MB);
}
