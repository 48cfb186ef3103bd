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

export function presentMail(row: MailRow): MailMessage {
  return {
    ...presentMailSummary(row),
    text: row.text_body,
    html: row.html_body,
    error: row.error,
    replyTo: row.reply_to,
    headers: row.headers,
  };
}
