import type { MailMessage, MailSummary } from '../../../contract/index.ts';
import type { MailRow } from './repository.ts';

export function presentMailSummary(row: MailRow): MailSummary {
  return {
    id: row.id,
    createdAt: row.created_at.toISOString(),
    to: row.to_address,
    subject: row.subject,
    status: row.status,
  };
}

/** The mail as recorded (secrets redacted), or as sent while its links still work (development driver only). */
export function presentMail(row: MailRow, now: Date): MailMessage {
  const live = row.unredacted && row.unredacted_until && row.unredacted_until > now ? row.unredacted : null;
  return {
    ...presentMailSummary(row),
    text: live?.text ?? row.text_body,
    html: live?.html ?? row.html_body,
    error: row.error,
    replyTo: live ? live.replyTo : row.reply_to,
    headers: live ? live.headers : row.headers,
    from: row.from_address,
  };
}
