import { createContext, useContext, type ReactNode } from 'react';
import type { DocumentSpace } from '../../../contract/index.ts';
import { API_BASE } from '../../api/client.ts';
import type { Resource } from '../../api/hooks.ts';
import { useApi } from '../../api/typed-hooks.ts';

/** Where the documents pages of one account live: the portal (`/documents`) or the console account's tab. */
export interface DocsScope {
  accountId: string;
  /** Base path of the document browser (files at `${docs}/files/:id`, trash at `${docs}/trash`). */
  docs: string;
  /** Base path of the file requests pages. */
  requests: string;
  space: Resource<DocumentSpace>;
}

const ScopeContext = createContext<DocsScope | null>(null);

export function DocsScopeProvider({
  accountId,
  docs,
  requests,
  children,
}: Omit<DocsScope, 'space'> & { children: ReactNode }) {
  const space = useApi('/api/v1/accounts/{accountId}/document-space', { path: { accountId } });
  return <ScopeContext.Provider value={{ accountId, docs, requests, space }}>{children}</ScopeContext.Provider>;
}

export function useDocsScope(): DocsScope {
  const scope = useContext(ScopeContext);
  if (!scope) throw new Error('useDocsScope outside DocsScopeProvider');
  return scope;
}

/** Browser URLs of a document's bytes (the session cookie authorises them). */
export const fileUrl = {
  download: (documentId: string, versionId?: string) =>
    `${API_BASE}/documents/${documentId}/download${versionId ? `?versionId=${encodeURIComponent(versionId)}` : ''}`,
  preview: (documentId: string, versionId?: string) =>
    `${API_BASE}/documents/${documentId}/preview${versionId ? `?versionId=${encodeURIComponent(versionId)}` : ''}`,
  thumbnail: (documentId: string, version: number) => `${API_BASE}/documents/${documentId}/thumbnail?v=${version}`,
  zip: (folderId: string) => `${API_BASE}/folders/${folderId}/zip`,
  areaZip: (accountId: string, area: string) =>
    `${API_BASE}/accounts/${accountId}/documents/zip?area=${encodeURIComponent(area)}`,
};
