import type { Queryable } from '../../platform/db/index.ts';
import type { FieldDefinition } from './custom-fields.ts';

/*
 * SQL of the portal-wide ticket configuration: fields per segment, groups, saved views, canned replies,
 * settings. None of it belongs to an account, so there is no account scope here; routes decide who may call.
 */

export interface FieldRow extends FieldDefinition {
  segment_id: string;
  position: number;
}

export async function fieldsOfSegment(
  db: Queryable,
  segmentId: string,
  customerVisibleOnly = false,
): Promise<FieldRow[]> {
  const { rows } = await db.query<FieldRow>(
    `SELECT id, segment_id, label, type, options, required, customer_visible, position FROM ticket_fields
     WHERE segment_id = $1 AND archived_at IS NULL AND (NOT $2::boolean OR customer_visible) ORDER BY position, lower(label), id`,
    [segmentId, customerVisibleOnly],
  );
  return rows;
}

export async function findField(db: Queryable, id: string): Promise<FieldRow | null> {
  const { rows } = await db.query<FieldRow>(
    'SELECT id, segment_id, label, type, options, required, customer_visible, position FROM ticket_fields WHERE id = $1 AND archived_at IS NULL',
    [id],
  );
  return rows[0] ?? null;
}

export async function insertField(
  db: Queryable,
  f: {
    id: string;
    segmentId: string;
    label: string;
    type: string;
    options: string[];
    required: boolean;
    customerVisible: boolean;
    position: number;
  },
) {
  await db.query(
    'INSERT INTO ticket_fields (id, segment_id, label, type, options, required, customer_visible, position) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [f.id, f.segmentId, f.label, f.type, f.options, f.required, f.customerVisible, f.position],
  );
}

export async function updateField(
  db: Queryable,
  id: string,
  f: { label: string; options: string[]; required: boolean; customerVisible: boolean; position: number },
) {
  await db.query(
    'UPDATE ticket_fields SET label = $2, options = $3, required = $4, customer_visible = $5, position = $6 WHERE id = $1',
    [id, f.label, f.options, f.required, f.customerVisible, f.position],
  );
}

/** Archived, not deleted: values already stored on tickets keep their meaning for reports and exports. */
export async function archiveField(db: Queryable, id: string, now: Date) {
  await db.query('UPDATE ticket_fields SET archived_at = $2 WHERE id = $1', [id, now]);
}

/** Whether the segment has the tickets module and one of `accountIds` (the caller's scope) in it. */
export async function ticketSegmentInScope(db: Queryable, accountIds: string[], segmentId: string) {
  const { rows } = await db.query(
    "SELECT 1 FROM accounts a JOIN segments s ON s.id = a.segment_id WHERE a.id = ANY($1::uuid[]) AND s.id = $2 AND 'tickets' = ANY(s.modules) LIMIT 1",
    [accountIds, segmentId],
  );
  return rows.length > 0;
}

export async function segmentExists(db: Queryable, segmentId: string) {
  const { rows } = await db.query('SELECT 1 FROM segments WHERE id = $1', [segmentId]);
  return rows.length > 0;
}

export interface GroupRow {
  id: string;
  name: string;
  members: { id: string; name: string }[] | null;
}

const selectGroups = `SELECT g.id, g.name, (SELECT json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY u.name, u.id)
  FROM ticket_group_members gm JOIN users u ON u.id = gm.user_id WHERE gm.group_id = g.id) AS members FROM ticket_groups g`;

export async function listGroups(db: Queryable): Promise<GroupRow[]> {
  return (await db.query<GroupRow>(`${selectGroups} ORDER BY lower(g.name), g.id`)).rows;
}

export async function findGroup(db: Queryable, id: string): Promise<GroupRow | null> {
  return (await db.query<GroupRow>(`${selectGroups} WHERE g.id = $1`, [id])).rows[0] ?? null;
}

export async function groupNameTaken(db: Queryable, name: string, exceptId: string | null) {
  const { rows } = await db.query(
    'SELECT 1 FROM ticket_groups WHERE lower(name) = lower($1) AND id IS DISTINCT FROM $2::uuid',
    [name, exceptId],
  );
  return rows.length > 0;
}

export async function upsertGroup(
  db: Queryable,
  id: string,
  name: string | undefined,
  memberIds: string[] | undefined,
) {
  if (name !== undefined)
    await db.query(
      'INSERT INTO ticket_groups (id, name) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name',
      [id, name],
    );
  if (memberIds !== undefined) {
    await db.query('DELETE FROM ticket_group_members WHERE group_id = $1', [id]);
    await db.query(
      'INSERT INTO ticket_group_members (group_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING',
      [id, memberIds],
    );
  }
}

