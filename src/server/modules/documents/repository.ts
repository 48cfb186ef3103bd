import type { DocumentArea, PreviewKind } from '../../../contract/index.ts';
import { scopeParams } from '../../platform/actor.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { timestampKey } from '../../platform/http/pagination.ts';
import type { DocumentScope } from './policy.ts';

// Every read of document data starts with these parameters: $1/$2 the account scope, $3 the visible areas.
// Rows of accounts whose segment does not enable `documents` are invisible as well.
// The writes and the lookups by id that take no scope (marked "No scope") are handed an account, folder or document
// that the use case already loaded through the caller's scope (findSpace / findFolder / findDocument).
const scope = (documentScope: DocumentScope) => [...scopeParams(documentScope.accounts), documentScope.areas];
const ENABLED = `EXISTS (SELECT 1 FROM accounts sa JOIN segments ss ON ss.id = sa.segment_id WHERE sa.id = x.account_id AND 'documents' = ANY(ss.modules))`;
const visible = (alias: string) =>
  `($1::boolean OR ${alias}.account_id = ANY($2::uuid[])) AND ${alias}.area = ANY($3::text[]) AND ${ENABLED.replace('x.account_id', `${alias}.account_id`)}`;
const NIL = "'00000000-0000-0000-0000-000000000000'::uuid";

export interface SpaceRow {
  account_id: string;
  account_name: string;
  used_bytes: number;
  quota_bytes: number;
  client_upload: boolean;
  client_create_folders: boolean;
  client_rename: boolean;
  client_delete_own: boolean;
  client_edit_others: boolean;
  override_quota_bytes: number | null;
  override_upload: boolean | null;
  override_create_folders: boolean | null;
  override_rename: boolean | null;
  override_delete_own: boolean | null;
  override_edit_others: boolean | null;
}

/** The document space of an account in scope whose segment enables documents; permissions already merged. */
export async function findSpace(
  db: Queryable,
  documentScope: DocumentScope,
  accountId: string,
  defaultQuotaBytes: number,
): Promise<SpaceRow | null> {
  const { rows } = await db.query<SpaceRow>(
    `SELECT a.id AS account_id, a.name AS account_name, COALESCE(ads.used_bytes, 0) AS used_bytes,
       COALESCE(ads.quota_bytes, sds.quota_bytes, $4) AS quota_bytes,
       COALESCE(ads.client_upload, sds.client_upload, true) AS client_upload,
       COALESCE(ads.client_create_folders, sds.client_create_folders, true) AS client_create_folders,
       COALESCE(ads.client_rename, sds.client_rename, true) AS client_rename,
       COALESCE(ads.client_delete_own, sds.client_delete_own, true) AS client_delete_own,
       COALESCE(ads.client_edit_others, sds.client_edit_others, false) AS client_edit_others,
       ads.quota_bytes AS override_quota_bytes, ads.client_upload AS override_upload, ads.client_create_folders AS override_create_folders,
       ads.client_rename AS override_rename, ads.client_delete_own AS override_delete_own, ads.client_edit_others AS override_edit_others
     FROM accounts a JOIN segments s ON s.id = a.segment_id
     LEFT JOIN segment_document_settings sds ON sds.segment_id = a.segment_id
     LEFT JOIN account_document_settings ads ON ads.account_id = a.id
     WHERE ($1::boolean OR a.id = ANY($2::uuid[])) AND a.id = $3 AND 'documents' = ANY(s.modules)`,
    [...scopeParams(documentScope.accounts), accountId, defaultQuotaBytes],
  );
  return rows[0] ?? null;
}

/** No scope: see the note at the top. */
export async function saveSpaceOverrides(
  db: Queryable,
  accountId: string,
  overrides: Record<
    | 'quota_bytes'
    | 'client_upload'
    | 'client_create_folders'
    | 'client_rename'
    | 'client_delete_own'
    | 'client_edit_others',
    unknown
  >,
) {
  const columns = Object.keys(overrides);
  const values = Object.values(overrides);
  if (columns.length === 0) return;
  // Column names come from the fixed key list above, never from input.
  await db.query(
    `INSERT INTO account_document_settings (account_id, ${columns.join(', ')}) VALUES ($1, ${columns.map((_c, i) => `$${i + 2}`).join(', ')})
     ON CONFLICT (account_id) DO UPDATE SET ${columns.map((column) => `${column} = EXCLUDED.${column}`).join(', ')}`,
    [accountId, ...values],
  );
}

