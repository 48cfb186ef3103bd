import type { Queryable } from '../../platform/db/index.ts';
import { timestampKey } from '../../platform/http/pagination.ts';

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

const PAGE_ROWS = 500;

/**
 * One list of the person's rows, read in keyset pages of PAGE_ROWS (never the whole list at once, so the export's
 * memory stays flat however many messages a person wrote). `sql` selects from one table aliased `x`, with the
 * person's id as $1 in its WHERE; pages are ordered by (`at`, `x.id`), times compared at microsecond precision.
 */
async function* pagesOf(db: Queryable, userId: string, sql: string, at: string): AsyncGenerator<object[]> {
  let after: [string, string] | null = null;
  for (;;) {
    const result: { rows: Record<string, unknown>[] } = await db.query<Record<string, unknown>>(
      `${sql} AND ($2::timestamptz IS NULL OR (${at}, x.id) > ($2::timestamptz, $3::uuid))
       ORDER BY ${at}, x.id LIMIT ${PAGE_ROWS}`,
      [userId, after?.[0] ?? null, after?.[1] ?? null],
    );
    const rows = result.rows;
    if (!rows.length) return;
    const last: Record<string, unknown> = rows[rows.length - 1]!;
    after = [String(last.page_at), String(last.id)];
    yield rows.map(({ page_at: _at, ...row }: Record<string, unknown>) => row);
    if (rows.length < PAGE_ROWS) return;
  }
}

const pageAt = (column: string) => `${timestampKey(column)} AS page_at`;

/**
 * Everything the export holds about one person, each list scoped by the person's id. The small parts (profile,
 * memberships, preferences) are read at once; the lists that grow with a person's activity come as page streams.
 */
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
    notificationPreferences: await one('SELECT * FROM notification_preferences WHERE user_id = $1'),
  };
}

/** The growing lists of the export, in the zip's order: each a stream of pages, read only when the zip reaches it. */
export function personalDataPages(db: Queryable, userId: string) {
  return {
    messages: () =>
      pagesOf(
        db,
        userId,
        `SELECT x.id, x.thread_id, x.account_id, x.body, x.source, x.created_at, x.edited_at, ${pageAt('x.created_at')}
           FROM messages x WHERE x.author_id = $1 AND x.deleted_at IS NULL`,
        'x.created_at',
      ),
    tickets: () =>
      pagesOf(
        db,
        userId,
        `SELECT x.id, t.number, x.subject, t.status, t.priority, t.channel, t.created_at, t.updated_at,
                ${pageAt('t.created_at')}
           FROM tickets t JOIN threads x ON x.id = t.thread_id WHERE t.requester_id = $1`,
        't.created_at',
      ),
    sessions: () =>
      pagesOf(
        db,
        userId,
        `SELECT x.id, x.ip, x.user_agent, x.created_at, x.last_seen_at, x.expires_at, x.revoked_at,
                ${pageAt('x.created_at')}
           FROM sessions x WHERE x.user_id = $1`,
        'x.created_at',
      ),
    auditEvents: () =>
      pagesOf(
        db,
        userId,
        `SELECT x.id, x.occurred_at, x.action, x.actor_label, x.target_type, x.target_label, x.ip, x.details,
                ${pageAt('x.occurred_at')}
           FROM audit_events x WHERE (x.actor_user_id = $1 OR (x.target_type = 'user' AND x.target_id = $1::text))`,
        'x.occurred_at',
      ),
    documentFiles: () =>
      pagesOf(
        db,
        userId,
        `SELECT 'documents' AS source, x.id, x.name, x.storage_key, x.created_at, ${pageAt('x.created_at')}
           FROM document_versions x WHERE x.uploaded_by = $1`,
        'x.created_at',
      ),
    messageFiles: () =>
      pagesOf(
        db,
        userId,
        `SELECT 'messages' AS source, x.id, x.name, x.storage_key, x.created_at, ${pageAt('x.created_at')}
           FROM message_attachments x WHERE x.uploaded_by = $1 AND x.message_id IS NOT NULL`,
        'x.created_at',
      ),
  };
}
