import type { Database, Queryable } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import type { KbViewer } from './policy.ts';
import { ARTICLE_FROM, viewerParams, visibleArticle } from './repository.ts';

/** ts_headline marks matches with these private-use characters; the use case escapes the text, then turns them into <mark>. */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

/** How close a misspelt query must be to (a word run of) a title to count as a match. */
const TYPO_THRESHOLD = 0.5;

export interface SearchRow {
  id: string;
  slug: string;
  locale: string;
  title: string;
  summary: string;
  snippet: string;
  score: number;
}

/**
 * pg_trgm's `<%` operator ("some run of words of the title is at least this similar to the query") can use the
 * title's trigram index, where a similarity function in WHERE reads every title. Its threshold is a setting,
 * so the typo pass runs in a transaction that sets it locally. The operator is reached in the schema pg_trgm
 * was installed in (0005 installs it in public).
 */
async function withTypoThreshold<T>(db: Database, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)", [String(TYPO_THRESHOLD)]);
    return fn(tx);
  });
}
const TITLE_IS_CLOSE = 'q.raw OPERATOR(public.<%) lower(a.title)';

const SNIPPET = `ts_headline(kb_text_config(a.locale),
  regexp_replace(CASE WHEN a.summary = '' THEN a.body ELSE a.summary || ' — ' || a.body END, '[#*_\`>|\\[\\]]+|\\(https?://[^)]*\\)', ' ', 'g'),
  q.tsq, 'StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')`;

/**
 * Full-text search over the stored, GIN-indexed `search_vector` (title > summary > body by weight), ranked by
 * ts_rank. Only when that finds fewer than `limit` articles does a typo-tolerant pass look at titles (pg_trgm word
 * similarity through the title's trigram index) and add the closest ones after them: both passes use an index,
 * so search stays fast at 100,000 articles. A query of stop words only ("how to") has no typo pass: it would match
 * nearly every title. The audience rule filters in the same queries, so hidden articles never influence results.
 */
export async function searchArticles(db: Database, viewer: KbViewer, query: string, locale: string, limit: number): Promise<SearchRow[]> {
  const params = [...viewerParams(viewer), locale, query, limit];
  const { rows } = await db.query<SearchRow>(
    `WITH q AS (SELECT websearch_to_tsquery(kb_text_config($4), $5) AS tsq)
     SELECT a.id, a.slug, a.locale, a.title, a.summary, ${SNIPPET} AS snippet, ts_rank(a.search_vector, q.tsq)::float8 AS score
     FROM ${ARTICLE_FROM}, q
     WHERE ${visibleArticle(1)} AND a.locale = $4 AND a.search_vector @@ q.tsq
     ORDER BY score DESC, a.id
     LIMIT $6`, params);
  if (rows.length >= limit) return rows;
  const typos = await withTypoThreshold(db, (tx) => tx.query<SearchRow>(
    `WITH q AS (SELECT websearch_to_tsquery(kb_text_config($4), $5) AS tsq, lower($5) AS raw)
     SELECT a.id, a.slug, a.locale, a.title, a.summary, ${SNIPPET} AS snippet, (0.3 * kb_title_similarity(q.raw, lower(a.title)))::float8 AS score
     FROM ${ARTICLE_FROM}, q
     WHERE ${visibleArticle(1)} AND a.locale = $4 AND numnode(q.tsq) > 0 AND ${TITLE_IS_CLOSE} AND NOT (a.search_vector @@ q.tsq)
     ORDER BY score DESC, a.id
     LIMIT $6`, [...viewerParams(viewer), locale, query, limit - rows.length]));
  return [...rows, ...typos.rows];
}

/**
 * Search-as-you-type: titles only, prefix-aware (the last word may be half typed), no snippet, not logged. The
 * same two passes as search: words and title substrings (both indexed) first, close titles only to fill up.
 */