/**
 * Adds an upload's bytes to the account's usage if they fit its quota, in one statement: two concurrent
 * uploads cannot both pass a check made before either counted. False when over quota. The quota: the account's,
 * else its segment's default, else the portal's.
 * No scope: see the note at the top.
 */
export async function reserveQuota(
  db: Queryable,
  accountId: string,
  bytes: number,
  defaultQuotaBytes: number,
): Promise<boolean> {
  await db.query('INSERT INTO account_document_settings (account_id) VALUES ($1) ON CONFLICT DO NOTHING', [accountId]);
  const { rowCount } = await db.query(
    `UPDATE account_document_settings SET used_bytes = used_bytes + $2 WHERE account_id = $1 AND used_bytes + $2 <= COALESCE(quota_bytes,
       (SELECT sds.quota_bytes FROM accounts a JOIN segment_document_settings sds ON sds.segment_id = a.segment_id WHERE a.id = $1), $3)`,
    [accountId, bytes, defaultQuotaBytes],
  );
  return rowCount === 1;
}

/** No scope: see the note at the top. */
export async function releaseQuota(db: Queryable, accountId: string, bytes: number) {
  await db.query(
    'UPDATE account_document_settings SET used_bytes = GREATEST(0, used_bytes - $2) WHERE account_id = $1',
    [accountId, bytes],
  );
}

export interface FolderRow {
  id: string;
  account_id: string;
  parent_id: string | null;
  area: DocumentArea;
  name: string;
  created_by: string | null;
  created_by_name: string | null;
  created_by_staff: boolean | null;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
  deleted_by: string | null;
  trash_batch: string | null;
  version: number;
  name_key: string;
}

const SELECT_FOLDER = `SELECT f.id, f.account_id, f.parent_id, f.area, f.name, f.created_by, u.name AS created_by_name,
  u.staff_role IS NOT NULL AS created_by_staff, f.created_at, f.updated_at, f.deleted_at, f.deleted_by, f.trash_batch, f.version,
  lower(f.name) AS name_key
  FROM document_folders f LEFT JOIN users u ON u.id = f.created_by`;

/** A folder the caller can see, live or in the trash. `lock` takes a row lock for the rest of the transaction. */
export async function findFolder(
  db: Queryable,
  documentScope: DocumentScope,
  folderId: string,
  lock = false,
): Promise<FolderRow | null> {
  const { rows } = await db.query<FolderRow>(
    `${SELECT_FOLDER} WHERE ${visible('f')} AND f.id = $4${lock ? ' FOR UPDATE OF f' : ''}`,
    [...scope(documentScope), folderId],
  );
  return rows[0] ?? null;
}

export async function listFolders(
  db: Queryable,
  documentScope: DocumentScope,
  filter: {
    accountId: string;
    area: DocumentArea;
    parentId: string | null;
    after: [string, string] | null;
    limit: number;
  },
) {
  const { rows } = await db.query<FolderRow>(
    `${SELECT_FOLDER} WHERE ${visible('f')} AND f.account_id = $4 AND f.area = $5 AND f.parent_id IS NOT DISTINCT FROM $6::uuid AND f.deleted_at IS NULL
       AND ($7::text IS NULL OR (lower(f.name), f.id) > ($7::text, $8::uuid))
     ORDER BY lower(f.name), f.id LIMIT $9`,
    [
      ...scope(documentScope),
      filter.accountId,
      filter.area,
      filter.parentId,
      filter.after?.[0] ?? null,
      filter.after?.[1] ?? null,
      filter.limit + 1,
    ],
  );
  return rows;
}

/** Ancestors of a folder, root first (for breadcrumbs). No scope: see the note at the top. */
export async function folderPath(db: Queryable, folderId: string): Promise<{ id: string; name: string }[]> {
  const { rows } = await db.query<{ id: string; name: string }>(
    `WITH RECURSIVE up AS (
       SELECT p.id, p.name, p.parent_id, 1 AS depth FROM document_folders f JOIN document_folders p ON p.id = f.parent_id WHERE f.id = $1
       UNION ALL SELECT p.id, p.name, p.parent_id, up.depth + 1 FROM up JOIN document_folders p ON p.id = up.parent_id WHERE up.depth < 100)
     SELECT id, name FROM up ORDER BY depth DESC`,
    [folderId],
  );
  return rows;
}

/**
 * True when `candidateId` is `folderId` or below it: a folder cannot move into itself.
 * No scope: see the note at the top.
 */
