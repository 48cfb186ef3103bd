import type { Queryable } from '../../platform/db/index.ts';

/*
 * What the conversations engine asks about a document whose feedback thread it serves (subject-thread.ts). Both
 * take a document id the engine already authorized through findDocument (the caller's scope and areas) and read
 * facts about it, not the caller's view of it: hence no scope.
 */

/** Whether the account's people see the document: in the shared area and not in the trash. */
export async function documentShared(db: Queryable, documentId: string) {
  const { rows } = await db.query<{ shared: boolean }>(
    `SELECT (area = 'shared' AND deleted_at IS NULL) AS shared FROM documents WHERE id = $1`,
    [documentId],
  );
  return rows[0]?.shared ?? false;
}

/** Who uploaded the document hears of the feedback on it. */
export async function documentListeners(db: Queryable, documentId: string) {
  const { rows } = await db.query<{ created_by: string }>(
    'SELECT created_by FROM documents WHERE id = $1 AND created_by IS NOT NULL',
    [documentId],
  );
  return rows.map((row) => row.created_by);
}

/**
 * The version a feedback thread is about: `requested` when it is a version of this document, else null; with none
 * requested, the current version.
 */
export async function documentThreadVersion(db: Queryable, documentId: string, requested: string | null) {
  const { rows } = requested
    ? await db.query<{ id: string }>('SELECT id FROM document_versions WHERE document_id = $1 AND id = $2', [
        documentId,
        requested,
      ])
    : await db.query<{ id: string }>('SELECT current_version_id AS id FROM documents WHERE id = $1', [documentId]);
  return rows[0]?.id ?? null;
}
