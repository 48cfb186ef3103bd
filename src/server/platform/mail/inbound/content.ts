import type { InboundMail } from './parse.ts';
import { stripQuotedReply } from './parse.ts';

export interface InboundLimits {
  /** INBOUND_MAX_MESSAGE_BYTES: the whole message as received. */
  maxMessageBytes: number;
  /** INBOUND_MAX_ATTACHMENTS: parts kept as files. */
  maxAttachments: number;
  /** One file's bytes (the attachment limit of messages). */
  maxAttachmentBytes: number;
}

/**
 * Why a mail cannot be stored whole, or null. Checked before the mail is acknowledged: the SMTP listener answers
 * 552 with the reason and the webhook 413, so the sender learns it was not delivered (never 250 and then a part
 * silently dropped).
 */
export function inboundLimitProblem(raw: Buffer, mail: InboundMail | null, limits: InboundLimits): string | null {
  if (raw.length > limits.maxMessageBytes)
    return `Message too large: ${raw.length} bytes, at most ${limits.maxMessageBytes} accepted`;
  if (!mail) return null;
  if (mail.attachments.length > limits.maxAttachments)
    return `Too many attachments: ${mail.attachments.length}, at most ${limits.maxAttachments} accepted`;
  const big = mail.attachments.find((file) => file.bytes.length > limits.maxAttachmentBytes);
  if (big)
    return `Attachment too large: ${big.name} has ${big.bytes.length} bytes, at most ${limits.maxAttachmentBytes}`;
  return null;
}

export interface MailFile {
  name: string;
  contentType: string;
  bytes: Buffer;
}

export const FULL_TEXT_FILE = 'message.txt';
export const ORIGINAL_FILE = 'original.eml';
export const CUT_NOTE = `\n\n[This email is longer than a message shows; the full text is attached as ${FULL_TEXT_FILE} and the original email as ${ORIGINAL_FILE}.]`;

/**
 * A mail as a message: its own words (quoted history and signature dropped) and every file. A text longer than a
 * message holds is cut for display with a note, and stored whole beside it: the full text as message.txt and the
 * message as received as original.eml, both files of the same message, so nothing the sender wrote is lost.
 */
export function inboundContent(
  mail: InboundMail,
  marker: string,
  bodyMax: number,
): { body: string; files: MailFile[] } {
  const body = stripQuotedReply(mail.text, marker);
  const files: MailFile[] = mail.attachments.map((file) => ({ ...file }));
  if (body.length <= bodyMax) return { body, files };
  files.push(
    { name: FULL_TEXT_FILE, contentType: 'text/plain', bytes: Buffer.from(body, 'utf8') },
    { name: ORIGINAL_FILE, contentType: 'message/rfc822', bytes: mail.raw },
  );
  return { body: body.slice(0, bodyMax - CUT_NOTE.length).trimEnd() + CUT_NOTE, files };
}
