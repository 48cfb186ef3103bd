import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { en as serverEn } from '../../src/server/i18n/en.ts';
import { es as serverEs } from '../../src/server/i18n/es.ts';
import { fr as serverFr } from '../../src/server/i18n/fr.ts';
import { en as webEn } from '../../src/web/i18n/en.ts';
import { es as webEs } from '../../src/web/i18n/es.ts';
import { fr as webFr } from '../../src/web/i18n/fr.ts';

/**
 * Every argument of a message as "name:type", with the branches a select offers: a translation that drops, renames
 * or retypes an argument would print a raw `{name}` or the wrong branch at run time, so the sets must match English.
 * Plural branches may differ (French and Spanish have a `many` category), but `other` must stay.
 */
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        found.add(`${element.value}:argument`);
        break;
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        found.add(`${element.value}:${TYPE[element.type]}`);
        break;
      case TYPE.select:
        found.add(`${element.value}:select[${Object.keys(element.options).sort().join(',')}]`);
        for (const option of Object.values(element.options)) argumentsOf(option.value, found);
        break;
      case TYPE.plural:
        found.add(
          `${element.value}:${element.pluralType ?? 'cardinal'}${'other' in element.options ? '' : ':no-other'}`,
        );
        for (const option of Object.values(element.options)) argumentsOf(option.value, found);
        break;
      case TYPE.tag:
        argumentsOf(element.children, found);
        break;
      default:
        break;
    }
  }
  return found;
}

const argumentSet = (message: string) => [...argumentsOf(parse(message, { ignoreTag: true }))].sort();

/** The words of a message, branches included: empty for messages made only of placeholders and punctuation. */
function literalText(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (element.type === TYPE.literal) return element.value;
      if (element.type === TYPE.select || element.type === TYPE.plural) {
        return Object.values(element.options)
          .map((option) => literalText(option.value))
          .join(' ');
      }
      return '';
    })
    .join(' ');
}

const placeholdersOnly = (message: string) =>
  literalText(parse(message, { ignoreTag: true })).replace(/[\s\p{P}\p{S}\d]/gu, '') === '';

/**
 * Keys whose translation is rightly the same as English: product and format names, abbreviations, words French or
 * Spanish share with English, and messages made only of placeholders. Anything else identical is an untranslated
 * string.
 */
const SAME_AS_ENGLISH: Record<'fr' | 'es', ReadonlySet<string>> = {
  // Words French spells like English (Documents, Messages, Total, Date, Type, Version, Signature…) and abbreviations.
  fr: new Set<string>([
    'kbTranslations.original',
    'accounts.col.segment',
    'accounts.field.segment',
    'accounts.filterSegment',
    'imports.field.segment',
    'approvals.item',
    'approvals.request.message',
    'approvals.sha',
    'approvals.waitingOn.client',
    'audit.col.action',
    'audit.col.userAgent',
    'audit.field.action',
    'billing.aging.total',
    'billing.catalog.caption',
    'billing.catalog.description',
    'billing.catalog.link',
    'billing.col.issued',
    'billing.col.kind',
    'billing.col.total',
    'billing.edit.previewTax',
    'billing.edit.previewTotal',
    'billing.filter.kind',
    'billing.new.kind',
    'billing.notes',
    'billing.pdf.total',
    'billing.retainer.budget',
    'billing.retainer.budgetAmount',
    'billing.retainer.hours',
    'billing.statement.date',
    'billing.sub.col.actions',
    'billing.total',
    'branding.favicon',
    'branding.logo',
    'common.actions',
    'console.nav.segments',
    'console.nav.signatures',
    'console.nav.tickets',
    'console.nav.webhooks',
    'conversations.composer.code',
    'conversations.message',
    'conversations.messagesCount',
    'conversations.segment.title',
    'conversations.threads',
    'conversations.title',
    'conversations.titleOf',
    'documents.activity.client',
    'documents.col.actions',
    'documents.fact.checksum',
    'documents.fact.type',
    'documents.move.location',
    'documents.request.field.note',
    'documents.segmentSettings.title',
    'documents.title',
    'documents.titleOf',
    'documents.versionBadge',
    'documents.versions.col.checksum',
    'documents.versions.col.version',
    'documents.versions.number',
    'forms.builder.type',
    'forms.submissions.version',
    'forms.type.date',
    'forms.type.section',
    'forms.type.signature',
    'invitations.title',
    'jobs.col.actions',
    'kb.analytics.vote',
    'kb.editor.version',
    'kb.field.body',
    'kb.field.section',
    'kb.field.segments',
    'kb.field.slug',
    'helpPreview.documents',
    'mail.html',
    'mailDns.kind.dkim',
    'mailDns.kind.dmarc',
    'mailDns.kind.spf',
    'mailTemplates.key.invitation',
    'module.documents',
    'module.messages',
    'module.signatures',
    'module.tickets',
    'nav.console',
    'nav.documents',
    'nav.menu',
    'nav.messages',
    'nav.notifications',
    'nav.sessions',
    'nav.signatures',
    'nav.tickets',
    'notifications.openNone',
    'notifications.title',
    'obligations.kind.ticket',
    'onboarding.duration.minutes',
    'onboarding.template.description',
    'onboarding.template.message',
    'onboarding.template.segment',
    'orders.col.total',
    'orders.total',
    'reports.col.agent',
    'reports.col.score',
    'reports.kpi.csat',
    'reports.kpi.tickets',
    'returns.instructions',
    'returns.photos',
    'segments.col.modules',
    'segments.field.modules',
    'segments.title',
    'sessions.ip',
    'settings.logo.title',
    'signatures.col.title',
    'signatures.field.date',
    'signatures.field.signature',
    'signatures.place.page',
    'signatures.send.document',
    'signatures.send.source',
    'signatures.title',
    'sso.field.segment',
    'sso.protocol.oidc',
    'sso.protocol.saml',
    'staffRole.agent',
    'tc.channel.api',
    'tc.channel.web',
    'tc.csat.title',
    'tc.duration.hours',
    'tc.duration.hoursMinutes',
    'tc.duration.minutes',
    'tc.duration.minutesLabel',
    'tc.fields.options',
    'tc.fields.type.date',
    'tc.fields.typeLabel',
    'tc.filters.segment',
    'tc.filters.sla',
    'tc.queue.title',
    'tc.segment.tickets',
    'tc.sla.title',
    'tc.ticket.back',
    'tc.ticket.title',
    'tickets.new.description',
    'tickets.page.conversation',
    'tickets.portal.title',
    'time.col.actions',
    'time.col.date',
    'time.col.note',
    'time.duration',
    'time.form.date',
    'time.form.minutes',
    'time.form.note',
    'time.minutes',
    'time.total',
    'webhooks.field.description',
    'webhooks.title',
  ]),
  // Tickets, Webhooks, Portal, Total, Normal, General, Error, units and abbreviations.
  es: new Set<string>([
    'kbTranslations.original',
    'help.feedback.no',
    'approvals.sha',
    'billing.edit.previewSubtotal',
    'billing.edit.previewTotal',
    'billing.aging.total',
    'billing.col.total',
    'billing.payment.method.cheque',
    'billing.pdf.subtotal',
    'billing.pdf.total',
    'billing.retainer.hours',
    'billing.sub.col.name',
    'billing.subtotal',
    'billing.total',
    'branding.favicon',
    'common.no',
    'console.nav.tickets',
    'console.nav.webhooks',
    'conversations.size.bytes',
    'conversations.size.kb',
    'conversations.size.mb',
    'documents.fact.checksum',
    'documents.versionBadge',
    'documents.versions.col.checksum',
    'forms.fill.no',
    'kb.field.slug',
    'mail.error',
    'mail.html',
    'mailDns.kind.dkim',
    'mailDns.kind.dmarc',
    'mailDns.kind.spf',
    'module.tickets',
    'nav.portal',
    'nav.tickets',
    'obligations.kind.ticket',
    'orders.col.total',
    'orders.subtotal',
    'orders.total',
    'reports.kpi.tickets',
    'sessions.ip',
    'signatures.send.document',
    'sso.protocol.oidc',
    'sso.protocol.saml',
    'tasks.priority.normal',
    'tc.channel.api',
    'tc.channel.web',
    'tc.duration.hours',
    'tc.duration.hoursMinutes',
    'tc.duration.minutes',
    'tc.filters.sla',
    'tc.priority.normal',
    'tc.queue.title',
    'tc.segment.tickets',
    'tc.settings.tab.general',
    'tc.sla.title',
    'tc.ticket.back',
    'tc.ticket.title',
    'tickets.portal.title',
    'tickets.priority.normal',
    'time.duration',
    'time.minutes',
    'time.no',
    'time.total',
    'webhooks.col.url',
    'webhooks.list.title',
    'webhooks.title',
  ]),
};

