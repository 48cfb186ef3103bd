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
}

const addresses = (value: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : [])
    .flatMap((object) => object.value.map((entry) => entry.address?.toLowerCase() ?? ''))
    .filter(Boolean);

export async function parseInboundMail(raw: Buffer, envelopeRecipients: string[] = []): Promise<InboundMail> {
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
    text: parsed.text ?? '',
    attachments: parsed.attachments
      .filter((file) => file.contentDisposition !== 'inline' || file.filename)
      .map((file) => ({ name: file.filename ?? 'attachment', contentType: file.contentType, bytes: file.content })),
    autoSubmitted: typeof auto === 'string' && auto.toLowerCase() !== 'no',
    subject: parsed.subject ?? '',
    fromName: parsed.from?.value[0]?.name?.trim() || null,
    bulk,
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
