import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { decodeCursorValues, encodeCursor, toPage, type CursorPart } from '../../../platform/http/pagination.ts';
import { viewerOf, type KbViewer } from '../policy.ts';
import { presentArticleListItem } from '../presenters.ts';
import { findCategory } from '../repository.ts';
import {
  categoryArticleKey,
  listCategoryArticles,
  type CategoryArticleKey,
  type CategoryArticleRow,
} from '../repository-category-articles.ts';

const KEY_KINDS: readonly CursorPart[] = ['integer', 'text', 'uuid', 'integer', 'text', 'uuid'];
const decodeKey = (cursor: string | undefined) => decodeCursorValues(cursor, KEY_KINDS) as CategoryArticleKey | null;

/** `GET /knowledge-base/categories/{id}/articles`: the category's articles in reading order, a page at a time. */
export async function listCategoryArticlesUseCase(
  ctx: AppContext,
  actor: Actor | null,
  categoryId: string,
  query: { limit: number; cursor?: string },
) {
  const viewer = viewerOf(actor);
  // A hidden category reads like a missing one, whatever articles it holds.
  if (!(await findCategory(ctx.db, viewer, categoryId))) throw notFound();
  const rows = await listCategoryArticles(ctx.db, viewer, categoryId, {
    key: decodeKey(query.cursor),
    forward: true,
    limit: query.limit + 1,
  });
  return toPage(rows, query.limit, presentArticleListItem, categoryArticleKey);
}

/** How many articles one help-center category page shows. */
export const HELP_CATEGORY_PAGE_SIZE = 50;

export interface CategoryArticlesPage {
  rows: CategoryArticleRow[];
  /** The cursor of the next page; null on the last. */
  next: string | null;
  /** The previous page: null on the first, '' when the previous page is the first (no cursor). */
  previous: string | null;
}

/**
 * One page of the help center's category page. Forward-only cursors give "Next"; "Previous" is found by reading
 * back from the page's first article: the page before starts after the article one page-size further back, or is
 * the first page when there are not that many.
 */
export async function categoryArticlesPage(
  ctx: AppContext,
  viewer: KbViewer,
  categoryId: string,
  cursor: string | undefined,
  size = HELP_CATEGORY_PAGE_SIZE,
): Promise<CategoryArticlesPage> {
  const key = decodeKey(cursor);
  const rows = await listCategoryArticles(ctx.db, viewer, categoryId, { key, forward: true, limit: size + 1 });
  const shown = rows.slice(0, size);
  const last = shown[shown.length - 1];
  const next = rows.length > size && last ? encodeCursor(categoryArticleKey(last)) : null;
  if (!key || !shown[0]) return { rows: shown, next, previous: key ? '' : null };
  const before = await listCategoryArticles(ctx.db, viewer, categoryId, {
    key: categoryArticleKey(shown[0]),
    forward: false,
    limit: size + 1,
  });
  const start = before[size];
  return { rows: shown, next, previous: start ? encodeCursor(categoryArticleKey(start)) : '' };
}
