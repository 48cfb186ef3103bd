import type { Queryable } from '../../platform/db/index.ts';

// A data export belongs to one person: every query is scoped by the user id, except the retention sweep, which
// works on every person's expired exports by design.

export interface DataExportRow {
  id: string;
  user_id: string;
  status: 'pending' | 'ready' | 'failed';
  storage_key: string | null;
  size_bytes: string | number | null;
  requested_at: Date;
  ready_at: Date | null;
  expires_at: Date | null;
}

/** Inserts a pending export unless one is pending already (the unique index); returns the new row or null. */
export async function insertPendingDataExport(db: Queryable, row: { id: string; userId: string; now: Date }) {
  const { rows } = await db.query<DataExportRow>(
    `INSERT INTO data_exports (id, user_id, status, requested_at) VALUES ($1, $2, 'pending', $3)
     ON CONFLICT (user_id) WHERE status = 'pending' DO NOTHING RETURNING *`,
    [row.id, row.userId, row.now],
  );
  return rows[0] ?? null;
}

export async function findPendingDataExport(db: Queryable, userId: string) {
  const { rows } = await db.query<DataExportRow>(
    "SELECT * FROM data_exports WHERE user_id = $1 AND status = 'pending'",
    [userId],
  );
  return rows[0] ?? null;
}

export async function findLatestDataExport(db: Queryable, userId: string) {
  const { rows } = await db.query<DataExportRow>(
    'SELECT * FROM data_exports WHERE user_id = $1 ORDER BY requested_at DESC, id DESC LIMIT 1',
    [userId],
  );
  return rows[0] ?? null;
}

export async function findDataExportOfUser(db: Queryable, userId: string, exportId: string) {
  const { rows } = await db.query<DataExportRow>('SELECT * FROM data_exports WHERE id = $1 AND user_id = $2', [
    exportId,
    userId,
  ]);
  return rows[0] ?? null;
}

export async function markDataExportReady(
  db: Queryable,
  id: string,
  done: { storageKey: string; sizeBytes: number; now: Date; expiresAt: Date },
) {
  const { rowCount } = await db.query(
    `UPDATE data_exports SET status = 'ready', storage_key = $2, size_bytes = $3, ready_at = $4, expires_at = $5
      WHERE id = $1 AND status = 'pending'`,
    [id, done.storageKey, done.sizeBytes, done.now, done.expiresAt],
  );
  return (rowCount ?? 0) > 0;
}

export async function markDataExportFailed(db: Queryable, id: string) {
  await db.query("UPDATE data_exports SET status = 'failed' WHERE id = $1 AND status = 'pending'", [id]);
}

/** Expired exports whose file is still stored (any person's: the sweep runs for the whole portal). */
export async function listExpiredDataExports(db: Queryable, now: Date) {
  const { rows } = await db.query<{ id: string; storage_key: string }>(
    'SELECT id, storage_key FROM data_exports WHERE storage_key IS NOT NULL AND expires_at <= $1 LIMIT 500',
    [now],
  );
  return rows;
}

export async function forgetDataExportFile(db: Queryable, id: string) {
  await db.query('UPDATE data_exports SET storage_key = NULL WHERE id = $1', [id]);
}

/** Everything the export holds about one person, each list scoped by the person's id. */
export async function collectPersonalData(db: Queryable, userId: string) {
  const one = async (sql: string) => (await db.query(sql, [userId])).rows;
  return {
    profile: (
      await one(
        `SELECT id, email, name, phone, locale, time_zone, staff_role, totp_enabled_at IS NOT NULL AS two_factor_enabled,
                created_at, updated_at FROM users WHERE id = $1`,
      )
    )[0],
    memberships: await one(
      `SELECT m.account_id, a.name AS account_name, m.role, m.created_at
         FROM memberships m JOIN accounts a ON a.id = m.account_id WHERE m.user_id = $1 ORDER BY m.created_at`,
    ),
    messages: await one(
      `SELECT m.id, m.thread_id, m.account_id, m.body, m.source, m.created_at, m.edited_at
         FROM messages m WHERE m.author_id = $1 AND m.deleted_at IS NULL ORDER BY m.created_at`,
    ),
    tickets: await one(
      `SELECT t.thread_id AS id, t.number, th.subject, t.status, t.priority, t.channel, t.created_at, t.updated_at
         FROM tickets t JOIN threads th ON th.id = t.thread_id WHERE t.requester_id = $1 ORDER BY t.created_at`,
    ),
    sessions: await one(
      `SELECT id, ip, user_agent, created_at, last_seen_at, expires_at, revoked_at
         FROM sessions WHERE user_id = $1 ORDER BY created_at`,
    ),
    auditEvents: await one(
      `SELECT id, occurred_at, action, actor_label, target_type, target_label, ip, details
         FROM audit_events WHERE actor_user_id = $1 OR (target_type = 'user' AND target_id = $1::text)
        ORDER BY occurred_at, id`,
    ),
    notificationPreferences: await one('SELECT * FROM notification_preferences WHERE user_id = $1'),
    files: await one(
      `SELECT 'documents' AS source, v.id, v.name, v.storage_key, v.created_at FROM document_versions v
        WHERE v.uploaded_by = $1
       UNION ALL
       SELECT 'messages' AS source, a.id, a.name, a.storage_key, a.created_at FROM message_attachments a
        WHERE a.uploaded_by = $1 AND a.message_id IS NOT NULL
       ORDER BY created_at`,
    ),
  };
}
