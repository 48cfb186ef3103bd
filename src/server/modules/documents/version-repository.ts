import type { DocumentArea, PreviewKind } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import type { ImageVersion } from './image-previews.ts';

// SQL of versions and of the storage objects behind them. No statement here takes the account scope: each is
// handed a document, folder or account that its caller already found through the caller's scope
// (repository.ts findDocument / findFolder / findSpace), or runs for a background job that serves every account
// (thumbnails, previews, the orphan sweep). Each function says which.

const NIL = "'00000000-0000-0000-0000-000000000000'::uuid";

export interface VersionRow {
  id: string;
  document_id: string;
  account_id: string;
  number: number;
  name: string;
  storage_key: string;
  size_bytes: number;
  sha256: string;
  content_type: string;
  preview_kind: PreviewKind;
  thumbnail_state: 'none' | 'pending' | 'ready' | 'failed';
  thumbnail_key: string | null;
  /** The image preview re-encoded without metadata, once made. */
  preview_key: string | null;
  restored_from_number: number | null;
  uploaded_by: string | null;
  uploaded_by_name: string | null;
  uploaded_by_staff: boolean | null;
  created_at: Date;
}

const SELECT_VERSION = `SELECT v.id, v.document_id, v.account_id, v.number, v.name, v.storage_key, v.size_bytes, v.sha256, v.content_type,
  v.preview_kind, v.thumbnail_state, v.thumbnail_key, v.preview_key, v.restored_from_number, v.uploaded_by, u.name AS uploaded_by_name,
  u.staff_role IS NOT NULL AS uploaded_by_staff, v.created_at
  FROM document_versions v LEFT JOIN users u ON u.id = v.uploaded_by`;

/** A version of a document found through the caller's scope (no scope here: the document id is known visible). */
export async function findVersion(db: Queryable, documentId: string, versionId: string): Promise<VersionRow | null> {
  const { rows } = await db.query<VersionRow>(`${SELECT_VERSION} WHERE v.document_id = $1 AND v.id = $2`, [
    documentId,
    versionId,
  ]);
  return rows[0] ?? null;
}

/** Versions of a document found through the caller's scope, newest first (no scope: the document id is known visible). */
export async function listVersions(
  db: Queryable,
  documentId: string,
  filter: { beforeNumber: number | null; limit: number },
) {
  const { rows } = await db.query<VersionRow>(
    `${SELECT_VERSION} WHERE v.document_id = $1 AND ($2::int IS NULL OR v.number < $2) ORDER BY v.number DESC LIMIT $3`,
    [documentId, filter.beforeNumber, filter.limit + 1],
  );
  return rows;
}

/**
 * SHA-256 of a version by id alone, for an idempotent upload's replay: the id comes from the caller's own
 * stored first response, so no scope applies. Null once the version is gone (purged).
 */
export async function versionSha256(db: Queryable, versionId: string): Promise<string | null> {
  const { rows } = await db.query<{ sha256: string }>('SELECT sha256 FROM document_versions WHERE id = $1', [
    versionId,
  ]);
  return rows[0]?.sha256 ?? null;
}

/** Background preview job: the version id comes from the upload that scheduled it, so no scope applies. */
export async function setPreviewKey(db: Queryable, versionId: string, previewKey: string) {
  await db.query('UPDATE document_versions SET preview_key = $2 WHERE id = $1', [versionId, previewKey]);
}

// storage_pending_objects holds storage keys only (no account data): portal-wide bookkeeping, no scope.

/** Remembers an object about to be written, so a crash mid-write leaves a trace the sweep can follow. */
export async function recordPendingObject(db: Queryable, storageKey: string, now: Date) {
  await db.query('INSERT INTO storage_pending_objects (storage_key, started_at) VALUES ($1, $2)', [storageKey, now]);
}

export async function forgetPendingObject(db: Queryable, storageKey: string) {
  await db.query('DELETE FROM storage_pending_objects WHERE storage_key = $1', [storageKey]);
}

export async function pendingObjectsStartedBefore(db: Queryable, before: Date, limit: number) {
  const { rows } = await db.query<{ storage_key: string }>(
    'SELECT storage_key FROM storage_pending_objects WHERE started_at < $1 ORDER BY started_at LIMIT $2',
    [before, limit],
  );
  return rows.map((row) => row.storage_key);
}

