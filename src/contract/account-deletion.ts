import { z } from 'zod';
import { Abilities, Id, ListQuery, Timestamp } from './common.ts';

/** Issue 16, GDPR Art. 17: a person's request to be erased, its grace period, and what may block it. */
export const DeletionRequestStatus = z.enum(['scheduled', 'cancelled', 'completed']);
export type DeletionRequestStatus = z.infer<typeof DeletionRequestStatus>;

/** Why the erasure waits past its date: a legal hold on one of the person's accounts, or an unpaid invoice. */
export const DeletionBlock = z.object({
  code: z.enum(['legal_hold', 'unpaid_invoice']),
  reason: z.string(),
  at: Timestamp,
});

export const DeletionRequest = z.object({
  id: Id,
  status: DeletionRequestStatus,
  requestedAt: Timestamp,
  /** When the erasure runs (the end of the grace period); the sweep runs it on its next pass after this. */
  scheduledFor: Timestamp,
  /** True when staff started it (on the person's request by other means: a letter, a phone call). */
  requestedByStaff: z.boolean(),
  cancelledAt: Timestamp.nullable(),
  completedAt: Timestamp.nullable(),
  blocked: DeletionBlock.nullable(),
  abilities: Abilities('cancel'),
});
export type DeletionRequest = z.infer<typeof DeletionRequest>;

/** The caller's own request (null when none is open) and the grace period a new one would get. */
export const MyDeletionRequest = z.object({
  request: DeletionRequest.nullable(),
  graceDays: z.number().int(),
});
export type MyDeletionRequest = z.infer<typeof MyDeletionRequest>;

/** A legal hold standing over a person: on them (`account` null) or on one of their accounts. */
export const DeletionHold = z.object({
  account: z.object({ id: Id, name: z.string() }).nullable(),
  reason: z.string(),
  setAt: Timestamp,
});
export type DeletionHold = z.infer<typeof DeletionHold>;

/**
 * In the console: the request with the person it is about (their name and email until the erasure), and the legal
 * holds standing over them now (the erasure waits past its date while any stands).
 */
export const StaffDeletionRequest = DeletionRequest.extend({
  person: z.object({ id: Id, name: z.string(), email: z.string() }),
  holds: z.array(DeletionHold),
});
export type StaffDeletionRequest = z.infer<typeof StaffDeletionRequest>;

export const DeletionRequestListQuery = ListQuery.extend({ status: DeletionRequestStatus.optional() });
export type DeletionRequestListQuery = z.infer<typeof DeletionRequestListQuery>;

export const LegalHoldInput = z
  .object({
    reason: z.string().trim().min(1, 'Say why the hold is placed.').max(500, 'Keep the reason under 500 characters.'),
  })
  .strict();
export type LegalHoldInput = z.infer<typeof LegalHoldInput>;
export const LegalHold = z.object({
  accountId: Id,
  hold: z.object({ reason: z.string(), setAt: Timestamp }).nullable(),
});
export type LegalHold = z.infer<typeof LegalHold>;

/** A legal hold on one person: none of their data is erased while it stands, whatever their accounts. */
export const PersonLegalHold = z.object({
  userId: Id,
  hold: z.object({ reason: z.string(), setAt: Timestamp }).nullable(),
});
export type PersonLegalHold = z.infer<typeof PersonLegalHold>;

/** The console's data-rights panel of an account: its hold, and each customer's hold and open deletion request. */
export const AccountDataRights = z.object({
  accountId: Id,
  hold: z.object({ reason: z.string(), setAt: Timestamp }).nullable(),
  people: z.array(
    z.object({
      id: Id,
      name: z.string(),
      email: z.string(),
      hold: z.object({ reason: z.string(), setAt: Timestamp }).nullable(),
      deletionRequest: z.object({ id: Id, scheduledFor: Timestamp }).nullable(),
      abilities: Abilities('placeHold', 'liftHold', 'startDeletion'),
    }),
  ),
  abilities: Abilities('placeHold', 'liftHold'),
});
export type AccountDataRights = z.infer<typeof AccountDataRights>;
