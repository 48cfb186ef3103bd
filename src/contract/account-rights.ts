import { z } from 'zod';
import { EmailAddress, Timestamp } from './common.ts';

/** Issue 16, account management: a person changes their own email with a code sent to the new address. */
export const RequestEmailChange = z.object({ newEmail: EmailAddress }).strict();
export type RequestEmailChange = z.infer<typeof RequestEmailChange>;

export const ConfirmEmailChange = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, 'Enter the 6-digit code from the email'),
  })
  .strict();
export type ConfirmEmailChange = z.infer<typeof ConfirmEmailChange>;

export const UndoEmailChange = z.object({ token: z.string().min(16).max(200) }).strict();

/** The change waiting for its code, if any. */
export const PendingEmailChange = z.object({
  pending: z.object({ newEmail: z.string(), expiresAt: Timestamp }).nullable(),
});
export type PendingEmailChange = z.infer<typeof PendingEmailChange>;

/** A person's export of their own data (GDPR Art. 15/20). */
export const DataExport = z.object({
  id: z.string(),
  status: z.enum(['pending', 'ready', 'failed']),
  requestedAt: Timestamp,
  readyAt: Timestamp.nullable(),
  expiresAt: Timestamp.nullable(),
  sizeBytes: z.number().int().nullable(),
  downloadUrl: z.string().nullable(),
});
export type DataExport = z.infer<typeof DataExport>;
export const LatestDataExport = z.object({ export: DataExport.nullable() });
export type LatestDataExport = z.infer<typeof LatestDataExport>;
