import type { UpdateSegmentDocumentSettings } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';

// Segment settings are portal-wide configuration (no account data): read by staff only, so no account scope.

export interface SegmentSettingsRow {
  client_upload: boolean;
  client_create_folders: boolean;
  client_rename: boolean;
  client_delete_own: boolean;
  client_edit_others: boolean;
  /** Default quota of the segment's accounts; null: the portal's default. */
  quota_bytes: number | null;
}

/** The segment's client permissions (defaults when it has no row); null when the segment does not exist. */
export async function findSegmentSettings(db: Queryable, segmentId: string): Promise<SegmentSettingsRow | null> {
  const { rows } = await db.query<SegmentSettingsRow>(
    `SELECT COALESCE(sds.client_upload, true) AS client_upload, COALESCE(sds.client_create_folders, true) AS client_create_folders,
       COALESCE(sds.client_rename, true) AS client_rename, COALESCE(sds.client_delete_own, true) AS client_delete_own,
       COALESCE(sds.client_edit_others, false) AS client_edit_others,
       sds.quota_bytes
     FROM segments s LEFT JOIN segment_document_settings sds ON sds.segment_id = s.id WHERE s.id = $1`,
    [segmentId],
  );
  return rows[0] ?? null;
}

const COLUMNS = {
  upload: 'client_upload',
  createFolders: 'client_create_folders',
  rename: 'client_rename',
  deleteOwn: 'client_delete_own',
  editOthers: 'client_edit_others',
  quotaBytes: 'quota_bytes',
} as const;

/** Applies the fields given (quotaBytes null: back to the portal default); the others keep their value. */
export async function saveSegmentSettings(db: Queryable, segmentId: string, change: UpdateSegmentDocumentSettings) {
  const given = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).filter((field) => change[field] !== undefined);
  await db.query('INSERT INTO segment_document_settings (segment_id) VALUES ($1) ON CONFLICT (segment_id) DO NOTHING', [
    segmentId,
  ]);
  if (given.length === 0) return;
  // Column names come from the fixed map above, never from input.
  await db.query(
    `UPDATE segment_document_settings SET ${given.map((field, i) => `${COLUMNS[field]} = $${i + 2}`).join(', ')} WHERE segment_id = $1`,
    [segmentId, ...given.map((field) => change[field])],
  );
}
