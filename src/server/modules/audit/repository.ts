import type { AuditAction } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { currentRequest } from '../../platform/http/request-scope.ts';
import { newId } from '../../platform/ids.ts';

export interface AuditRow {
  id: string;
  occurred_at: Date;
  action: AuditAction;
  actor_type: 'person' | 'service_token' | 'system';
  actor_user_id: string | null;
  actor_service_token_id: string | null;
  actor_label: string | null;
  target_type: string | null;
  target_id: string | null;
  target_label: string | null;
  account_id: string | null;
  ip: string | null;
  user_agent: string | null;
  details: Record<string, unknown>;
}

export interface AuditEntry {
  action: AuditAction;
  actor?: { id: string; label: string } | null;
  target?: { type: string; id: string; label?: string | null } | null;
  accountId?: string | null;
  /** Default: the IP of the request being served, if any. */
  ip?: string | null;
  /** Default: the User-Agent of the request being served, if any. */
  userAgent?: string | null;
  details?: Record<string, unknown>;
  occurredAt: Date;
}

/**
 * Who the entry's actor is. Use cases pass `{ id: actor.userId, ... }` whoever calls; when the request is an
 * integration's, that id is its service token's (see `Actor.serviceToken`), recorded as such and never as a user.
 */
function actorColumnsOf(entry: AuditEntry) {
  const serviceToken = currentRequest()?.serviceToken;
  if (!entry.actor) return { type: 'system' as const, userId: null, serviceTokenId: null, label: null };
  if (serviceToken && entry.actor.id === serviceToken.id)
    return { type: 'service_token' as const, userId: null, serviceTokenId: serviceToken.id, label: serviceToken.name };
  return { type: 'person' as const, userId: entry.actor.id, serviceTokenId: null, label: entry.actor.label };
}

export async function insertAuditEvent(db: Queryable, entry: AuditEntry) {
  const request = currentRequest();
  const actor = actorColumnsOf(entry);
  await db.query(
    `INSERT INTO audit_events (id, occurred_at, action, actor_type, actor_user_id, actor_service_token_id, actor_label, target_type, target_id, target_label, account_id, ip, details, user_agent)
     VALUES ($1, $2, $3, $13, $4, $14, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      newId(entry.occurredAt.getTime()),
      entry.occurredAt,
      entry.action,
      actor.userId,
      actor.label,
      entry.target?.type ?? null,
      entry.target?.id ?? null,
      entry.target?.label ?? null,
      entry.accountId ?? null,
      entry.ip ?? request?.ip ?? null,
      JSON.stringify(entry.details ?? {}),
      entry.userAgent ?? request?.userAgent ?? null,
      actor.type,
      actor.serviceTokenId,
    ],
  );
}

/**
 * Many entries in one statement (the recurring run writes one per invoice of a batch): the same columns as
 * insertAuditEvent, entry by entry.
 */
export async function insertAuditEvents(db: Queryable, entries: readonly AuditEntry[]) {
  if (!entries.length) return;
  const request = currentRequest();
  const rows = entries.map((entry) => {
    const actor = actorColumnsOf(entry);
    return {
      id: newId(entry.occurredAt.getTime()),
      occurred_at: entry.occurredAt.toISOString(),
      action: entry.action,
      actor_type: actor.type,
      actor_user_id: actor.userId,
      actor_service_token_id: actor.serviceTokenId,
      actor_label: actor.label,
      target_type: entry.target?.type ?? null,
      target_id: entry.target?.id ?? null,
      target_label: entry.target?.label ?? null,
      account_id: entry.accountId ?? null,
      ip: entry.ip ?? request?.ip ?? null,
      details: entry.details ?? {},
      user_agent: entry.userAgent ?? request?.userAgent ?? null,
    };
  });
  await db.query(
    `INSERT INTO audit_events (id, occurred_at, action, actor_type, actor_user_id, actor_service_token_id, actor_label,
       target_type, target_id, target_label, account_id, ip, details, user_agent)
     SELECT id, occurred_at, action, actor_type, actor_user_id, actor_service_token_id, actor_label, target_type,
       target_id, target_label, account_id, ip, details, user_agent
     FROM jsonb_to_recordset($1::jsonb) AS e(id uuid, occurred_at timestamptz, action text, actor_type text,
       actor_user_id uuid, actor_service_token_id uuid, actor_label text, target_type text, target_id text,
       target_label text, account_id uuid, ip text, details jsonb, user_agent text)`,
    [JSON.stringify(rows)],
  );
}

export interface AuditFilter {
  action?: string;
  /** A user id or a service token id: either actor column matches. */
  actorId?: string;
  accountId?: string;
  from?: Date;
  to?: Date;
  after?: { occurredAt: Date; id: string };
  limit: number;
}

/** The audit log is portal-wide and read by staff admins only, so it takes no account scope. */
export async function listAuditEvents(db: Queryable, filter: AuditFilter): Promise<AuditRow[]> {
  const { rows } = await db.query<AuditRow>(
    `SELECT * FROM audit_events
     WHERE ($1::text IS NULL OR action = $1)
       AND ($2::uuid IS NULL OR actor_user_id = $2 OR actor_service_token_id = $2)
       AND ($3::uuid IS NULL OR account_id = $3)
       AND ($4::timestamptz IS NULL OR occurred_at >= $4)
       AND ($5::timestamptz IS NULL OR occurred_at < $5)
       AND ($6::timestamptz IS NULL OR (occurred_at, id) < ($6, $7::uuid))
     ORDER BY occurred_at DESC, id DESC
     LIMIT $8`,
    [
      filter.action ?? null,
      filter.actorId ?? null,
      filter.accountId ?? null,
      filter.from ?? null,
      filter.to ?? null,
      filter.after?.occurredAt ?? null,
      filter.after?.id ?? null,
      filter.limit + 1,
    ],
  );
  return rows;
}