export interface NewVersion {
  id: string;
  accountId: string;
  name: string;
  storageKey: string;
  sizeBytes: number;
  sha256: string;
  declaredType: string | null;
  contentType: string;
  previewKind: PreviewKind;
  restoredFromNumber: number | null;
  uploadedBy: string;
  now: Date;
}

/**
 * Creates a document with its first version, unless a live document of that name is already in the place:
 * then nothing is inserted (false) and the caller decides with the uploader's choice (keep both under another
 * name, or a new version when allowed). The partial unique index on live names decides, so of two concurrent
 * uploads of one name exactly one creates the document. No scope: the account and folder were found through the
 * caller's scope before the upload was accepted.
 */
export async function insertDocumentIfNameFree(
  db: Queryable,
  document: { id: string; folderId: string | null; area: DocumentArea; fileRequestId: string | null },
  version: NewVersion,
) {
  const { rowCount } = await db.query(
    `INSERT INTO documents (id, account_id, folder_id, area, name, current_version_id, version_count, file_request_id, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $8, $9, $9)
     ON CONFLICT (account_id, area, COALESCE(folder_id, ${NIL}), lower(name)) WHERE deleted_at IS NULL DO NOTHING`,
    [
      document.id,
      version.accountId,
      document.folderId,
      document.area,
      version.name,
      version.id,
      document.fileRequestId,
      version.uploadedBy,
      version.now,
    ],
  );
  if (rowCount !== 1) return false;
  await insertVersionRow(db, document.id, 1, version);
  return true;
}

/** A live document holding a name, with what the policy needs to decide whether the uploader may version it. */
export interface NameHolder {
  id: string;
  created_by: string | null;
  deleted_at: Date | null;
}

/**
 * The live document of that name in a place (`lock`: row-locked until the transaction ends). No scope: the
 * account, area and folder were found through the caller's scope before the upload was accepted.
 */
export async function documentByName(
  db: Queryable,
  place: { accountId: string; area: DocumentArea; folderId: string | null },
  name: string,
  lock = false,
): Promise<NameHolder | null> {
  const { rows } = await db.query<NameHolder>(
    `SELECT id, created_by, deleted_at FROM documents WHERE account_id = $1 AND area = $2
       AND COALESCE(folder_id, ${NIL}) = COALESCE($3::uuid, ${NIL}) AND lower(name) = lower($4) AND deleted_at IS NULL${lock ? ' FOR UPDATE' : ''}`,
    [place.accountId, place.area, place.folderId, name],
  );
  return rows[0] ?? null;
}

/**
 * Makes `version` the document's newest: its number and the document's area, or null when the document is gone
 * or in the trash. The UPDATE takes the document's row lock, so concurrent new versions are numbered one after
 * another and none is lost. No scope: the caller found the document through its scope (or locked it by name in a
 * place it found so).
 */
export async function appendVersion(
  db: Queryable,
  documentId: string,
  version: NewVersion,
  fileRequestId: string | null,
  expectedVersion: number | null = null,
): Promise<{ number: number; area: DocumentArea } | null> {
  const { rows } = await db.query<{ version_count: number; area: DocumentArea }>(
    `UPDATE documents SET version_count = version_count + 1, current_version_id = $2, updated_at = $3, version = version + 1,
       file_request_id = COALESCE($4, file_request_id)
     WHERE id = $1 AND deleted_at IS NULL AND ($5::int IS NULL OR version = $5) RETURNING version_count, area`,
    [documentId, version.id, version.now, fileRequestId, expectedVersion],
  );
  if (!rows[0]) return null;
  await insertVersionRow(db, documentId, rows[0].version_count, version);
  return { number: rows[0].version_count, area: rows[0].area };
}

