/// <reference types="vite/client" />
import { IntlMessageFormat } from 'intl-messageformat';
import { directionOf } from '../../contract/languages.ts';
import { en } from './en.ts';

export type MessageKey = keyof typeof en;
export type Vars = Record<string, string | number>;
export type Catalog = Record<MessageKey, string>;

/**
 * Non-English catalogs, each its own chunk loaded only when a viewer needs it, so the English bundle stays one
 * language. A glob rather than one import line each: a language's catalog file (`<lang>.ts`, exporting `<lang>`)
 * is all it takes to make it loadable; SHIPPED_LANGUAGES (contract/languages.ts) decides which are offered.
 */
const catalogModules = import.meta.glob<Record<string, Catalog>>(['./[a-z][a-z].ts', '!./en.ts']);

let language = 'en';
let catalog: Record<string, string> = en;
/** Compiled messages by language, locale and key: parsing ICU is the slow part, formatting a compiled one is cheap. */
const compiled = new Map<string, IntlMessageFormat>();

/** Load a language's catalog (English, a shipped one, or a pseudo-locale); an unknown one falls back to English. */
export async function loadLanguage(next: string): Promise<string> {
  let loaded: Record<string, string> | null = null;
  try {
    if (next === 'en') loaded = en;
    else if (next === 'en-XA' || next === 'ar-XB') loaded = (await import('./pseudo.ts')).pseudoCatalog(en, next);
    else {
      const loader = catalogModules[`./${next}.ts`];
      if (loader) loaded = (await loader())[next] ?? null;
    }
  } catch (error) {
    // A chunk that cannot load (a deploy replaced it) leaves the page in English rather than blank.
    console.error(`i18n: cannot load ${next}`, error);
  }
  language = loaded ? next : 'en';
  catalog = loaded ?? en;
  return language;
}

/** The language the interface is in now. */
export function currentLanguage(): string {
  return language;
}

/** Set `<html lang dir>` for the current language: screen readers, hyphenation and right-to-left layout follow it. */
export function applyDocumentLanguage(): void {
  const root = (globalThis as { document?: { documentElement: { lang: string; dir: string } } }).document
    ?.documentElement;
  if (!root) return;
  root.lang = language;
  root.dir = directionOf(language);
}

function compile(key: string, message: string, locale: string): IntlMessageFormat {
  const cacheKey = `${language}\u0000${locale}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    // ignoreTag: a `<` in a message is text, not an ICU rich-text tag.
    format = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
    compiled.set(cacheKey, format);
  }
  return format;
}

/**
 * Translate a catalog key. Messages are ICU MessageFormat (plural, select, numbers in the viewer's locale), compiled
 * once per locale and key. `kind` is filled with the viewer's segment kind unless the caller passes one, so wording
 * that differs for self-service customers ("account" rather than "workspace") needs nothing at the call site.
 */
export function t(key: MessageKey, vars?: Vars): string {
  const message = catalog[key];
  if (message === undefined) return key;
  const values = { kind: viewer.segmentKind ?? 'staff', ...vars };
  try {
    return String(compile(key, message, viewerLocale()).format(values));
  } catch (error) {
    // A missing variable is a bug, but the page still shows the message rather than breaking.
    console.error(`i18n: cannot format ${key}`, error);
    return message;
  }
}

// ---- Viewer settings: the signed-in user's locale/time zone when set, else the browser's. ----

/** The kind of segment of the account the viewer is in: the portal's wording differs for self-service customers. */
export type SegmentKind = 'client_workspaces' | 'self_service';

interface Viewer {
  locale: string | undefined;
  timeZone: string | undefined;
  segmentKind: SegmentKind | undefined;
}

const viewer: Viewer = { locale: undefined, timeZone: undefined, segmentKind: undefined };

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

export function setViewer(
  settings: { locale?: string | null; timeZone?: string | null; segmentKind?: SegmentKind | null } | null,
): void {
  viewer.locale = validLocale(settings?.locale);
  viewer.timeZone = validTimeZone(settings?.timeZone);
  viewer.segmentKind = settings?.segmentKind ?? undefined;
}

/**
 * The locale for dates and numbers: the viewer's own, else the browser's when it speaks the interface's language,
 * else the interface's language (a German page reads "6. Dez. 2026" even in an English browser).
 */
export function viewerLocale(): string {
  if (viewer.locale) return viewer.locale;
  const browser = browserLocale();
  if (language === 'en-XA' || language === 'ar-XB') return 'en';
  return browser.split('-')[0]?.toLowerCase() === language ? browser : language;
}

export function viewerTimeZone(): string {
  return viewer.timeZone ?? browserTimeZone();
}

export function browserLocale(): string {
  // Through globalThis: the unit tests run this module in Node, which has no navigator before version 21.
  const browser = (globalThis as { navigator?: { languages?: readonly string[]; language?: string } }).navigator;
  return browser?.languages?.[0] ?? browser?.language ?? 'en';
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
