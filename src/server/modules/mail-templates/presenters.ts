import type { MailTemplate, MailTemplateLocale, SegmentSender } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { CatalogEntry, TemplateParts } from '../../platform/mail/index.ts';
import { mailTemplatesPolicy } from './policy.ts';
import type { SenderRow, TemplateRow } from './repository.ts';

/** The From header of a segment's mail: its own name and address over MAIL_FROM's. */
export function effectiveFrom(row: SenderRow | null, mailFrom: string) {
  const fallbackAddress = (/<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom).trim();
  const fallbackName = /^\s*"?([^"<]*?)"?\s*</.exec(mailFrom)?.[1]?.trim() || null;
  const address = row?.from_address ?? fallbackAddress;
  const name = row?.from_name ?? (row?.from_address ? null : fallbackName);
  return name ? `"${name}" <${address}>` : address;
}

export function presentSender(segmentId: string, row: SenderRow | null, mailFrom: string, actor: Actor): SegmentSender {
  return {
    segmentId,
    fromName: row?.from_name ?? null,
    fromAddress: row?.from_address ?? null,
    effectiveFrom: effectiveFrom(row, mailFrom),
    version: row?.version ?? 1,
    abilities: { update: mailTemplatesPolicy.canUpdate(actor) },
  };
}

export function presentTemplate(
  entry: CatalogEntry,
  locale: MailTemplateLocale,
  row: TemplateRow | null,
  inherited: { parts: TemplateParts; from: 'firm' | 'default' },
  actor: Actor,
): MailTemplate {
  const defaults = inherited.parts;
  const canUpdate = mailTemplatesPolicy.canUpdate(actor);
  return {
    key: entry.key,
    locale,
    subject: row?.subject ?? defaults.subject,
    html: row?.html ?? defaults.html,
    text: row?.text_body ?? defaults.text,
    edited: row !== null,
    defaults,
    inheritsFrom: inherited.from,
    variables: { ...entry.sample, action_url: `https://portal.example${entry.sampleUrl}`, brand_color: '#2457c5' },
    required: entry.required ?? [],
    replyMarker: entry.replyMarker ?? false,
    version: row?.version ?? 0,
    updatedAt: row?.updated_at.toISOString() ?? null,
    abilities: { update: canUpdate, reset: canUpdate && row !== null, testSend: canUpdate },
  };
}