const catalogs = [
  {
    name: 'web',
    en: webEn as Record<string, string>,
    fr: webFr as Record<string, string>,
    es: webEs as Record<string, string>,
  },
  {
    name: 'server',
    en: serverEn as Record<string, string>,
    fr: serverFr as Record<string, string>,
    es: serverEs as Record<string, string>,
  },
];

describe.each(catalogs)('$name catalog in French and Spanish', ({ en, fr, es }) => {
  it.each([
    ['fr', fr],
    ['es', es],
  ] as const)('%s has exactly the English keys', (_locale, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
  });

  it.each([
    ['fr', fr],
    ['es', es],
  ] as const)('%s keeps every ICU argument, select branch and plural of the English message', (locale, catalog) => {
    const mismatched: string[] = [];
    for (const [key, english] of Object.entries(en)) {
      const translated = catalog[key];
      if (translated === undefined) continue;
      // Each translation must also compile and format for its own locale's plural rules.
      expect(() => new IntlMessageFormat(translated, locale, undefined, { ignoreTag: true }), key).not.toThrow();
      if (JSON.stringify(argumentSet(translated)) !== JSON.stringify(argumentSet(english))) mismatched.push(key);
    }
    expect(mismatched).toEqual([]);
  });

  it.each([
    ['fr', fr],
    ['es', es],
  ] as const)('%s translates every message (identical ones are listed on purpose)', (locale, catalog) => {
    const same = Object.entries(en)
      .filter(([key, english]) => catalog[key] === english && !placeholdersOnly(english))
      .map(([key]) => key)
      .filter((key) => !SAME_AS_ENGLISH[locale].has(key));
    expect(same).toEqual([]);
  });

  it('has no leftover English sentence in French or Spanish', () => {
    // A cheap net for a pasted English branch: common English words that no French or Spanish sentence uses.
    const english = /\b(the|your|you|please|with|this|will|cannot|was|were|has been)\b/i;
    const leaks = (catalog: Record<string, string>) =>
      Object.entries(catalog)
        .filter(([, message]) => english.test(message.replace(/\{[^{}]*\}/g, '')))
        .map(([key]) => key);
    expect(leaks(fr)).toEqual([]);
    expect(leaks(es)).toEqual([]);
  });

  it('uses one French punctuation style: a no-break space before : ; ? ! and inside « »', () => {
    // An ordinary space there lets the line break before the colon; mixing both styles reads as careless.
    const loose = Object.entries(fr)
      .filter(([, message]) => / [:;?!»]|« /.test(message))
      .map(([key]) => key);
    expect(loose).toEqual([]);
  });
});
