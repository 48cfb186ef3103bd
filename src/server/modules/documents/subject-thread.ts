import type { SubjectThreadProvider } from '../conversations/index.ts';
import { documentPolicy, documentScopeOf } from './policy.ts';
import { findDocument } from './repository.ts';
import { documentListeners, documentShared, documentThreadVersion } from './repository-thread.ts';

/**
 * The feedback thread beside a document is its conversations thread (kind 'document'): visible to whoever sees the
 * document (account scope; the account's people the shared area only), with documentPolicy.discussion's rights.
 * Its uploader hears of each message. Each version has its own thread.
 */
export const documentThreads: SubjectThreadProvider = {
  async access(db, actor, documentId) {
    const document = await findDocument(db, documentScopeOf(actor), documentId);
    if (!document) return null;
    return { accountId: document.account_id, title: document.name, ...documentPolicy.discussion(actor, document) };
  },
  shared: documentShared,
  listeners: documentListeners,
  // One discussion per version: the version being viewed (the current one by default).
  version: documentThreadVersion,
};
