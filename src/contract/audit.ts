import { z } from 'zod';
import { Id, ListQuery, Timestamp } from './common.ts';

export const AUDIT_ACTIONS = [
  'sign_in.succeeded',
  'sign_in.failed',
  'sign_in.locked',
  'sign_out',
  'magic_link.requested',
  'password.changed',
  'password.reset_requested',
  'password.reset',
  'two_factor.enabled',
  'two_factor.disabled',
  'two_factor.recovery_codes_regenerated',
  'two_factor.recovery_code_used',
  'session.revoked',
  'session.reauthenticated',
  'invitation.created',
  'invitation.accepted',
  'invitation.revoked',
  'membership.role_changed',
  'membership.removed',
  'staff.role_changed',
  'staff.assignments_changed',
  'staff.removed',
  'settings.updated',
  'segment.created',
  'segment.updated',
  'account.created',
  'account.updated',
  'user.created',
  'api_token.created',
  'api_token.revoked',
  'inbound_email.rejected',
  'kb_article.created',
  'kb_article.updated',
  'kb_category.created',
  'kb_category.updated',
  'business_calendar.created',
  'business_calendar.updated',
  'business_calendar.deleted',
  'sla_policy.created',
  'sla_policy.updated',
  'sla_policy.deleted',
  'message.deleted',
  'access.denied',
  'access.csrf_failed',
  'access.probing',
  'export.tickets_csv',
  'export.documents_zip',
  'export.thread',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditEvent = z.object({
  id: Id,
  occurredAt: Timestamp,
  action: AuditAction,
  actor: z.object({ id: Id.nullable(), label: z.string().nullable() }),
  target: z.object({ type: z.string().nullable(), id: z.string().nullable(), label: z.string().nullable() }),
  accountId: Id.nullable(),
  ip: z.string().nullable(),
  /** The User-Agent of the request behind the event (null for system events and old rows). */
  userAgent: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AuditListQuery = ListQuery.extend({
  action: AuditAction.optional(),
  actorId: Id.optional(),
  accountId: Id.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type AuditListQuery = z.infer<typeof AuditListQuery>;
