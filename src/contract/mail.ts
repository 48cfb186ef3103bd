import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

export const MailSummary = z.object({
  id: Id,
  createdAt: Timestamp,
  to: z.string(),
  subject: z.string(),
  status: z.enum(['sent', 'failed']),
});
export const MailMessage = MailSummary.extend({
  text: z.string(),
  html: z.string(),
  error: z.string().nullable(),
  /** Reply-To of notification emails (reply by email); null for the others. */
  replyTo: z.string().nullable(),
  headers: z.record(z.string(), z.string()).nullable(),
  /** The From it went out with (the segment's sender, else MAIL_FROM); null for mail recorded before 0057. */
  from: z.string().nullable().optional(),
});
export type MailSummary = z.infer<typeof MailSummary>;
export type MailMessage = z.infer<typeof MailMessage>;
