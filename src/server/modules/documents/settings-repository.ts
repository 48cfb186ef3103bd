import type { UpdateSegmentDocumentSettings } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';

// Segment settings are portal-wide configuration (no account data): read by staff only, so no account scope.

export interface SegmentSettingsRow {
  client_upload: boolean;
  client_create_folders: boolean;
  client_rename: boolean;
  client_delete_own: boolean;
}

/** The segment's client permissions (defaults when it has no row); null when the segment does not exist. */
export async function findSegmentSettings(db: Queryable, segmentId: string): Promise<SegmentSettingsRow | null> {
  const { rows } = await db.query<SegmentSettingsRow>(
    `SELECT COALESCE(sds.client_upload, true) AS client_upload, COALESCE(sds.client_create_folders, true) AS client_create_folders,
       COALESCE(sds.client_rename, true) AS client_rename, COALESCE(sds.client_delete_own, true) AS client_delete_own
     FROM segments s LEFT JOIN segment_document_settings sds ON sds.segment_id = s.id WHERE s.id = $1`,
    [segmentId],
  );
  return rows[0] ?? null;
}

export async function saveSegmentSettings(db: Queryable, segmentId: string, change: UpdateSegmentDocumentSettings) {
  await db.query(
    `INSERT INTO segment_document_settings (segment_id, client_upload, client_create_folders, client_rename, client_delete_own)
     VALUES ($1, COALESCE($2, true), COALESCE($3, true), COALESCE($4, true), COALESCE($5, true))
     ON CONFLICT (segment_id) DO UPDATE SET
       client_upload = COALESCE($2, segment_document_settings.client_upload),
       client_create_folders = COALESCE($3, segment_document_settings.client_create_folders),
       client_rename = COALESCE($4, segment_document_settings.client_rename),
       client_delete_own = COALESCE($5, segment_document_settings.client_delete_own)`,
    [segmentId, change.upload ?? null, change.createFolders ?? null, change.rename ?? null, change.deleteOwn ?? null],
  );
}
