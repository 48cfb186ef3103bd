import type { Queryable } from '../../platform/db/index.ts';
import type { KbViewer } from './policy.ts';
import { SELECT_ARTICLE, viewerParams, visibleArticle, type ArticleRow } from './repository.ts';

/**
 * A category's articles in reading order: section by section (as the category lists its sections: position, then
 * name), then by the article's position and title. The id ends every key, so the order is total and a keyset
 * cursor never skips or repeats an article, whatever positions and titles tie.
 */
export type CategoryArticleKey = [number, string, string, number, string, string];

export interface CategoryArticleRow extends ArticleRow {
  section_position: number;
  section_name: string;
  title_key: string;
}

const KEY = '(s.position, s.name, s.id, a.position, lower(a.title), a.id)';
const KEY_PARAMS = '($5::integer, $6::text, $7::uuid, $8::integer, $9::text, $10::uuid)';
const ASCENDING = 's.position, s.name, s.id, a.position, lower(a.title), a.id';
const DESCENDING = 's.position DESC, s.name DESC, s.id DESC, a.position DESC, lower(a.title) DESC, a.id DESC';

export const categoryArticleKey = (row: CategoryArticleRow): CategoryArticleKey => [
  row.section_position,
  row.section_name,
  row.section_id,
  row.position,
  row.title_key,
  row.id,
];

/**
 * Up to `limit` visible articles of a category after (`forward`) or before (backward, nearest first) a key; the
 * caller asks for one more than it shows to learn whether another page exists.
 */
export async function listCategoryArticles(
  db: Queryable,
  viewer: KbViewer,
  categoryId: string,
  page: { key: CategoryArticleKey | null; forward: boolean; limit: number },
): Promise<CategoryArticleRow[]> {
  const key = page.key ?? [null, null, null, null, null, null];
  const { rows } = await db.query<CategoryArticleRow>(
    `${SELECT_ARTICLE.replace(
      'SELECT ',
      'SELECT s.position AS section_position, s.name AS section_name, lower(a.title) AS title_key, ',
    )}
       WHERE ${visibleArticle(1)} AND s.category_id = $4
         AND ($5::integer IS NULL OR ${page.forward ? `${KEY} > ${KEY_PARAMS}` : `${KEY} < ${KEY_PARAMS}`})
       ORDER BY ${page.forward ? ASCENDING : DESCENDING} LIMIT $11`,
    [...viewerParams(viewer), categoryId, ...key, page.limit],
  );
  return rows;
}