export async function isSameOrDescendant(db: Queryable, folderId: string, candidateId: string): Promise<boolean> {
  const { rows } = await db.query<{ found: boolean }>(
    `WITH RECURSIVE down AS (SELECT id FROM document_folders WHERE id = $1
       UNION SELECT c.id FROM document_folders c JOIN down ON c.parent_id = down.id)
     SELECT EXISTS (SELECT 1 FROM down WHERE id = $2) AS found`,
    [folderId, candidateId],
  );
  return rows[0]!.found;
}

/** No scope: see the note at the top. */
export async function insertFolder(
  db: Queryable,
  folder: {
    id: string;
    accountId: string;
    parentId: string | null;
    area: DocumentArea;
    name: string;
    createdBy: string;
    now: Date;
  },
) {
  await db.query(
    'INSERT INTO document_folders (id, account_id, parent_id, area, name, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7)',
    [folder.id, folder.accountId, folder.parentId, folder.area, folder.name, folder.createdBy, folder.now],
  );
}

/** No scope: see the note at the top. */
export async function updateFolder(
  db: Queryable,
  folderId: string,
  change: { name: string; parentId: string | null; now: Date; expectedVersion: number | null },
) {
  const { rowCount } = await db.query(
    `UPDATE document_folders SET name = $2, parent_id = $3, updated_at = $4, version = version + 1
     WHERE id = $1 AND deleted_at IS NULL AND ($5::int IS NULL OR version = $5)`,
    [folderId, change.name, change.parentId, change.now, change.expectedVersion],
  );
  return rowCount === 1;
}

/**
 * Is a live item (folder or document) in this place already called `name` (case-insensitively)?
 * No scope: see the note at the top.
 */
