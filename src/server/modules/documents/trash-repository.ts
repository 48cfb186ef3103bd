import type { DocumentArea } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { scopeParams } from '../../platform/actor.ts';
import { timestampKey } from '../../platform/http/pagination.ts';
import type { DocumentScope } from './policy.ts';

// The writes here take no account scope: each is handed a folder, document or trash batch that the use case found
// through the caller's scope (findFolder / findDocument) and checked with the policy. listTrash reads by scope;
// purgeTrash is the retention job's (every account, or the one account staff empty the trash of).

/** Puts a folder and everything live below it in the trash, as one batch (restored together). No scope: see above. */
export async function trashFolderTree(db: Queryable, folderId: string, batch: string, by: string, now: Date) {
  await db.query(
    `WITH RECURSIVE tree AS (SELECT id FROM document_folders WHERE id = $1 AND deleted_at IS NULL
       UNION ALL SELECT c.id FROM document_folders c JOIN tree ON c.parent_id = tree.id WHERE c.deleted_at IS NULL),
     folders AS (UPDATE document_folders f SET deleted_at = $4, deleted_by = $3, trash_batch = $2, trash_root = (f.id = $1) WHERE f.id IN (SELECT id FROM tree))
     UPDATE documents d SET deleted_at = $4, deleted_by = $3, trash_batch = $2, trash_root = false
     WHERE d.folder_id IN (SELECT id FROM tree) AND d.deleted_at IS NULL`,
    [folderId, batch, by, now],
  );
}

/** No scope: the document was found through the caller's scope (see above). */
export async function trashDocument(db: Queryable, documentId: string, batch: string, by: string | null, now: Date) {
  const { rowCount } = await db.query(
    'UPDATE documents SET deleted_at = $4, deleted_by = $3, trash_batch = $2, trash_root = true, version = version + 1 WHERE id = $1 AND deleted_at IS NULL',
    [documentId, batch, by, now],
  );
  return rowCount === 1;
}

/**
 * Brings a trash batch back; the root goes to `parentId` (its old place, or the area root if that is gone). No
 * scope: the batch is the one of an item found through the caller's scope.
 */
export async function restoreBatch(
  db: Queryable,
  batch: string,
  root: { kind: 'folder' | 'document'; id: string; parentId: string | null; name: string },
) {
  await db.query(
    `UPDATE document_folders SET deleted_at = NULL, deleted_by = NULL, trash_batch = NULL, trash_root = false WHERE trash_batch = $1`,
    [batch],
  );
  await db.query(
    `UPDATE documents SET deleted_at = NULL, deleted_by = NULL, trash_batch = NULL, trash_root = false, version = version + 1 WHERE trash_batch = $1`,
    [batch],
  );
  if (root.kind === 'folder')
    await db.query('UPDATE document_folders SET parent_id = $2, name = $3 WHERE id = $1', [
      root.id,
      root.parentId,
      root.name,
    ]);
  else
    await db.query('UPDATE documents SET folder_id = $2, name = $3 WHERE id = $1', [root.id, root.parentId, root.name]);
}

export interface TrashRow {
  type: 'folder' | 'document';
  id: string;
  name: string;
  area: DocumentArea;
  size_bytes: number | null;
  deleted_at: Date;
  deleted_by: string | null;
  deleted_by_name: string | null;
  deleted_by_staff: boolean | null;
  created_by: string | null;
  deleted_at_key: string;
}

/** What the user deleted (trash roots), newest first, within the caller's scope and areas. */
export async function listTrash(
  db: Queryable,
  documentScope: DocumentScope,
  filter: { accountId: string; after: [string, string] | null; limit: number },
) {
  const { rows } = await db.query<TrashRow>(
    `SELECT * FROM (
       SELECT 'folder' AS type, f.id, f.name, f.area, NULL::bigint AS size_bytes, f.deleted_at, f.deleted_by, f.created_by, f.account_id
       FROM document_folders f WHERE f.trash_root AND f.deleted_at IS NOT NULL
       UNION ALL
       SELECT 'document', d.id, d.name, d.area, v.size_bytes, d.deleted_at, d.deleted_by, d.created_by, d.account_id
       FROM documents d JOIN document_versions v ON v.id = d.current_version_id WHERE d.trash_root AND d.deleted_at IS NOT NULL) t
     LEFT JOIN LATERAL (SELECT u.name AS deleted_by_name, u.staff_role IS NOT NULL AS deleted_by_staff FROM users u WHERE u.id = t.deleted_by) u ON true
     CROSS JOIN LATERAL (SELECT ${timestampKey('t.deleted_at')} AS deleted_at_key) k
     WHERE ($1::boolean OR t.account_id = ANY($2::uuid[])) AND t.area = ANY($3::text[]) AND t.account_id = $4
       AND ($5::timestamptz IS NULL OR (t.deleted_at, t.id) < ($5::timestamptz, $6::uuid))
     ORDER BY t.deleted_at DESC, t.id DESC LIMIT $7`,
    [
      ...scopeParams(documentScope.accounts),
      documentScope.areas,
      filter.accountId,
      filter.after?.[0] ?? null,
      filter.after?.[1] ?? null,
      filter.limit + 1,
    ],
  );
  return rows;
}

