import { en, type Message } from './en.ts';

export type MessageKey = keyof typeof en;
export type Vars = Record<string, string | number>;

const catalog: Record<string, Message> = en;
const pluralRules = new Intl.PluralRules('en');

/** Translate a catalog key, filling `{name}` placeholders; plural entries are chosen by `vars.count`. */
export function t(key: MessageKey, vars?: Vars): string {
  const entry = catalog[key];
  if (entry === undefined) return key;
  let text: string;
  if (typeof entry === 'string') {
    text = entry;
  } else {
    const count = Number(vars?.count ?? 0);
    const category = pluralRules.select(count);
    text = category === 'one' ? entry.one : entry.other;
  }
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = vars[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

// ---- Viewer settings: the signed-in user's locale/time zone when set, else the browser's. ----

interface Viewer {
  locale: string | undefined;
  timeZone: string | undefined;
}

const viewer: Viewer = { locale: undefined, timeZone: undefined };

function validLocale(locale: string | null | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return Intl.getCanonicalLocales(locale)[0];
  } catch {
    return undefined;
  }
}

function validTimeZone(zone: string | null | undefined): string | undefined {
  if (!zone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}

export function setViewer(settings: { locale?: string | null; timeZone?: string | null } | null): void {
  viewer.locale = validLocale(settings?.locale);
  viewer.timeZone = validTimeZone(settings?.timeZone);
}

export function viewerLocale(): string {
  return viewer.locale ?? browserLocale();
}

export function viewerTimeZone(): string {
  return viewer.timeZone ?? browserTimeZone();
}

export function browserLocale(): string {
  return navigator.languages?.[0] ?? navigator.language ?? 'en';
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function toDate(value: string | number | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

export function formatDate(value: string | number | Date, options: Intl.DateTimeFormatOptions = {}): string {
  return new Intl.DateTimeFormat(viewerLocale(), {
    dateStyle: 'medium',
    timeZone: viewerTimeZone(),
    ...options,
  }).format(toDate(value));
}

export function formatDateTime(value: string | number | Date, options: Intl.DateTimeFormatOptions = {}): string {
  return new Intl.DateTimeFormat(viewerLocale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: viewerTimeZone(),
    ...options,
  }).format(toDate(value));
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(viewerLocale(), options).format(value);
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.34524],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "3 minutes ago", "in 2 days", in the viewer's locale. */
export function formatRelative(value: string | number | Date, now: Date = new Date()): string {
  let amount = (toDate(value).getTime() - now.getTime()) / 1000;
  const rtf = new Intl.RelativeTimeFormat(viewerLocale(), { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(amount) < size) return rtf.format(Math.round(amount), unit);
    amount /= size;
  }
  return rtf.format(Math.round(amount), 'year');
}

/** Offset (ms) of `timeZone` from UTC at the given instant. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * Convert a calendar date (`YYYY-MM-DD`, from `<input type="date">`) at the start or end of that day in the
 * viewer's time zone into an ISO 8601 UTC timestamp.
 */
export function zonedDayToIso(date: string, edge: 'start' | 'end'): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const wall = Date.UTC(Number(y), Number(m) - 1, Number(d) + (edge === 'end' ? 1 : 0));
  const zone = viewerTimeZone();
  let instant = wall - zoneOffset(wall, zone);
  instant = wall - zoneOffset(instant, zone);
  if (edge === 'end') instant -= 1;
  return new Date(instant).toISOString();
}
