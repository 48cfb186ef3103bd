import { z } from 'zod';
import { Abilities, BuiltModuleName, Id, ModuleName, Timestamp } from './common.ts';
import { DefaultLanguage } from './languages.ts';

export const SegmentKind = z.enum(['client_workspaces', 'self_service']);
// 'sso': the segment's people sign in with its single sign-on provider (modules/sso).
export const SignInMethod = z.enum(['password', 'magic_link', 'sso']);

export const UnknownSenderPolicy = z.enum(['create_customer', 'reject']);

export const Segment = z.object({
  id: Id,
  name: z.string(),
  kind: SegmentKind,
  modules: z.array(ModuleName),
  signInMethods: z.array(SignInMethod),
  requireTwoFactor: z.boolean(),
  /** Tickets: account admins see every ticket of their account (not only their own and those they are copied on). */
  ticketsVisibleToAccountAdmins: z.boolean(),
  /** Tickets: mail to the support address from someone unknown creates a customer (and account) or is rejected. */
  unknownSenderPolicy: UnknownSenderPolicy,
  /** Messages: minutes during which people of this segment may edit or delete their own message (0 = never). */
  messageEditMinutes: z.number().int(),
  /** The language of this segment's people who chose none (null: the browser's, then the portal's). */
  defaultLanguage: z.string().nullable(),
  accountCount: z.number().int(),
  createdAt: Timestamp,
  version: z.number().int(),
  abilities: Abilities('update'),
});
export type Segment = z.infer<typeof Segment>;

const EDIT_MINUTES_HINT = 'Enter whole minutes from 0 (never) to 10080 (a week).';
const MessageEditMinutes = z
  .number({ error: EDIT_MINUTES_HINT })
  .int(EDIT_MINUTES_HINT)
  .min(0, EDIT_MINUTES_HINT)
  .max(10080, EDIT_MINUTES_HINT);

const SegmentFields = z.object({
  name: z.string().trim().min(1).max(80),
  kind: SegmentKind,
  // Only modules this build has: switching on one that does nothing would promise what the portal cannot keep.
  modules: z
    .array(BuiltModuleName)
    .max(10)
    .transform((list) => [...new Set(list)]),
  signInMethods: z
    .array(SignInMethod)
    .min(1, 'Allow at least one sign-in method')
    .transform((list) => [...new Set(list)]),
  requireTwoFactor: z.boolean(),
  ticketsVisibleToAccountAdmins: z.boolean(),
  unknownSenderPolicy: UnknownSenderPolicy,
  messageEditMinutes: MessageEditMinutes,
  defaultLanguage: DefaultLanguage.nullable(),
});
export const CreateSegment = SegmentFields.extend({
  ticketsVisibleToAccountAdmins: z.boolean().default(false),
  unknownSenderPolicy: UnknownSenderPolicy.default('reject'),
  messageEditMinutes: MessageEditMinutes.default(15),
  defaultLanguage: DefaultLanguage.nullable().default(null),
}).strict();
export const UpdateSegment = SegmentFields.partial().strict();
export type CreateSegment = z.infer<typeof CreateSegment>;
export type UpdateSegment = z.infer<typeof UpdateSegment>;
