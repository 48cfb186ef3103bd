import { t, type MessageKey } from '../../i18n/index.ts';
import { ADMIN_MAILS } from './catalog-admin.ts';
import { BILLING_MAILS } from './catalog-billing.ts';
import { COMMERCE_MAILS } from './catalog-commerce.ts';
import { IDENTITY_MAILS } from './catalog-identity.ts';
import { escapeOutsideTags, liquidMessage, type Scalar } from './catalog-liquid.ts';
import type { CatalogEntry, TemplateItem, TemplateValue, TemplateValues } from './catalog-types.ts';
import { SUPPORT_MAILS } from './catalog-support.ts';
import { WORK_MAILS } from './catalog-work.ts';
import {
  buttonHtml,
  escapeHtml,
  linkParagraphHtml,
  paragraphHtml,
  renderMail,
  type MailBranding,
  type MailContent,
  type MailParagraph,
} from './layout.ts';
import type { TemplateParts } from './template-engine.ts';

/**
 * The emails staff can edit: every email Portico sends (a mail is built from its entry, so none is left with
 * built-in text only). Each names the server strings it is built from (i18n/en.ts and the other languages'
 * catalogs), so the default template of a language is that language's translation, with each value turned into a
 * Liquid variable; and sample values for the preview and the save check. One file per family of emails.
 */
export const MAIL_TEMPLATES: readonly CatalogEntry[] = [
  ...IDENTITY_MAILS,
  ...SUPPORT_MAILS,
  ...BILLING_MAILS,
  ...WORK_MAILS,
  ...COMMERCE_MAILS,
  ...ADMIN_MAILS,
];

const BY_KEY = new Map(MAIL_TEMPLATES.map((entry) => [entry.key, entry]));

export const templateEntry = (key: string) => BY_KEY.get(key) ?? null;

/** The languages a template can be written in: the server's catalogs (another language falls back to English). */
export const TEMPLATE_LOCALES = ['en', 'de', 'fr', 'es'] as const;
export const languageOf = (locale: string | null) => (locale ?? 'en').split('-')[0]!.toLowerCase();

const scalarsOf = (values: TemplateValues) =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => !Array.isArray(value))) as Record<string, Scalar>;
const itemsOf = (value: TemplateValue | undefined): TemplateItem[] => (Array.isArray(value) ? value : []);
const filled = (value: TemplateValue | undefined) =>
  typeof value === 'number' || (typeof value === 'string' && value !== '');

/**
 * The content of a catalogue email with real values, in one language: what is sent while the segment has not edited
 * it (and when an edited version fails). The same entry builds the default template, so the two say the same.
 */
export function catalogContent(
  key: string,
  values: TemplateValues,
  locale: string | null,
  actionUrl: string | null = null,
  options: { replyMarker?: string | null } = {},
): MailContent {
  const entry = templateEntry(key);
  if (!entry) throw new Error(`No mail template "${key}" in the catalogue`);
  const vars = { ...scalarsOf(values), ...entry.fixed };
  const paragraphs: MailParagraph[] = [];
  for (const part of entry.paragraphs) {
    if (typeof part === 'string') paragraphs.push(t(part, vars, locale));
    else if ('when' in part) {
      if (filled(values[part.when])) paragraphs.push(t(part.message, vars, locale));
    } else if ('each' in part) {
      for (const item of itemsOf(values[part.each])) paragraphs.push(t(part.message, { ...vars, ...item }, locale));
    } else if ('value' in part) {
      if (filled(values[part.value])) paragraphs.push(String(values[part.value]));
    } else paragraphs.push({ label: t(part.link, vars, locale), url: String(values[part.url] ?? '') });
  }
  return {
    subject: t(entry.subject, vars, locale),
    paragraphs,
    ...(entry.button && actionUrl ? { action: { label: t(entry.button, vars, locale), url: actionUrl } } : {}),
    template: { key, values },
    ...(entry.replyMarker && options.replyMarker ? { replyMarker: options.replyMarker } : {}),
  };
}

