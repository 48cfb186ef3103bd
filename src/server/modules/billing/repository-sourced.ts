import type { Queryable } from '../../platform/db/index.ts';

/*
 * Documents billing issues for another module's event (a return refunded in money), found by their source key.
 * No account scope: the key names one event of one account, and only the issuing module's transaction asks.
 */
export async function findSourcedDocument(db: Queryable, sourceKey: string) {
  const { rows } = await db.query<{ id: string; number: string | null }>(
    'SELECT id, number FROM billing_documents WHERE source_key = $1',
    [sourceKey],
  );
  return rows[0] ?? null;
}

/** Marks a new draft with its source; the unique index refuses a second document for one source. */
export async function setDocumentSource(db: Queryable, id: string, sourceKey: string) {
  await db.query('UPDATE billing_documents SET source_key = $2 WHERE id = $1', [id, sourceKey]);
}
