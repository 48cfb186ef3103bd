import type { KbSearchHit } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { limitsOf } from '../../../platform/security/limits.ts';
import { viewerOf, type KbViewer } from '../policy.ts';
import { presentArticleSummary } from '../presenters.ts';
import { logSearch, MARK_END, MARK_START, searchArticles, suggestArticles } from '../repository-search.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** ts_headline returns the article's own text: escape all of it, then the only markup left is our <mark>. */
export function snippetHtml(raw: string): string {
  return escapeHtml(raw).replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>');
}

/**
 * Full search, as the help center's search page and the API run it. Searches are logged for the analytics (up to
 * a budget per IP). Visitors who are not signed in have a search budget per IP (429 past it): search is the
 * costliest public read.
 */
export async function searchUseCase(
  ctx: AppContext,
  viewer: KbViewer,
  query: { q: string; limit: number; locale?: string },
  ip: string,
): Promise<{ items: KbSearchHit[] }> {
  const limits = limitsOf(ctx);
  if (!viewer.signedIn) await limits.take('helpSearchPerIp', ip, 'Too many searches from your network. Wait a minute.');
  const rows = await searchArticles(ctx.db, viewer, query.q, query.locale ?? 'en', query.limit);
  const now = ctx.clock.now();
  if ((await limits.consume('searchLogPerIp', ip)).allowed) await logSearch(ctx.db, query.q, rows.length, now);
  return {
    items: rows.map((row) => ({
      ...presentArticleSummary(row),
      snippet: snippetHtml(row.snippet),
      score: Math.round(row.score * 10_000) / 10_000,
    })),
  };
}

export const searchForActorUseCase = (
  ctx: AppContext,
  actor: Actor | null,
  query: { q: string; limit: number; locale?: string },
  ip: string,
) => searchUseCase(ctx, viewerOf(actor), query, ip);

/** Search-as-you-type: a few titles per keystroke (debounced by the client), not logged. */
export async function suggestUseCase(
  ctx: AppContext,
  actor: Actor | null,
  query: { q: string; limit: number; locale?: string },
) {
  const rows = await suggestArticles(ctx.db, viewerOf(actor), query.q, query.locale ?? 'en', Math.min(query.limit, 10));
  return { items: rows.map(presentArticleSummary) };
}