export async function suggestArticles(db: Database, viewer: KbViewer, query: string, locale: string, limit: number) {
  type Row = { id: string; slug: string; locale: string; title: string; summary: string };
  const params = [...viewerParams(viewer), locale, query.replace(/[\\%_]/g, (c) => `\\${c}`), prefixQuery(query), limit];
  const { rows } = await db.query<Row>(
    `WITH q AS (SELECT to_tsquery(kb_text_config($4), $6) AS tsq, lower($5) AS raw)
     SELECT a.id, a.slug, a.locale, a.title, a.summary
     FROM ${ARTICLE_FROM}, q
     WHERE ${visibleArticle(1)} AND a.locale = $4 AND (a.search_vector @@ q.tsq OR lower(a.title) LIKE '%' || q.raw || '%')
     ORDER BY ts_rank(a.search_vector, q.tsq) DESC, a.id
     LIMIT $7`, params);
  if (rows.length >= limit) return rows;
  const typos = await withTypoThreshold(db, (tx) => tx.query<Row>(
    `WITH q AS (SELECT to_tsquery(kb_text_config($4), $6) AS tsq, lower($5) AS raw)
     SELECT a.id, a.slug, a.locale, a.title, a.summary
     FROM ${ARTICLE_FROM}, q
     WHERE ${visibleArticle(1)} AND a.locale = $4 AND numnode(q.tsq) > 0 AND ${TITLE_IS_CLOSE}
       AND NOT (a.search_vector @@ q.tsq OR lower(a.title) LIKE '%' || q.raw || '%')
     ORDER BY kb_title_similarity(q.raw, lower(a.title)) DESC, a.id
     LIMIT $7`, [...params.slice(0, -1), limit - rows.length]));
  return [...rows, ...typos.rows];
}

/** "reset pass" -> "reset & pass:*": words become plain lexemes, only the last one a prefix. Operators are stripped. */
function prefixQuery(query: string): string {
  const words = query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 8);
  if (words.length === 0) return '';
  return words.map((word, index) => (index === words.length - 1 ? `${word}:*` : word)).join(' & ');
}

export async function logSearch(db: Queryable, query: string, resultCount: number, now: Date) {
  await db.query('INSERT INTO kb_search_log (id, query, result_count, created_at) VALUES ($1, $2, $3, $4)',
    [newId(now.getTime()), query.toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 200), resultCount, now]);
}

/** Staff analytics over the last `days` days. Portal-wide, read by staff only: no scope applies. */
export async function searchAnalytics(db: Queryable, since: Date, limit: number) {
  const top = await db.query<{ query: string; searches: number; last_results: number }>(
    `SELECT query, count(*)::int AS searches, (array_agg(result_count ORDER BY created_at DESC))[1] AS last_results
     FROM kb_search_log WHERE created_at >= $1 GROUP BY query ORDER BY count(*) DESC, query LIMIT $2`, [since, limit]);
  const none = await db.query<{ query: string; searches: number }>(
    `SELECT query, count(*)::int AS searches FROM kb_search_log WHERE created_at >= $1 AND result_count = 0
     GROUP BY query ORDER BY count(*) DESC, query LIMIT $2`, [since, limit]);
  const worst = await db.query<{ id: string; title: string; slug: string; yes: number; no: number; ratio: number }>(
    `SELECT a.id, a.title, a.slug, count(*) FILTER (WHERE f.helpful)::int AS yes, count(*) FILTER (WHERE NOT f.helpful)::int AS no,
       (count(*) FILTER (WHERE f.helpful))::float8 / count(*) AS ratio
     FROM kb_feedback f JOIN kb_articles a ON a.id = f.article_id
     GROUP BY a.id, a.title, a.slug HAVING count(*) FILTER (WHERE NOT f.helpful) > 0
     ORDER BY ratio, count(*) DESC, a.id LIMIT $1`, [limit]);
  // Readers' own words say what is wrong with an article; newest first, within the period.
  const comments = await db.query<{ id: string; title: string; slug: string; helpful: boolean; comment: string; created_at: Date }>(
    `SELECT a.id, a.title, a.slug, f.helpful, f.comment, f.created_at FROM kb_feedback f JOIN kb_articles a ON a.id = f.article_id
     WHERE f.created_at >= $1 AND f.comment IS NOT NULL AND f.comment <> '' ORDER BY f.created_at DESC, a.id LIMIT $2`, [since, limit]);
  return { top: top.rows, none: none.rows, worst: worst.rows, comments: comments.rows };
}

/** One vote per reader and article: voting again replaces the earlier vote. */
export async function upsertFeedback(db: Queryable, articleId: string, voterKey: string, helpful: boolean, comment: string | null, now: Date) {
  await db.query(
    `INSERT INTO kb_feedback (article_id, voter_key, helpful, comment, created_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (article_id, voter_key) DO UPDATE SET helpful = excluded.helpful, comment = excluded.comment, created_at = excluded.created_at`,
    [articleId, voterKey, helpful, comment, now],
  );
  const { rows } = await db.query<{ yes: number; no: number }>(
    'SELECT count(*) FILTER (WHERE helpful)::int AS yes, count(*) FILTER (WHERE NOT helpful)::int AS no FROM kb_feedback WHERE article_id = $1', [articleId]);
  return rows[0]!;
}
