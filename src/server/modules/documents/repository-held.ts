import type { Queryable } from '../../platform/db/index.ts';

/*
 * Uploads held for a use that may not happen (a PDF for a signature request not sent yet). The writes take a
 * document the caller just made or already authorized; the sweep acts for every account: no scope here.
 */

export async function insertHeldUpload(
  db: Queryable,
  held: { documentId: string; accountId: string; heldFor: 'signature'; by: string; now: Date },
) {
  await db.query(
    `INSERT INTO documents_held_uploads (document_id, account_id, held_for, held_by, held_at)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (document_id) DO NOTHING`,
    [held.documentId, held.accountId, held.heldFor, held.by, held.now],
  );
}

/** The upload is used (an envelope was sent with it): it stays. No-op for a document that was never held. */
export async function releaseHeldUpload(db: Queryable, documentId: string) {
  await db.query('DELETE FROM documents_held_uploads WHERE document_id = $1', [documentId]);
}

export interface AbandonedUpload {
  document_id: string;
  account_id: string;
  held_by: string | null;
  name: string;
  area: 'shared' | 'internal';
}

/** Held uploads older than `before`, locked (SKIP LOCKED: a send using one right now keeps it), with their rows gone. */
export async function takeAbandonedUploads(db: Queryable, before: Date, limit: number) {
  const { rows } = await db.query<AbandonedUpload>(
    `WITH taken AS (
       DELETE FROM documents_held_uploads WHERE document_id IN (
         SELECT document_id FROM documents_held_uploads WHERE held_at < $1 ORDER BY held_at LIMIT $2
         FOR UPDATE SKIP LOCKED)
       RETURNING document_id, account_id, held_by)
     SELECT t.document_id, t.account_id, t.held_by, d.name, d.area FROM taken t
     JOIN documents d ON d.id = t.document_id AND d.deleted_at IS NULL`,
    [before, limit],
  );
  return rows;
}
