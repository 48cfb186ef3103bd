import type { AddressObject } from 'mailparser';

export interface InboundMail {
  from: string | null;
  /** Every recipient address we could see: envelope RCPT TO first, then To, Cc, Delivered-To, X-Original-To. */
  recipients: string[];
  /**
   * The To and Cc addresses as the sender wrote them (no envelope, no Delivered-To): the people the mail was
   * also sent to, for ticket intake to copy on the ticket.
   */
  addressees: string[];
  messageId: string | null;
  /** The plain-text part, or the HTML part converted to text when the mail has no plain-text part. */
  text: string;
  attachments: { name: string; contentType: string; bytes: Buffer }[];
  autoSubmitted: boolean;
  /** Subject as written (decoded), '' when missing. */
  subject: string;
  /** The From display name, if any ("Alice Archer" of "Alice Archer <alice@...>"). */
  fromName: string | null;
  /**
   * Other signs of a machine-sent message than Auto-Submitted: Precedence bulk/junk/list/auto_reply,
   * X-Autoreply / X-Autorespond, a delivery report (multipart/report) or a MAILER-DAEMON / postmaster sender.
   */
  bulk: boolean;
  /** The message as received (kept as original.eml when its text is longer than a message holds). */
  raw: Buffer;
}

/**
 * HTML to readable text (html-to-text: paragraphs, line breaks, lists, tables), for mail that has no plain-text part.
 * mailparser converts an HTML-only body by itself only when the mail has no attachment, which refused an HTML-only
 * mail with a PDF as empty. Links keep their text; image placeholders and link targets add nothing a reader needs.
 * Loaded at the first HTML-only mail, like mailparser, not at every start.
 */
export async function htmlToText(html: string): Promise<string> {
  const { convert } = await import('html-to-text');
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
    ],
  }).trim();
}

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'text/plain': 'txt',
  'message/rfc822': 'eml',
};

/** A name for a part sent without one (an image pasted into the mail): never dropped for lacking a name. */
function unnamedPart(contentType: string, index: number) {
  return `attachment-${index + 1}.${EXTENSIONS[contentType.toLowerCase()] ?? 'bin'}`;
}

const addresses = (value: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : [])
    .flatMap((object) => object.value.map((entry) => entry.address?.toLowerCase() ?? ''))
    .filter(Boolean);

/**
 * One parse per received message: the limit check and the handlers (tickets, then conversations) all read it, and
 * a 30 MiB mail is worth parsing once. Keyed by the buffer, so it goes when the message does.
 */
const parsedMessages = new WeakMap<Buffer, Map<string, Promise<InboundMail>>>();

export function parseInboundMail(raw: Buffer, envelopeRecipients: string[] = []): Promise<InboundMail> {
  const byEnvelope = parsedMessages.get(raw) ?? new Map<string, Promise<InboundMail>>();
  parsedMessages.set(raw, byEnvelope);
  const key = envelopeRecipients.join('\n');
  let parsed = byEnvelope.get(key);
  if (!parsed) {
    parsed = parseOnce(raw, envelopeRecipients);
    byEnvelope.set(key, parsed);
  }
  return parsed;
}

async function parseOnce(raw: Buffer, envelopeRecipients: string[]): Promise<InboundMail> {
  // Loaded at the first inbound mail (~0.7 s to import), not at every start.
  const { simpleParser } = await import('mailparser');
  const parsed = await simpleParser(raw, { skipHtmlToText: false, skipTextLinks: true });
  const headerAddresses = ['delivered-to', 'x-original-to'].flatMap((name) => {
    const value = parsed.headers.get(name);
    return typeof value === 'string'
      ? [
          value
            .toLowerCase()
            .replace(/^.*<|>.*$/g, '')
            .trim(),
        ]
      : [];
  });
  const auto = parsed.headers.get('auto-submitted');
  const header = (name: string) => {
    const value = parsed.headers.get(name);
    return typeof value === 'string' ? value.toLowerCase() : '';
  };
  const contentType = parsed.headers.get('content-type');
  const from = addresses(parsed.from)[0] ?? null;
  const bulk =
    /^(bulk|junk|list|auto_reply)$/.test(header('precedence').trim()) ||
    parsed.headers.has('x-autoreply') ||
    parsed.headers.has('x-autorespond') ||
    (typeof contentType === 'object' &&
      contentType !== null &&
      'value' in contentType &&
      String(contentType.value).toLowerCase() === 'multipart/report') ||
    (from !== null && /^(mailer-daemon|postmaster)@/.test(from));
  return {
    from: addresses(parsed.from)[0] ?? null,
    recipients: [
      ...new Set([
        ...envelopeRecipients.map((r) => r.toLowerCase()),
        ...addresses(parsed.to),
        ...addresses(parsed.cc),
        ...headerAddresses,
      ]),
    ],
    addressees: [...new Set([...addresses(parsed.to), ...addresses(parsed.cc)])],
    messageId: parsed.messageId ?? null,
    text: parsed.text?.trim() ? parsed.text : typeof parsed.html === 'string' ? await htmlToText(parsed.html) : '',
    // Every part, inline ones too (a pasted screenshot is often the point of the mail).
    attachments: parsed.attachments.map((file, index) => ({
      name: file.filename ?? unnamedPart(file.contentType, index),
      contentType: file.contentType,
      bytes: file.content,
    })),
    autoSubmitted: typeof auto === 'string' && auto.toLowerCase() !== 'no',
    subject: parsed.subject ?? '',
    fromName: parsed.from?.value[0]?.name?.trim() || null,
    bulk,
    raw,
  };
}

/**
 * The new part of a reply: everything above our marker, the first "On ... wrote:" line, a quoted block ("> ")
 * or an Outlook header block; then a signature after "-- " is dropped. Heuristics, like every mail product's.
 */
export function stripQuotedReply(text: string, marker: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const kept: string[] = [];
  for (const [index, line] of lines.entries()) {
    const trimmed = line.trim();
    if (trimmed.includes(marker.slice(3, 30))) break;
    if (/^On .+wrote:\s*$/i.test(trimmed) || (/^On .+,.+$/i.test(trimmed) && /wrote/i.test(trimmed))) break;
    // Gmail wraps a long attribution ("On ..., Name <\naddress> wrote:") over two or three lines.
    if (/^On\s/i.test(trimmed) && /\bwrote:\s*$/i.test(lines.slice(index, index + 3).join(' '))) break;
    if (
      /^-{2,}\s*Original Message\s*-{2,}$/i.test(trimmed) ||
      (/^From:\s.+/i.test(trimmed) && kept.length > 0 && kept[kept.length - 1]!.trim() === '')
    )
      break;
    if (/^_{10,}$/.test(trimmed)) break;
    if (trimmed.startsWith('>')) break;
    if (line === '-- ' || trimmed === '--' || /^Sent from my /i.test(trimmed)) break;
    kept.push(line);
  }
  return kept.join('\n').trim();
}
