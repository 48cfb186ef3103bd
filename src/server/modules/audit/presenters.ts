import type { AuditEvent } from '../../../contract/index.ts';
import type { AuditRow } from './repository.ts';

export function presentAuditEvent(row: AuditRow): AuditEvent {
  return {
    id: row.id,
    occurredAt: row.occurred_at.toISOString(),
    action: row.action,
    actor: {
      type: row.actor_type,
      id: row.actor_user_id,
      serviceTokenId: row.actor_service_token_id,
      label: row.actor_label,
    },
    target: { type: row.target_type, id: row.target_id, label: row.target_label },
    accountId: row.account_id,
    ip: row.ip,
    userAgent: row.user_agent,
    details: row.details,
  };
}