/** A catalogue email in the branded layout: the one call every module's mail builder makes. */
export function renderCatalogMail(
  branding: MailBranding,
  key: string,
  values: TemplateValues,
  locale: string | null,
  actionUrl: string | null = null,
  options: { replyMarker?: string | null } = {},
) {
  return renderMail(branding, catalogContent(key, values, locale, actionUrl, options), locale);
}

const COLOR_MARK = '#0a0b0c';

/** The built-in template of one email in one language: what a segment starts from when it edits it. */
export function defaultTemplate(entry: CatalogEntry, locale: string): TemplateParts {
  const sample = scalarsOf(entry.sample);
  const message = (key: MessageKey, item?: TemplateItem) =>
    liquidMessage({ key, locale, sample, item, fixed: entry.fixed ?? {}, choices: entry.choices ?? {} });
  const html: string[] = [];
  // Each text piece ends with its blank line, so a loop or a condition adds or drops whole paragraphs.
  const text: string[] = [];
  for (const part of entry.paragraphs) {
    if (typeof part === 'string') {
      html.push(paragraphHtml(escapeOutsideTags(message(part))));
      text.push(`${message(part)}\n\n`);
    } else if ('when' in part) {
      const open = `{% if ${part.when} != "" %}`;
      html.push(`${open}${paragraphHtml(escapeOutsideTags(message(part.message)))}{% endif %}`);
      text.push(`${open}${message(part.message)}\n\n{% endif %}`);
    } else if ('each' in part) {
      const item = itemsOf(entry.sample[part.each])[0] ?? {};
      const open = `{% for item in ${part.each} %}`;
      html.push(`${open}${paragraphHtml(escapeOutsideTags(message(part.message, item)))}{% endfor %}`);
      text.push(`${open}${message(part.message, item)}\n\n{% endfor %}`);
    } else if ('value' in part) {
      const open = `{% if ${part.value} != "" %}`;
      html.push(`${open}${paragraphHtml(`{{ ${part.value} }}`)}{% endif %}`);
      text.push(`${open}{{ ${part.value} }}\n\n{% endif %}`);
    } else {
      const label = message(part.link);
      html.push(linkParagraphHtml(`{{ ${part.url} }}`, escapeOutsideTags(label)));
      text.push(`${label}: {{ ${part.url} }}\n\n`);
    }
  }
  if (entry.button) {
    const label = message(entry.button);
    // The button takes the segment's colour when sent: a placeholder colour marks where it goes.
    html.push(
      buttonHtml('{{ action_url }}', escapeOutsideTags(label), COLOR_MARK).replaceAll(COLOR_MARK, '{{ brand_color }}'),
    );
    text.push(`${label}: {{ action_url }}`);
  }
  return { subject: message(entry.subject), html: html.join('\n'), text: text.join('') };
}

/** The values a template sees: the ones its mail was built from, plus the button's address and the brand colour. */
export function templateValues(
  values: TemplateValues,
  actionUrl: string | null,
  branding: { name: string; primaryColor: string },
) {
  const brandColor = /^#[0-9a-fA-F]{6}$/.test(branding.primaryColor) ? branding.primaryColor : '#2457c5';
  return { portal: branding.name, ...values, action_url: actionUrl ?? '', brand_color: brandColor };
}

/**
 * The required values (answer links) a rendering leaves out, in either part: such a template is refused on save
 * and, should real values still differ, replaced by the default at send time.
 */
export function missingRequired(entry: CatalogEntry, values: TemplateValues, rendered: { html: string; text: string }) {
  return (entry.required ?? []).filter((name) => {
    const value = String(values[name] ?? '');
    const inHtml = rendered.html.includes(escapeHtml(value)) || rendered.html.includes(value.replaceAll('&', '&amp;'));
    return !value || !rendered.text.includes(value) || !inHtml;
  });
}