export async function nameTaken(
  db: Queryable,
  place: { accountId: string; area: DocumentArea; parentId: string | null },
  name: string,
  except: string | null = null,
) {
  const { rows } = await db.query<{ taken: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM document_folders WHERE account_id = $1 AND area = $2 AND COALESCE(parent_id, ${NIL}) = COALESCE($3::uuid, ${NIL})
                      AND lower(name) = lower($4) AND deleted_at IS NULL AND id IS DISTINCT FROM $5::uuid)
         OR EXISTS (SELECT 1 FROM documents WHERE account_id = $1 AND area = $2 AND COALESCE(folder_id, ${NIL}) = COALESCE($3::uuid, ${NIL})
                      AND lower(name) = lower($4) AND deleted_at IS NULL AND id IS DISTINCT FROM $5::uuid) AS taken`,
    [place.accountId, place.area, place.parentId, name, except],
  );
  return rows[0]!.taken;
}

export interface DocumentRow {
  id: string;
  account_id: string;
  folder_id: string | null;
  area: DocumentArea;
  name: string;
  current_version_id: string;
  version_count: number;
  file_request_id: string | null;
  created_by: string | null;
  created_by_name: string | null;
  created_by_staff: boolean | null;
  updated_by: string | null;
  updated_by_name: string | null;
  updated_by_staff: boolean | null;
  created_at: Date;
  updated_at: Date;
  deleted_at: Date | null;
  deleted_by: string | null;
  last_viewed_by_client_at: Date | null;
  version: number;
  size_bytes: number;
  sha256: string;
  content_type: string;
  preview_kind: PreviewKind;
  thumbnail_state: 'none' | 'pending' | 'ready' | 'failed';
  name_key: string;
  updated_at_key: string;
}

const SELECT_DOCUMENT = `SELECT d.id, d.account_id, d.folder_id, d.area, d.name, d.current_version_id, d.version_count, d.file_request_id,
  d.created_by, cu.name AS created_by_name, cu.staff_role IS NOT NULL AS created_by_staff,
  v.uploaded_by AS updated_by, uu.name AS updated_by_name, uu.staff_role IS NOT NULL AS updated_by_staff,
  d.created_at, d.updated_at, d.deleted_at, d.deleted_by, d.last_viewed_by_client_at, d.version,
  v.size_bytes, v.sha256, v.content_type, v.preview_kind, v.thumbnail_state,
  lower(d.name) AS name_key, ${timestampKey('d.updated_at')} AS updated_at_key
  FROM documents d JOIN document_versions v ON v.id = d.current_version_id
  LEFT JOIN users cu ON cu.id = d.created_by LEFT JOIN users uu ON uu.id = v.uploaded_by`;

export async function findDocument(
  db: Queryable,
  documentScope: DocumentScope,
  documentId: string,
  lock = false,
): Promise<DocumentRow | null> {
  const { rows } = await db.query<DocumentRow>(
    `${SELECT_DOCUMENT} WHERE ${visible('d')} AND d.id = $4${lock ? ' FOR UPDATE OF d' : ''}`,
    [...scope(documentScope), documentId],
  );
  return rows[0] ?? null;
}

export type DocumentSort = 'name' | '-name' | 'updatedAt' | '-updatedAt';
const SORTS: Record<DocumentSort, { key: string; dir: 'ASC' | 'DESC'; cast: string }> = {
  name: { key: 'lower(d.name)', dir: 'ASC', cast: 'text' },
  '-name': { key: 'lower(d.name)', dir: 'DESC', cast: 'text' },
  updatedAt: { key: 'd.updated_at', dir: 'ASC', cast: 'timestamptz' },
  '-updatedAt': { key: 'd.updated_at', dir: 'DESC', cast: 'timestamptz' },
};

/** A folder's live documents, or (with `q`) a name search over the whole account; keyset-paginated. */
export async function listDocuments(
  db: Queryable,
  documentScope: DocumentScope,
  filter: {
    accountId: string;
    area: DocumentArea | null;
    folderId: string | null;
    q: string | null;
    sort: DocumentSort;
    after: [string, string] | null;
    limit: number;
  },
) {
  const sort = SORTS[filter.sort];
  const cmp = sort.dir === 'ASC' ? '>' : '<';
  const { rows } = await db.query<DocumentRow>(
    `${SELECT_DOCUMENT} WHERE ${visible('d')} AND d.account_id = $4 AND d.deleted_at IS NULL
       AND ($5::text IS NULL OR d.area = $5)
       AND ($6::text IS NOT NULL OR d.folder_id IS NOT DISTINCT FROM $7::uuid)
       AND ($6::text IS NULL OR d.name ILIKE '%' || $6 || '%')
       AND ($8::text IS NULL OR (${sort.key}, d.id) ${cmp} ($8::${sort.cast}, $9::uuid))
     ORDER BY ${sort.key} ${sort.dir}, d.id ${sort.dir} LIMIT $10`,
    [
      ...scope(documentScope),
      filter.accountId,
      filter.area,
      filter.q ? filter.q.replace(/[\\%_]/g, (c) => `\\${c}`) : null,
      filter.folderId,
      filter.after?.[0] ?? null,
      filter.after?.[1] ?? null,
      filter.limit + 1,
    ],
  );
  return rows;
}

/** No scope: see the note at the top. */
export async function updateDocumentPlace(
  db: Queryable,
  documentId: string,
  change: { name: string; folderId: string | null; area: DocumentArea; now: Date; expectedVersion: number | null },
) {
  const { rowCount } = await db.query(
    `UPDATE documents SET name = $2, folder_id = $3, area = $4, updated_at = $5, version = version + 1
     WHERE id = $1 AND deleted_at IS NULL AND ($6::int IS NULL OR version = $6)`,
    [documentId, change.name, change.folderId, change.area, change.now, change.expectedVersion],
  );
  return rowCount === 1;
}

/** No scope: see the note at the top. */
export async function markViewedByClient(db: Queryable, documentId: string, now: Date) {
  await db.query('UPDATE documents SET last_viewed_by_client_at = $2 WHERE id = $1', [documentId, now]);
}

/**
 * Which of `ids` are live documents of the account's shared area (what its people see): a form's file answer may
 * name only those (forms module, through index.ts). Scoped by the account the caller was already checked for.
 */
export async function sharedDocumentIdsOf(db: Queryable, accountId: string, ids: readonly string[]) {
  if (!ids.length) return new Set<string>();
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM documents WHERE account_id = $1 AND id = ANY($2::uuid[]) AND area = 'shared'
       AND deleted_at IS NULL`,
    [accountId, [...ids]],
  );
  return new Set(rows.map((row) => row.id));
}

/** Live documents of an account by id, for another module's links (task attachments): never across accounts. */
export async function documentSummariesOf(db: Queryable, accountId: string, ids: readonly string[]) {
  if (!ids.length) return [];
  const { rows } = await db.query<{ id: string; name: string; area: 'shared' | 'internal'; size: number }>(
    `SELECT d.id, d.name, d.area, v.size_bytes::float8 AS size FROM documents d
     JOIN document_versions v ON v.id = d.current_version_id
     WHERE d.account_id = $1 AND d.id = ANY($2::uuid[]) AND d.deleted_at IS NULL ORDER BY lower(d.name), d.id`,
    [accountId, [...ids]],
  );
  return rows;
}
