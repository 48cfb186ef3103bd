import type { OutgoingMail } from './index.ts';

/**
 * A secret a mail carries (the token of a reset, sign-in, invitation or rating link), marked by the code that builds
 * the mail: the mailer knows exactly what to hide, rather than guessing from the text. `expiresAt` is when the secret
 * stops working; the development outbox shows the link until then.
 */
export interface MailSecret {
  value: string;
  expiresAt: Date;
}

export const REDACTED = '[redacted]';

/** The stored copy of a mail: what was sent, with every marked secret replaced by `[redacted]`. */
export interface RecordedMail {
  text: string;
  html: string;
  replyTo: string | null;
  headers: Record<string, string> | null;
}

function redactString(value: string, secrets: readonly MailSecret[]): string {
  let redacted = value;
  // Longest first, so a secret that contains another is replaced whole.
  for (const secret of [...secrets].sort((a, b) => b.value.length - a.value.length)) {
    if (secret.value.length > 0) redacted = redacted.split(secret.value).join(REDACTED);
  }
  return redacted;
}

export function recordedCopy(mail: OutgoingMail, secrets: readonly MailSecret[] = mail.secrets ?? []): RecordedMail {
  return {
    text: redactString(mail.text, secrets),
    html: redactString(mail.html, secrets),
    replyTo: mail.replyTo ? redactString(mail.replyTo, secrets) : null,
    headers: mail.headers
      ? Object.fromEntries(Object.entries(mail.headers).map(([name, value]) => [name, redactString(value, secrets)]))
      : null,
  };
}

/** When the first of the mail's secrets stops working (null: it carries none): the outbox shows none after it. */
export function secretsExpireAt(secrets: readonly MailSecret[] | undefined): Date | null {
  if (!secrets?.length) return null;
  return new Date(Math.min(...secrets.map((secret) => secret.expiresAt.getTime())));
}
