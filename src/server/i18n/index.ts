import { en, type MessageKey } from './en.ts';

const catalogs: Record<string, Record<MessageKey, string>> = { en };

/** Server-side translation. Only English ships today; the lookup already takes the recipient's locale. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}, locale: string | null = 'en'): string {
  const catalog = catalogs[(locale ?? 'en').split('-')[0] ?? 'en'] ?? en;
  return catalog[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}
export type { MessageKey };
