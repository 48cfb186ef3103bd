import { t, type MessageKey } from '../../i18n/index.ts';
import { buttonHtml, escapeHtml, paragraphHtml } from './layout.ts';
import type { TemplateParts } from './template-engine.ts';

/**
 * The emails staff can edit. Each names the server strings it is built from (i18n/en.ts and the other languages'
 * catalogs), so the default template of a language is that language's translation, with each value of the message
 * turned into a Liquid variable; and sample values for the preview and the save check.
 */
export interface CatalogEntry {
  key: string;
  subject: MessageKey;
  paragraphs: MessageKey[];
  button: MessageKey | null;
  /** Every value the sending code passes (numbers stay numbers: plurals). */
  sample: Record<string, string | number>;
  sampleUrl: string;
}

export const MAIL_TEMPLATES: readonly CatalogEntry[] = [
  {
    key: 'invitation',
    subject: 'mail.invitation.subject',
    paragraphs: ['mail.invitation.body'],
    button: 'mail.invitation.button',
    sample: { inviter: 'Alex Morgan', target: 'Acme Manufacturing', portal: 'Northwind Advisory' },
    sampleUrl: '/invitation#token=sample',
  },
  {
    key: 'reset',
    subject: 'mail.reset.subject',
    paragraphs: ['mail.reset.body'],
    button: 'mail.reset.button',
    sample: { portal: 'Northwind Advisory' },
    sampleUrl: '/reset-password/complete#token=sample',
  },
  {
    key: 'magic',
    subject: 'mail.magic.subject',
    paragraphs: ['mail.magic.body'],
    button: 'mail.magic.button',
    sample: { portal: 'Northwind Advisory' },
    sampleUrl: '/magic-link#token=sample',
  },
  {
    key: 'locked',
    subject: 'mail.locked.subject',
    paragraphs: ['mail.locked.body'],
    button: 'mail.locked.button',
    sample: { portal: 'Northwind Advisory', count: 5, minutes: 15 },
    sampleUrl: '/reset-password',
  },
  {
    key: 'emailChangeCode',
    subject: 'mail.emailChange.code.subject',
    paragraphs: ['mail.emailChange.code.body'],
    button: null,
    sample: { portal: 'Northwind Advisory', code: '482913' },
    sampleUrl: '',
  },
  {
    key: 'emailChangeNotice',
    subject: 'mail.emailChange.notice.subject',
    paragraphs: ['mail.emailChange.notice.body'],
    button: 'mail.emailChange.notice.button',
    sample: { portal: 'Northwind Advisory', newEmail: 'alex.new@example.com', time: '2026-12-01 09:30' },
    sampleUrl: '/email-change/undo#token=sample',
  },
  {
    key: 'onboarding',
    subject: 'mail.onboarding.subject',
    paragraphs: ['mail.onboarding.body'],
    button: 'mail.onboarding.button',
    sample: { portal: 'Northwind Advisory', title: 'Upload your ID', account: 'Acme Manufacturing' },
    sampleUrl: '/onboarding',
  },
];

export const templateEntry = (key: string) => MAIL_TEMPLATES.find((entry) => entry.key === key) ?? null;

/** The languages a template can be written in: the server's catalogs (another language falls back to English). */
export const TEMPLATE_LOCALES = ['en', 'de', 'fr', 'es'] as const;
export const languageOf = (locale: string | null) => (locale ?? 'en').split('-')[0]!.toLowerCase();

/**
 * A message of the catalog with its values as Liquid variables: strings become `{{ name }}`, numbers a sentinel
 * number (so plural rules pick their general form) that is then replaced, however the language groups digits.
 */
function liquidMessage(key: MessageKey, sample: Record<string, string | number>, locale: string) {
  const sentinels = new Map<string, number>();
  const vars = Object.fromEntries(
    Object.entries(sample).map(([name, value], index) => {
      if (typeof value !== 'number') return [name, `{{ ${name} }}`];
      const sentinel = 97_531_000 + index;
      sentinels.set(name, sentinel);
      return [name, sentinel];
    }),
  );
  let message = t(key, vars, locale);
  for (const [name, sentinel] of sentinels) {
    const digits = String(sentinel).split('');
    const grouped = new RegExp(
      `${digits.slice(0, 2).join('')}\\D?${digits.slice(2, 5).join('')}\\D?${digits.slice(5).join('')}`,
      'g',
    );
    message = message.replace(grouped, `{{ ${name} }}`);
  }
  return message;
}

const COLOR_MARK = '#0a0b0c';

/** The built-in template of one email in one language: what is sent while a segment has not edited it. */
export function defaultTemplate(entry: CatalogEntry, locale: string): TemplateParts {
  const paragraphs = entry.paragraphs.map((key) => liquidMessage(key, entry.sample, locale));
  const label = entry.button ? t(entry.button, {}, locale) : null;
  const html = [
    ...paragraphs.map((p) => paragraphHtml(escapeHtml(p))),
    // The button takes the segment's colour when sent: a placeholder colour marks where it goes.
    ...(label
      ? [buttonHtml('{{ action_url }}', escapeHtml(label), COLOR_MARK).replaceAll(COLOR_MARK, '{{ brand_color }}')]
      : []),
  ].join('\n');
  const text = [...paragraphs, ...(label ? [`${label}: {{ action_url }}`] : [])].join('\n\n');
  return { subject: liquidMessage(entry.subject, entry.sample, locale), html, text };
}

/** The values a template sees: the ones its mail was built from, plus the button's address. */
export function templateValues(
  values: Record<string, string | number>,
  actionUrl: string | null,
  branding: { name: string; primaryColor: string },
) {
  const brandColor = /^#[0-9a-fA-F]{6}$/.test(branding.primaryColor) ? branding.primaryColor : '#2457c5';
  return { portal: branding.name, ...values, action_url: actionUrl ?? '', brand_color: brandColor };
}
