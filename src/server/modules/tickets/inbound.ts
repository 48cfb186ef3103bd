import { MESSAGE_BODY_MAX } from '../../../contract/index.ts';

/* Email intake: the pure rules (addresses, subject, body). Its SQL is in repository-inbound.ts. */

/** support@<INBOUND_EMAIL_DOMAIN>, plus the portal's own support address when it is configured. */
export function supportAddresses(domain: string, portalSupportEmail: string | null): string[] {
  return [`support@${domain}`, ...(portalSupportEmail ? [portalSupportEmail.trim().toLowerCase()] : [])];
}

/** The ticket number a subject refers to: "Re: Printer jam [#1234]" -> 1234. */
export function ticketNumberInSubject(subject: string): number | null {
  const match = /\[#(\d{1,12})\]/.exec(subject);
  if (!match) return null;
  const value = Number(match[1]);
  return Number.isSafeInteger(value) ? value : null;
}

export const NO_SUBJECT = '(no subject)';

/** A ticket subject from a mail subject: one line, trimmed, at most 200 characters (CreateTicket's limit). */
export function ticketSubjectOf(subject: string): string {
  const line = subject.replace(/\s+/g, ' ').trim();
  return line ? line.slice(0, 200) : NO_SUBJECT;
}

/** "Re: <subject>" for a follow-up to a closed ticket, within the same 200 characters. */
export function followUpSubject(subject: string): string {
  return ticketSubjectOf(/^re:/i.test(subject.trim()) ? subject : `Re: ${subject}`);
}

export const TRUNCATED_NOTE = '\n\n[The email was longer than the portal keeps; the rest was cut off.]';

/** A body within MESSAGE_BODY_MAX: a long email is cut with a note, never refused (no mail is lost for it). */
export function boundedBody(text: string): string {
  if (text.length <= MESSAGE_BODY_MAX) return text;
  return text.slice(0, MESSAGE_BODY_MAX - TRUNCATED_NOTE.length).trimEnd() + TRUNCATED_NOTE;
}

/** A person's name from the From header: the display name, else the local part made readable ("dana.diaz" -> "Dana Diaz"). */
export function personNameOf(displayName: string | null, email: string): string {
  const cleaned = (displayName ?? '').replace(/["<>]/g, '').replace(/\s+/g, ' ').trim();
  if (cleaned && !cleaned.includes('@')) return cleaned.slice(0, 100);
  const local = email.split('@')[0] ?? email;
  const words = local
    .split(/[._+-]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  return (words.join(' ') || local).slice(0, 100);
}
