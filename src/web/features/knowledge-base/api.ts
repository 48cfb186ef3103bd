import type { KbArticle, KbAudience, KbCategory, KbStatus } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';

export const KB = '/knowledge-base';
export const AUDIENCES: readonly KbAudience[] = ['public', 'signed_in', 'segments', 'staff'];
export const STATUSES: readonly KbStatus[] = ['draft', 'published', 'archived'];

export const listCategories = () => api<{ items: KbCategory[] }>(`${KB}/categories`);

export function saveArticle(
  article: KbArticle,
  change: Partial<
    Pick<KbArticle, 'title' | 'slug' | 'summary' | 'body' | 'status' | 'audience' | 'audienceSegmentIds' | 'sectionId'>
  >,
) {
  return api<KbArticle>(`${KB}/articles/${article.id}`, { method: 'PATCH', body: change, ifMatch: article.version });
}

/** Renders with the server's article renderer: the preview is exactly what readers will get. */
export const previewMarkdown = (body: string, signal: AbortSignal) =>
  api<{ html: string }>(`${KB}/preview`, { method: 'POST', body: { body }, signal });
