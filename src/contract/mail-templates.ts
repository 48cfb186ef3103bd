import { z } from 'zod';
import { Abilities, EmailAddress, Id, Timestamp } from './common.ts';

/** Who mail to a segment's people comes from; null fields fall back to the firm's MAIL_FROM. */
export const SegmentSender = z.object({
  segmentId: Id,
  fromName: z.string().nullable(),
  fromAddress: z.string().nullable(),
  /** The From header the segment's mail carries now. */
  effectiveFrom: z.string(),
  version: z.number().int(),
  abilities: Abilities('update'),
});
export type SegmentSender = z.infer<typeof SegmentSender>;

export const UpdateSegmentSender = z
  .object({
    // No quotes, angle brackets or line breaks: the name goes into a header.
    fromName: z
      .string()
      .trim()
      .min(1)
      .max(80)
      .regex(/^[^"<>\r\n\\]+$/, 'Use letters, digits and spaces only (no quotes or angle brackets).')
      .nullable(),
    fromAddress: EmailAddress.nullable(),
  })
  .strict();
export type UpdateSegmentSender = z.infer<typeof UpdateSegmentSender>;

export const DnsRecordCheck = z.enum(['ok', 'missing', 'mismatch', 'unreachable', 'unchecked']);
export const DnsRecord = z.object({
  kind: z.enum(['dkim', 'spf', 'dmarc']),
  type: z.literal('TXT'),
  name: z.string(),
  value: z.string(),
  /** What the domain's DNS answered when last checked. */
  status: DnsRecordCheck,
  found: z.array(z.string()),
});
export type DnsRecord = z.infer<typeof DnsRecord>;

export const SenderDns = z.object({
  /** The sending domain (of the segment's address, else of MAIL_FROM); null when there is none to sign for. */
  domain: z.string().nullable(),
  selector: z.string().nullable(),
  records: z.array(DnsRecord),
  /** False when no DNS server answered: the records could not be checked (the machine has no DNS). */
  dnsReachable: z.boolean().nullable(),
  checkedAt: Timestamp.nullable(),
});
export type SenderDns = z.infer<typeof SenderDns>;

export const MailTemplateLocale = z.enum(['en', 'de', 'fr', 'es']);
export type MailTemplateLocale = z.infer<typeof MailTemplateLocale>;
export const MailTemplateKey = z.string().regex(/^[a-z][a-zA-Z0-9]{0,40}$/);

export const MailTemplateSummary = z.object({
  key: z.string(),
  /** The languages this segment has its own version in. */
  editedLocales: z.array(MailTemplateLocale),
});
export const MailTemplateList = z.object({
  items: z.array(MailTemplateSummary),
  locales: z.array(MailTemplateLocale),
  abilities: Abilities('update'),
});
export type MailTemplateList = z.infer<typeof MailTemplateList>;

const TemplateText = z.string().max(20_000);
export const MailTemplateParts = z.object({
  subject: z.string().trim().min(1).max(500),
  html: TemplateText.min(1),
  text: TemplateText.min(1),
});
export type MailTemplateParts = z.infer<typeof MailTemplateParts>;

export const MailTemplate = MailTemplateParts.extend({
  key: z.string(),
  locale: MailTemplateLocale,
  /** False: this scope has no version of its own; what `defaults` holds is sent (see `inheritsFrom`). */
  edited: z.boolean(),
  /** What is sent without this scope's own version, and what a reset returns to. */
  defaults: MailTemplateParts,
  /**
   * Where `defaults` comes from: the firm-level version (a segment without its own, when the firm edited this email
   * in this language) or the built-in translation. The firm-level template itself always inherits the built-in one.
   */
  inheritsFrom: z.enum(['firm', 'default']),
  /**
   * The variables the template may use, with the sample values of the preview. A list (a thread's messages, a
   * digest's lines) is an array of items whose fields a `{% for item in list %}` loop prints as `{{ item.field }}`.
   */
  variables: z.record(
    z.string(),
    z.union([z.string(), z.number(), z.array(z.record(z.string(), z.union([z.string(), z.number()])))]),
  ),
  /** Variables the template must print in both parts (answer links); a template without them is refused. */
  required: z.array(z.string()),
  /** The reply-by-email marker is put above this email's body when it has a reply address (never editable). */
  replyMarker: z.boolean(),
  version: z.number().int(),
  updatedAt: Timestamp.nullable(),
  abilities: Abilities('update', 'reset', 'testSend'),
});
export type MailTemplate = z.infer<typeof MailTemplate>;

export const MailTemplatePreview = z.object({ subject: z.string(), html: z.string(), text: z.string() });
export type MailTemplatePreview = z.infer<typeof MailTemplatePreview>;