export async function deleteGroup(db: Queryable, id: string) {
  await db.query('DELETE FROM ticket_groups WHERE id = $1', [id]);
}

/** Of `userIds`, the active staff members (group members and assignees are staff). */
export async function activeStaff(db: Queryable, userIds: string[]): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    'SELECT id FROM users WHERE id = ANY($1::uuid[]) AND staff_role IS NOT NULL AND deactivated_at IS NULL',
    [userIds],
  );
  return rows.map((row) => row.id);
}

export interface ViewRow {
  id: string;
  owner_id: string | null;
  name: string;
  filters: Record<string, unknown>;
  position: number;
}

/** Shared views and the caller's own. */
export async function listViews(db: Queryable, userId: string): Promise<ViewRow[]> {
  return (
    await db.query<ViewRow>(
      'SELECT id, owner_id, name, filters, position FROM ticket_views WHERE owner_id IS NULL OR owner_id = $1 ORDER BY position, lower(name), id',
      [userId],
    )
  ).rows;
}

export async function findView(db: Queryable, userId: string, id: string): Promise<ViewRow | null> {
  return (
    (
      await db.query<ViewRow>(
        'SELECT id, owner_id, name, filters, position FROM ticket_views WHERE id = $1 AND (owner_id IS NULL OR owner_id = $2)',
        [id, userId],
      )
    ).rows[0] ?? null
  );
}

export async function saveView(
  db: Queryable,
  v: { id: string; ownerId: string | null; name: string; filters: unknown; position: number; now: Date },
) {
  await db.query(
    `INSERT INTO ticket_views (id, owner_id, name, filters, position, created_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO UPDATE SET owner_id = EXCLUDED.owner_id, name = EXCLUDED.name, filters = EXCLUDED.filters, position = EXCLUDED.position`,
    [v.id, v.ownerId, v.name, JSON.stringify(v.filters), v.position, v.now],
  );
}

export async function deleteView(db: Queryable, id: string) {
  await db.query('DELETE FROM ticket_views WHERE id = $1', [id]);
}

export interface CannedRow {
  id: string;
  owner_id: string | null;
  title: string;
  body: string;
  updated_at: Date;
}

export async function listCanned(db: Queryable, userId: string): Promise<CannedRow[]> {
  return (
    await db.query<CannedRow>(
      'SELECT id, owner_id, title, body, updated_at FROM canned_replies WHERE owner_id IS NULL OR owner_id = $1 ORDER BY lower(title), id',
      [userId],
    )
  ).rows;
}

export async function findCanned(db: Queryable, userId: string, id: string): Promise<CannedRow | null> {
  return (
    (
      await db.query<CannedRow>(
        'SELECT id, owner_id, title, body, updated_at FROM canned_replies WHERE id = $1 AND (owner_id IS NULL OR owner_id = $2)',
        [id, userId],
      )
    ).rows[0] ?? null
  );
}

export async function saveCanned(
  db: Queryable,
  c: { id: string; ownerId: string | null; title: string; body: string; createdBy: string; now: Date },
) {
  await db.query(
    `INSERT INTO canned_replies (id, owner_id, title, body, created_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO UPDATE SET owner_id = EXCLUDED.owner_id, title = EXCLUDED.title, body = EXCLUDED.body, updated_at = EXCLUDED.updated_at`,
    [c.id, c.ownerId, c.title, c.body, c.createdBy, c.now],
  );
}

export async function deleteCanned(db: Queryable, id: string) {
  await db.query('DELETE FROM canned_replies WHERE id = $1', [id]);
}

export async function updateTicketSettings(
  db: Queryable,
  s: { autoCloseDays?: number; reopenDays?: number; emailSegmentId?: string | null },
) {
  await db.query(
    `UPDATE portal_settings SET ticket_auto_close_days = COALESCE($1, ticket_auto_close_days), ticket_reopen_days = COALESCE($2, ticket_reopen_days),
       ticket_email_segment_id = CASE WHEN $3::boolean THEN $4::uuid ELSE ticket_email_segment_id END, version = version + 1`,
    [s.autoCloseDays ?? null, s.reopenDays ?? null, s.emailSegmentId !== undefined, s.emailSegmentId ?? null],
  );
}
