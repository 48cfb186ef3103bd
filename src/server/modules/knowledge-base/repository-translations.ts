import type { KbStatus } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import type { KbViewer } from './policy.ts';
import { ARTICLE_FROM, viewerParams, visibleArticle } from './repository.ts';

// Knowledge-base content is portal-wide, not account data: the audience rule (visibleArticle) replaces a scope.

export interface TranslationRow {
  id: string;
  locale: string;
  slug: string;
  title: string;
  status: KbStatus;
  /** The version the others translate (it cannot be removed as a translation). */
  original: boolean;
}

/** The group an article belongs to: the original's id (the original points at no one). */
export async function translationGroupOf(db: Queryable, articleId: string): Promise<string | null> {
  const { rows } = await db.query<{ group_id: string }>(
    'SELECT COALESCE(translation_of, id) AS group_id FROM kb_articles WHERE id = $1',
    [articleId],
  );
  return rows[0]?.group_id ?? null;
}

/** Every version of an article's group the viewer may read, the article itself included, by language. */
export async function listTranslations(db: Queryable, viewer: KbViewer, articleId: string): Promise<TranslationRow[]> {
  const { rows } = await db.query<TranslationRow>(
    `SELECT a.id, a.locale, a.slug, a.title, a.status, a.translation_of IS NULL AS original FROM ${ARTICLE_FROM}
     WHERE ${visibleArticle(1)}
       AND COALESCE(a.translation_of, a.id) = (SELECT COALESCE(x.translation_of, x.id) FROM kb_articles x WHERE x.id = $4)
     ORDER BY a.locale, a.id`,
    [...viewerParams(viewer), articleId],
  );
  return rows;
}

export async function setTranslationOf(db: Queryable, articleId: string, groupId: string) {
  await db.query('UPDATE kb_articles SET translation_of = $2 WHERE id = $1', [articleId, groupId]);
}

/** Deletes a translation (not an original) of the group; false when there is no such translation (any more). */
export async function deleteTranslation(db: Queryable, translationId: string, groupId: string): Promise<boolean> {
  const { rows } = await db.query('DELETE FROM kb_articles WHERE id = $1 AND translation_of = $2 RETURNING id', [
    translationId,
    groupId,
  ]);
  return rows.length > 0;
}

/** Whether the group already has a version in this language (the unique index refuses a second one too). */
export async function translationExists(db: Queryable, groupId: string, language: string) {
  const { rows } = await db.query(
    `SELECT 1 FROM kb_articles WHERE COALESCE(translation_of, id) = $1 AND split_part(locale, '-', 1) = $2`,
    [groupId, language],
  );
  return rows.length > 0;
}

/** Public articles' groups for the sitemap's hreflang alternates (anonymous reader: the audience rule applies). */
export async function publicTranslationsForSitemap(db: Queryable, viewer: KbViewer) {
  const { rows } = await db.query<{ group_id: string; locale: string; slug: string; updated_at: Date }>(
    `SELECT COALESCE(a.translation_of, a.id) AS group_id, a.locale, a.slug, a.updated_at FROM ${ARTICLE_FROM}
     WHERE ${visibleArticle(1)} ORDER BY 1, a.locale LIMIT 50000`,
    viewerParams(viewer),
  );
  return rows;
}
