import type { KbAudience, KbStatus } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import type { KbViewer } from './policy.ts';

/*
 * Knowledge-base content is portal-wide, not account data: no account scope applies. What replaces it is the
 * audience rule below, and every read of articles or categories goes through it.
 */

/** The reader's segments, from the accounts they belong to. An InitPlan: computed once per query. */
const viewerSegments = (p: number) =>
  `(SELECT coalesce(array_agg(DISTINCT ac.segment_id), '{}') FROM accounts ac WHERE ac.id = ANY($${p + 2}::uuid[]))`;

/**
 * THE audience rule, for an article `a` in category `c`, with the viewer in $p..$p+2 (`viewerParams`):
 * staff see everything (drafts included); anyone else sees published articles whose category AND own audience
 * both admit them. Pages, API, search, suggestions, related articles and the sitemap all use this fragment.
 */
export const visibleArticle = (p: number) => `($${p}::boolean OR (a.status = 'published'
  AND kb_audience_allows(c.audience, c.audience_segment_ids, false, $${p + 1}::boolean, ${viewerSegments(p)})
  AND kb_audience_allows(a.audience, a.audience_segment_ids, false, $${p + 1}::boolean, ${viewerSegments(p)})))`;

/** The same rule for a category on its own (category pages and the category list). */
export const visibleCategory = (p: number) =>
  `kb_audience_allows(c.audience, c.audience_segment_ids, $${p}::boolean, $${p + 1}::boolean, ${viewerSegments(p)})`;

export const viewerParams = (viewer: KbViewer): [boolean, boolean, string[]] => [
  viewer.isStaff,
  viewer.signedIn,
  viewer.accountIds,
];

export const ARTICLE_FROM =
  'kb_articles a JOIN kb_sections s ON s.id = a.section_id JOIN kb_categories c ON c.id = s.category_id';

export interface CategoryRow {
  id: string;
  locale: string;
  slug: string;
  name: string;
  description: string;
  position: number;
  audience: KbAudience;
  audience_segment_ids: string[];
  version: number;
  sections: { id: string; name: string; position: number }[];
}

const SELECT_CATEGORY = `SELECT c.id, c.locale, c.slug, c.name, c.description, c.position, c.audience, c.audience_segment_ids, c.version,
  coalesce((SELECT json_agg(json_build_object('id', s.id, 'name', s.name, 'position', s.position) ORDER BY s.position, s.name)
            FROM kb_sections s WHERE s.category_id = c.id), '[]') AS sections
  FROM kb_categories c`;

export async function listCategories(db: Queryable, viewer: KbViewer, locale: string): Promise<CategoryRow[]> {
  const { rows } = await db.query<CategoryRow>(
    `${SELECT_CATEGORY} WHERE ${visibleCategory(1)} AND c.locale = $4 ORDER BY c.position, lower(c.name), c.id`,
    [...viewerParams(viewer), locale],
  );
  return rows;
}

export async function findCategory(db: Queryable, viewer: KbViewer, id: string): Promise<CategoryRow | null> {
  const { rows } = await db.query<CategoryRow>(`${SELECT_CATEGORY} WHERE ${visibleCategory(1)} AND c.id = $4`, [
    ...viewerParams(viewer),
    id,
  ]);
  return rows[0] ?? null;
}

export interface CategoryFields {
  locale: string;
  slug: string;
  name: string;
  description: string;
  position: number;
  audience: KbAudience;
  audienceSegmentIds: string[];
}

