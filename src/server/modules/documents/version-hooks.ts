import type { Queryable } from '../../platform/db/index.ts';

/** A document got a new current version (upload, "replace", restore), inside the transaction that adds it. */
export interface DocumentVersionAdded {
  documentId: string;
  versionId: string;
  accountId: string;
  now: Date;
}

export type DocumentVersionListener = (tx: Queryable, event: DocumentVersionAdded) => Promise<void>;

const listeners = new Set<DocumentVersionListener>();

/**
 * Lets another module act on a new version in the same transaction (approvals cancel their pending requests on
 * the old content), so the version and its consequences commit or roll back together. Returns the unsubscribe.
 */
export function onDocumentVersionAdded(listener: DocumentVersionListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function documentVersionAdded(tx: Queryable, event: DocumentVersionAdded) {
  for (const listener of listeners) await listener(tx, event);
}