async function insertVersionRow(db: Queryable, documentId: string, number: number, version: NewVersion) {
  await db.query(
    `INSERT INTO document_versions (id, document_id, account_id, number, name, storage_key, size_bytes, sha256, declared_type, content_type,
       preview_kind, thumbnail_state, restored_from_number, uploaded_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [
      version.id,
      documentId,
      version.accountId,
      number,
      version.name,
      version.storageKey,
      version.sizeBytes,
      version.sha256,
      version.declaredType,
      version.contentType,
      version.previewKind,
      version.previewKind === 'image' ? 'pending' : 'none',
      version.restoredFromNumber,
      version.uploadedBy,
      version.now,
    ],
  );
}

/** Background thumbnail job: the version id comes from the upload that scheduled it, so no scope applies. */
export async function setThumbnail(
  db: Queryable,
  versionId: string,
  state: 'ready' | 'failed' | 'none',
  thumbnailKey: string | null,
) {
  await db.query('UPDATE document_versions SET thumbnail_state = $2, thumbnail_key = $3 WHERE id = $1', [
    versionId,
    state,
    thumbnailKey,
  ]);
}

/**
 * Everything live in an area of an account, its top level included, as paths from the area root (for a zip).
 * No scope: the zip use case loaded the account's space through the caller's scope and checked the area.
 */
export async function liveAreaTreeOf(db: Queryable, accountId: string, area: DocumentArea) {
  const { rows } = await db.query<TreeEntry>(
    `WITH RECURSIVE tree AS (
       SELECT id, ARRAY[name]::text[] AS path FROM document_folders WHERE account_id = $1 AND area = $2 AND parent_id IS NULL AND deleted_at IS NULL
       UNION ALL SELECT c.id, tree.path || c.name FROM document_folders c JOIN tree ON c.parent_id = tree.id WHERE c.deleted_at IS NULL)
     SELECT 'folder' AS kind, path, NULL AS storage_key, NULL::bigint AS size_bytes, now() AS updated_at FROM tree
     UNION ALL
     SELECT 'document', tree.path || d.name, v.storage_key, v.size_bytes, d.updated_at
     FROM tree JOIN documents d ON d.folder_id = tree.id AND d.deleted_at IS NULL JOIN document_versions v ON v.id = d.current_version_id
     UNION ALL
     SELECT 'document', ARRAY[d.name], v.storage_key, v.size_bytes, d.updated_at
     FROM documents d JOIN document_versions v ON v.id = d.current_version_id
     WHERE d.account_id = $1 AND d.area = $2 AND d.folder_id IS NULL AND d.deleted_at IS NULL
     ORDER BY 1 DESC, 2`,
    [accountId, area],
  );
  return rows;
}

export interface TreeEntry {
  kind: 'folder' | 'document';
  path: string[];
  storage_key: string | null;
  size_bytes: number | null;
  updated_at: Date;
}

/**
 * Storage keys of the live documents under a folder (itself included), with their paths for a zip. No scope:
 * the zip use case found the folder through the caller's scope.
 */
export async function liveTreeOf(db: Queryable, folderId: string) {
  const { rows } = await db.query<TreeEntry>(
    `WITH RECURSIVE tree AS (
       SELECT id, ARRAY[]::text[] AS path FROM document_folders WHERE id = $1 AND deleted_at IS NULL
       UNION ALL SELECT c.id, tree.path || c.name FROM document_folders c JOIN tree ON c.parent_id = tree.id WHERE c.deleted_at IS NULL)
     SELECT 'folder' AS kind, path, NULL AS storage_key, NULL::bigint AS size_bytes, now() AS updated_at FROM tree
     UNION ALL
     SELECT 'document', tree.path || d.name, v.storage_key, v.size_bytes, d.updated_at
     FROM tree JOIN documents d ON d.folder_id = tree.id AND d.deleted_at IS NULL JOIN document_versions v ON v.id = d.current_version_id
     ORDER BY 1 DESC, 2`,
    [folderId],
  );
  return rows;
}

/** What the derived-images job reads of a version. No scope: the id comes from the job its upload enqueued. */
export async function versionForDerivedImages(db: Queryable, versionId: string) {
  const { rows } = await db.query<ImageVersion & { thumbnail_state: VersionRow['thumbnail_state'] }>(
    'SELECT id, account_id, storage_key, size_bytes, content_type, preview_key, thumbnail_state FROM document_versions WHERE id = $1',
    [versionId],
  );
  return rows[0] ?? null;
}
