import type { KbAnalytics } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden } from '../../../platform/http/errors.ts';
import { renderArticleMarkdown } from '../markdown.ts';
import { kbPolicy } from '../policy.ts';
import { searchAnalytics } from '../repository-search.ts';

/** Top queries, queries that found nothing (content to write), the least helpful articles and readers' comments (content to fix). */
export async function analyticsUseCase(ctx: AppContext, actor: Actor, days: number): Promise<KbAnalytics> {
  if (!kbPolicy.canViewAnalytics(actor)) throw forbidden();
  const since = new Date(ctx.clock.now().getTime() - days * 86_400_000);
  const { top, none, worst, comments } = await searchAnalytics(ctx.db, since, 20);
  return {
    topQueries: top.map((row) => ({ query: row.query, searches: row.searches, lastResults: row.last_results })),
    noResultQueries: none.map((row) => ({ query: row.query, searches: row.searches })),
    worstArticles: worst.map((row) => ({
      id: row.id,
      title: row.title,
      slug: row.slug,
      yes: row.yes,
      no: row.no,
      helpfulRatio: Math.round(row.ratio * 1000) / 1000,
    })),
    recentComments: comments.map((row) => ({
      articleId: row.id,
      title: row.title,
      slug: row.slug,
      helpful: row.helpful,
      comment: row.comment,
      createdAt: row.created_at.toISOString(),
    })),
  };
}

/** The editor's live preview runs the very renderer readers get, so what staff see is what gets published. */
export function previewUseCase(actor: Actor, body: string) {
  if (!kbPolicy.canEditArticles(actor)) throw forbidden();
  return { html: renderArticleMarkdown(body) };
}