export async function insertCategory(db: Queryable, id: string, fields: CategoryFields) {
  await db.query(
    `INSERT INTO kb_categories (id, locale, slug, name, description, position, audience, audience_segment_ids) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      id,
      fields.locale,
      fields.slug,
      fields.name,
      fields.description,
      fields.position,
      fields.audience,
      fields.audienceSegmentIds,
    ],
  );
}

/** Null when the version is stale. */
export async function updateCategory(
  db: Queryable,
  id: string,
  fields: CategoryFields,
  expectedVersion: number | null,
) {
  const { rowCount } = await db.query(
    `UPDATE kb_categories SET slug = $2, name = $3, description = $4, position = $5, audience = $6, audience_segment_ids = $7,
       version = version + 1, updated_at = now()
     WHERE id = $1 AND ($8::int IS NULL OR version = $8)`,
    [
      id,
      fields.slug,
      fields.name,
      fields.description,
      fields.position,
      fields.audience,
      fields.audienceSegmentIds,
      expectedVersion,
    ],
  );
  return rowCount === 1;
}

export async function insertSection(
  db: Queryable,
  section: { id: string; categoryId: string; name: string; position: number },
) {
  await db.query('INSERT INTO kb_sections (id, category_id, name, position) VALUES ($1, $2, $3, $4)', [
    section.id,
    section.categoryId,
    section.name,
    section.position,
  ]);
}

/** Sections are staff-side structure; the locale of their category is what articles inherit. */
export async function findSection(db: Queryable, id: string) {
  const { rows } = await db.query<{ id: string; category_id: string; locale: string }>(
    'SELECT s.id, s.category_id, c.locale FROM kb_sections s JOIN kb_categories c ON c.id = s.category_id WHERE s.id = $1',
    [id],
  );
  return rows[0] ?? null;
}

/**
 * Claims a slug for a target. Slugs are never released: a renamed object keeps its old ones (they redirect),
 * and nobody else can take them. False when another object holds it.
 */
export async function claimSlug(
  db: Queryable,
  kind: 'article' | 'category',
  locale: string,
  slug: string,
  targetId: string,
) {
  await db.query(
    'INSERT INTO kb_slugs (kind, locale, slug, target_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
    [kind, locale, slug, targetId],
  );
  const { rows } = await db.query<{ target_id: string }>(
    'SELECT target_id FROM kb_slugs WHERE kind = $1 AND locale = $2 AND slug = $3',
    [kind, locale, slug],
  );
  return rows[0]?.target_id === targetId;
}

/** The object a slug (current or former) names. */
export async function resolveSlug(db: Queryable, kind: 'article' | 'category', locale: string, slug: string) {
  const { rows } = await db.query<{ target_id: string }>(
    'SELECT target_id FROM kb_slugs WHERE kind = $1 AND locale = $2 AND slug = $3',
    [kind, locale, slug],
  );
  return rows[0]?.target_id ?? null;
}

export async function slugTaken(db: Queryable, kind: 'article' | 'category', locale: string, slug: string) {
  return (await resolveSlug(db, kind, locale, slug)) !== null;
}

export interface ArticleRow {
  id: string;
  section_id: string;
  category_id: string;
  category_slug: string;
  locale: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  status: KbStatus;
  audience: KbAudience;
  audience_segment_ids: string[];
  position: number;
  published_at: Date | null;
  updated_at: Date;
  /** Bumped by every change (If-Match); not the number people see. */
  version: number;
  /** The newest entry of the article's history: the "Version N" people see. */
  content_version: number;
}

export const SELECT_ARTICLE = `SELECT a.id, a.section_id, s.category_id, c.slug AS category_slug, a.locale, a.slug, a.title, a.summary, a.body, a.status,
  a.audience, a.audience_segment_ids, a.position, a.published_at, a.updated_at, a.version,
  coalesce((SELECT max(v.number) FROM kb_article_versions v WHERE v.article_id = a.id), 0) AS content_version
  FROM ${ARTICLE_FROM}`;

export async function findArticle(db: Queryable, viewer: KbViewer, id: string): Promise<ArticleRow | null> {
  const { rows } = await db.query<ArticleRow>(`${SELECT_ARTICLE} WHERE ${visibleArticle(1)} AND a.id = $4`, [
    ...viewerParams(viewer),
    id,
  ]);
  return rows[0] ?? null;
}

export interface ArticleFilter {
  status?: KbStatus;
  sectionId?: string;
  categoryId?: string;
  afterId: string | null;
  limit: number;
}

/** Keyset on id (UUIDv7: creation order). */
export async function listArticles(db: Queryable, viewer: KbViewer, filter: ArticleFilter): Promise<ArticleRow[]> {
  const { rows } = await db.query<ArticleRow>(
    `${SELECT_ARTICLE}
     WHERE ${visibleArticle(1)} AND ($4::text IS NULL OR a.status = $4) AND ($5::uuid IS NULL OR a.section_id = $5)
       AND ($6::uuid IS NULL OR s.category_id = $6) AND ($7::uuid IS NULL OR a.id > $7)
     ORDER BY a.id LIMIT $8`,
    [
      ...viewerParams(viewer),
      filter.status ?? null,
      filter.sectionId ?? null,
      filter.categoryId ?? null,
      filter.afterId,
      filter.limit + 1,
    ],
  );
  return rows;
}

/** Other visible articles of the same section. */
export async function relatedArticles(
  db: Queryable,
  viewer: KbViewer,
  article: { id: string; section_id: string },
  limit = 5,
): Promise<ArticleRow[]> {
  const { rows } = await db.query<ArticleRow>(
    `${SELECT_ARTICLE} WHERE ${visibleArticle(1)} AND a.section_id = $4 AND a.id <> $5 ORDER BY a.position, lower(a.title), a.id LIMIT $6`,
    [...viewerParams(viewer), article.section_id, article.id, limit],
  );
  return rows;
}

export interface ArticleFields {
  sectionId: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  status: KbStatus;
  audience: KbAudience;
  audienceSegmentIds: string[];
}

export async function insertArticle(db: Queryable, id: string, locale: string, fields: ArticleFields, now: Date) {
  await db.query(
    `INSERT INTO kb_articles (id, section_id, locale, slug, title, summary, body, status, audience, audience_segment_ids, published_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, CASE WHEN $8 = 'published' THEN $11::timestamptz END, $11, $11)`,
    [
      id,
      fields.sectionId,
      locale,
      fields.slug,
      fields.title,
      fields.summary,
      fields.body,
      fields.status,
      fields.audience,
      fields.audienceSegmentIds,
      now,
    ],
  );
}

/** False when the version is stale. published_at records the first publication only. */
export async function updateArticle(
  db: Queryable,
  id: string,
  fields: ArticleFields,
  expectedVersion: number | null,
  now: Date,
) {
  const { rowCount } = await db.query(
    `UPDATE kb_articles SET section_id = $2, slug = $3, title = $4, summary = $5, body = $6, status = $7, audience = $8, audience_segment_ids = $9,
       published_at = CASE WHEN $7 = 'published' THEN coalesce(published_at, $10) ELSE published_at END,
       updated_at = $10, version = version + 1
     WHERE id = $1 AND ($11::int IS NULL OR version = $11)`,
    [
      id,
      fields.sectionId,
      fields.slug,
      fields.title,
      fields.summary,
      fields.body,
      fields.status,
      fields.audience,
      fields.audienceSegmentIds,
      now,
      expectedVersion,
    ],
  );
  return rowCount === 1;
}

export interface VersionRow {
  number: number;
  title: string;
  summary: string;
  body: string;
  author_label: string | null;
  created_at: Date;
}

/** Appends the article's current content as its next version (numbers are per article, from 1). */
export async function snapshotArticle(
  db: Queryable,
  articleId: string,
  author: { id: string; label: string },
  now: Date,
) {
  await db.query(
    `INSERT INTO kb_article_versions (article_id, number, title, summary, body, author_user_id, author_label, created_at)
     SELECT a.id, coalesce((SELECT max(v.number) FROM kb_article_versions v WHERE v.article_id = a.id), 0) + 1, a.title, a.summary, a.body, $2, $3, $4
     FROM kb_articles a WHERE a.id = $1`,
    [articleId, author.id, author.label, now],
  );
}

export async function listVersions(db: Queryable, articleId: string): Promise<VersionRow[]> {
  const { rows } = await db.query<VersionRow>(
    'SELECT number, title, summary, body, author_label, created_at FROM kb_article_versions WHERE article_id = $1 ORDER BY number DESC LIMIT 200',
    [articleId],
  );
  return rows;
}

export async function findVersion(db: Queryable, articleId: string, number: number): Promise<VersionRow | null> {
  const { rows } = await db.query<VersionRow>(
    'SELECT number, title, summary, body, author_label, created_at FROM kb_article_versions WHERE article_id = $1 AND number = $2',
    [articleId, number],
  );
  return rows[0] ?? null;
}

/** What the sitemap lists: published articles an anonymous visitor may read (the same rule, anonymous viewer). */
export async function listPublicArticlesForSitemap(db: Queryable): Promise<{ slug: string; updated_at: Date }[]> {
  const { rows } = await db.query<{ slug: string; updated_at: Date }>(
    `SELECT a.slug, a.updated_at FROM ${ARTICLE_FROM} WHERE ${visibleArticle(1)} ORDER BY a.id LIMIT 50000`,
    [false, false, []],
  );
  return rows;
}
