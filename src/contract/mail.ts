import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

export const MailSummary = z.object({
  id: Id,
  createdAt: Timestamp,
  to: z.string(),
  subject: z.string(),
  status: z.enum(['sent', 'failed']),
});
export const MailMessage = MailSummary.extend({ text: z.string(), html: z.string(), error: z.string().nullable() });
export type MailSummary = z.infer<typeof MailSummary>;
export type MailMessage = z.infer<typeof MailMessage>;