/**
 * Deletes for good the trashed folders and documents deleted before `cutoff` (of one account, or all), in
 * the caller's transaction. Objects no remaining version uses are handed back for deletion after commit, and
 * marked pending in the same transaction: if the process dies before deleting them, the orphan sweep does.
 * Usage counters drop by the bytes freed. No scope: the purge job serves every account; emptying one account's
 * trash is staff only, after the use case loaded that account's space through the caller's scope.
 */
export async function purgeTrash(db: Queryable, cutoff: Date, accountId: string | null) {
  const { rows: doomed } = await db.query<{ id: string }>(
    `SELECT d.id FROM documents d WHERE d.deleted_at IS NOT NULL AND d.deleted_at <= $1 AND ($2::uuid IS NULL OR d.account_id = $2)
     UNION SELECT d.id FROM documents d JOIN document_folders f ON f.id = d.folder_id
       WHERE f.deleted_at IS NOT NULL AND f.deleted_at <= $1 AND ($2::uuid IS NULL OR f.account_id = $2)`,
    [cutoff, accountId],
  );
  const documentIds = doomed.map((row) => row.id);
  const { rows: objects } = await db.query<{
    account_id: string;
    storage_key: string;
    thumbnail_key: string | null;
    size_bytes: number;
  }>(
    `SELECT DISTINCT ON (v.storage_key) v.account_id, v.storage_key, v.thumbnail_key, v.size_bytes FROM document_versions v
     WHERE v.document_id = ANY($1::uuid[])
       AND NOT EXISTS (SELECT 1 FROM document_versions o WHERE o.storage_key = v.storage_key AND NOT (o.document_id = ANY($1::uuid[])))`,
    [documentIds],
  );
  // Derived objects (thumbnail, stripped image preview) belong to one version each.
  const { rows: derived } = await db.query<{ key: string }>(
    `SELECT thumbnail_key AS key FROM document_versions WHERE document_id = ANY($1::uuid[]) AND thumbnail_key IS NOT NULL
     UNION ALL SELECT preview_key FROM document_versions WHERE document_id = ANY($1::uuid[]) AND preview_key IS NOT NULL`,
    [documentIds],
  );
  await db.query('DELETE FROM documents WHERE id = ANY($1::uuid[])', [documentIds]);
  await db.query(
    `DELETE FROM document_folders WHERE deleted_at IS NOT NULL AND deleted_at <= $1 AND ($2::uuid IS NULL OR account_id = $2)`,
    [cutoff, accountId],
  );
  const freed = new Map<string, number>();
  for (const object of objects) freed.set(object.account_id, (freed.get(object.account_id) ?? 0) + object.size_bytes);
  for (const [account, bytes] of freed) {
    await db.query(
      'UPDATE account_document_settings SET used_bytes = GREATEST(0, used_bytes - $2) WHERE account_id = $1',
      [account, bytes],
    );
  }
  const keys = [...objects.map((object) => object.storage_key), ...derived.map((row) => row.key)];
  await db.query(
    `INSERT INTO storage_pending_objects (storage_key, started_at) SELECT unnest($1::text[]), '-infinity' ON CONFLICT DO NOTHING`,
    [keys],
  );
  return { documents: documentIds.length, documentIds, keys };
}

/** Trash bookkeeping of an item already found through the caller's scope (so no scope here). */
export async function trashStateOf(db: Queryable, id: string, kind: 'document' | 'folder' = 'document') {
  const table = kind === 'document' ? 'documents' : 'document_folders';
  const { rows } = await db.query<{ trash_batch: string | null; trash_root: boolean }>(
    `SELECT trash_batch, trash_root FROM ${table} WHERE id = $1`,
    [id],
  );
  return rows[0] ?? null;
}
