import type { KbSearchHit } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { hitRateLimit } from '../../../platform/security/rate-limit.ts';
import { viewerOf, type KbViewer } from '../policy.ts';
import { presentArticleSummary } from '../presenters.ts';
import { logSearch, MARK_END, MARK_START, searchArticles, suggestArticles } from '../repository-search.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** ts_headline returns the article's own text: escape all of it, then the only markup left is our <mark>. */
export function snippetHtml(raw: string): string {
  return escapeHtml(raw).replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>');
}

/** Searches one address may add to the analytics per window; beyond that they still run but are not counted. */
const LOGGED_PER_WINDOW = 120;

/** Full search, as the help center's search page and the API run it. Searches are logged for the analytics. */
export async function searchUseCase(
  ctx: AppContext,
  viewer: KbViewer,
  query: { q: string; limit: number; locale?: string },
  ip: string,
): Promise<{ items: KbSearchHit[] }> {
  const rows = await searchArticles(ctx.db, viewer, query.q, query.locale ?? 'en', query.limit);
  const now = ctx.clock.now();
  if ((await hitRateLimit(ctx.db, `kb-search-log:${ip}`, 600, now)).hits <= LOGGED_PER_WINDOW)
    await logSearch(ctx.db, query.q, rows.length, now);
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
