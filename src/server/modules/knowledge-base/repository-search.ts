import type { Queryable } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import type { KbViewer } from './policy.ts';
import { ARTICLE_FROM, viewerParams, visibleArticle } from './repository.ts';

/** ts_headline marks matches with these private-use characters; the use case escapes the text, then turns them into <mark>. */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

export interface SearchRow {
  id: string;
  slug: string;
  locale: string;
  title: string;
  summary: string;
  snippet: string;
  score: number;
}

/** A highlighted excerpt of the summary and body (Markdown punctuation and link targets stripped) for `tsq`. */
const snippet = (tsq: string) => `ts_headline(kb_text_config(a.locale),
  regexp_replace(CASE WHEN a.summary = '' THEN a.body ELSE a.summary || ' — ' || a.body END, '[#*_\`>|\\[\\]]+|\\(https?://[^)]*\\)', ' ', 'g'),
  ${tsq}, 'StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')`;

/** Candidates a pass ranks (per index it reads): a bound on the work, whatever the words' frequency. */
const CANDIDATES = 200;

/**
 * Full-text search in up to five passes, one statement; each later pass sits behind a one-time filter on what the
 * earlier ones found, so PostgreSQL skips it when the page is already full:
 * 1. articles whose title has every word (a GIN index on the title's vector: a few hundred rows even for common
 *    words, where the whole-article index hands back thousands, each a heap row to read and rank);
 * 2. articles that have the words anywhere (the stored `search_vector`, title > summary > body by weight);
 * 3. the typo pass: the query's unknown words corrected against the dictionary of article words
 *    (`kb_corrected_words`: several candidates by trigrams, the closest by edit distance, 0026), searched like 1
 *    and then 2: titles first (short posting lists), the whole-article index only if they do not fill the page
 *    (at 1,000,000 articles the corrected words' lists in the whole-article index are long: body words);
 * 4. articles with all but one of the (corrected, stemmed, stop-word-free) words (`kb_at_least_query`, 0016):
 *    "cannot reset my password" finds the article that says "reset" and "password";
 * 5. articles with any of the words.
 * Every pass ranks a bounded set of candidates (CANDIDATES per index it reads), never every article that shares
 * one common word (one common word had 2,549 title hits at 100,000 articles, each read and ranked). Within a pass,
 * ts_rank over the whole article orders the hits; in the relaxed passes against the any-word query, so more words
 * and title words rank first. The audience rule filters every pass (before the bound), so hidden articles never
 * influence results. Snippets (ts_headline, the costliest step) are built last, for the rows returned only.
 */
export async function searchArticles(
  db: Queryable,
  viewer: KbViewer,
  query: string,
  locale: string,
  limit: number,
): Promise<SearchRow[]> {
  // The page size is written into the prepared text (an integer from the API): a generic plan with LIMIT $n assumes
  // a tenth of the table. Later parameters keep their numbers.
  if (!Number.isSafeInteger(limit) || limit < 0) throw new Error(`Not a row limit: ${limit}`);
  const room = String(limit);
  const titleVector = 'to_tsvector(kb_text_config(a.locale), a.title)';
  const visible = `${visibleArticle(1)} AND a.locale = $4`;
  /**
   * Up to CANDIDATES visible articles matching `condition`, from the index it names, each with its ts_rank against
   * `rankBy`, computed on the row the index scan has just read (ranking them in a second step read every candidate
   * again through the primary key: 800 buffer reads of 1,350 for a two-word search at 1,000,000 articles).
   */
  const candidates = (from: string, condition: string, rankBy: string) =>
    `(SELECT a.id, ts_rank(a.search_vector, ${rankBy})::float8 AS score FROM ${ARTICLE_FROM}, ${from}
      WHERE ${visible} AND ${condition} LIMIT ${CANDIDATES})`;
  /** The best `size` of the candidates, leaving out those an `earlier` pass returned. */
  const ranked = (scored: string, size: string, earlier?: string) => `
       SELECT c.id, c.score FROM ${scored} c${earlier ? ` WHERE c.id NOT IN (SELECT id FROM ${earlier})` : ''}
       ORDER BY c.score DESC, c.id
       LIMIT ${size}`;
  /** A relaxed pass: candidates matching `tsq` from the title index and the whole-article index. */
  const relaxed = (name: string, tsq: string, earlier: string, when: string) => {
    const guard = `${when} AND (SELECT count(*) FROM ${earlier}) < ${room}`;
    const from = (condition: string) => candidates('words', `${guard} AND ${condition}`, 'words.any_word');
    return `${name} AS (${ranked(
      `(${from(`${titleVector} @@ ${tsq}`)} UNION ${from(`a.search_vector @@ ${tsq}`)})`,
      `${room} - (SELECT count(*) FROM ${earlier})`,
      earlier,
    )})`;
  };
  const { rows } = await db.query<SearchRow>(
    `WITH q AS (SELECT websearch_to_tsquery(kb_text_config($4), $5) AS tsq),
     in_title AS (${ranked(candidates('q', `${titleVector} @@ q.tsq`, 'q.tsq'), room)}),
     anywhere AS (${ranked(
       candidates(
         'q',
         `(SELECT count(*) FROM in_title) < ${room} AND a.search_vector @@ q.tsq AND NOT (${titleVector} @@ q.tsq)`,
         'q.tsq',
       ),
       `${room} - (SELECT count(*) FROM in_title)`,
     )}),
     found AS (SELECT *, 1 AS pass FROM in_title UNION ALL SELECT *, 2 AS pass FROM anywhere),
     corrected AS (
       SELECT websearch_to_tsquery(kb_text_config($4), array_to_string(words, ' ')) AS tsq
       FROM kb_corrected_words($5, false) AS words WHERE words IS NOT NULL AND (SELECT count(*) FROM found) < ${room}),
     typo_title AS (${ranked(
       candidates('corrected fixed, q', `${titleVector} @@ fixed.tsq AND NOT (a.search_vector @@ q.tsq)`, 'fixed.tsq'),
       `${room} - (SELECT count(*) FROM found)`,
     )}),
     typo_anywhere AS (${ranked(
       candidates(
         'corrected fixed, q',
         `(SELECT count(*) FROM found) + (SELECT count(*) FROM typo_title) < ${room} AND a.search_vector @@ fixed.tsq
          AND NOT (${titleVector} @@ fixed.tsq) AND NOT (a.search_vector @@ q.tsq)`,
         'fixed.tsq',
       ),
       `${room} - (SELECT count(*) FROM found) - (SELECT count(*) FROM typo_title)`,
     )}),
     exact AS (SELECT * FROM found UNION ALL SELECT *, 3 AS pass FROM typo_title UNION ALL SELECT *, 4 AS pass FROM typo_anywhere),
     words AS (
       SELECT cardinality(lexemes) AS n, kb_at_least_query(lexemes, cardinality(lexemes) - 1) AS all_but_one,
         kb_at_least_query(lexemes, 1) AS any_word
       FROM (SELECT kb_query_lexemes($5, $4) AS lexemes WHERE (SELECT count(*) FROM exact) < ${room}) l),
     ${relaxed('most_words', 'words.all_but_one', 'exact', 'words.n >= 2')},
     before_any AS (SELECT id FROM exact UNION ALL SELECT id FROM most_words),
     ${relaxed('any_word', 'words.any_word', 'before_any', 'words.n >= 3')},
     hits AS (SELECT * FROM exact UNION ALL SELECT *, 5 AS pass FROM most_words UNION ALL SELECT *, 6 AS pass FROM any_word)
     SELECT a.id, a.slug, a.locale, a.title, a.summary, hits.score,
       ${snippet(`CASE WHEN hits.pass <= 2 THEN (SELECT tsq FROM q) WHEN hits.pass <= 4 THEN (SELECT tsq FROM corrected)
         ELSE (SELECT any_word FROM words) END`)} AS snippet
     FROM hits JOIN kb_articles a ON a.id = hits.id
     ORDER BY hits.pass, hits.score DESC, a.id`,
    [...viewerParams(viewer), locale, query],
    // Generic plan: for staff a custom plan folds the audience rule away and is estimated cheaper, so PostgreSQL
    // replanned this statement on every search (3-4 ms of ~6); the generic plan does the same work.
    { genericPlan: true },
  );
  return rows;
}

/**
 * Search-as-you-type: titles only, prefix-aware (the last word may be half typed), no snippet, not logged. The
 * same two passes in one statement as search: words and title substrings (both indexed) first; the corrected
 * words only to fill up (a half-typed last word that begins some article word is kept as typed).
 */
export async function suggestArticles(db: Queryable, viewer: KbViewer, query: string, locale: string, limit: number) {
  type Row = { id: string; slug: string; locale: string; title: string; summary: string };
  const params = [
    ...viewerParams(viewer),
    locale,
    query.replace(/[\\%_]/g, (c) => `\\${c}`),
    prefixQuery(query),
    limit,
    query,
  ];
  const { rows } = await db.query<Row>(
    `WITH q AS (SELECT to_tsquery(kb_text_config($4), $6) AS tsq, lower($5) AS raw),
     typed AS (
       SELECT a.id, a.slug, a.locale, a.title, a.summary, ts_rank(a.search_vector, q.tsq)::float8 AS score
       FROM ${ARTICLE_FROM}, q
       WHERE ${visibleArticle(1)} AND a.locale = $4 AND (a.search_vector @@ q.tsq OR lower(a.title) LIKE '%' || q.raw || '%')
       ORDER BY score DESC, a.id
       LIMIT $7),
     corrected AS (
       SELECT to_tsquery(kb_text_config($4), array_to_string(words[1:cardinality(words) - 1] || (words[cardinality(words)] || ':*'), ' & ')) AS tsq
       FROM kb_corrected_words($8, true) AS words WHERE words IS NOT NULL),
     typo_pass AS (
       SELECT a.id, a.slug, a.locale, a.title, a.summary, ts_rank(a.search_vector, fixed.tsq)::float8 AS score
       FROM ${ARTICLE_FROM}, corrected fixed, q
       WHERE (SELECT count(*) FROM typed) < $7 AND ${visibleArticle(1)} AND a.locale = $4
         AND a.search_vector @@ fixed.tsq AND NOT (a.search_vector @@ q.tsq OR lower(a.title) LIKE '%' || q.raw || '%')
       ORDER BY score DESC, a.id
       LIMIT $7 - (SELECT count(*) FROM typed))
     SELECT id, slug, locale, title, summary
     FROM (SELECT *, 1 AS pass FROM typed UNION ALL SELECT *, 2 AS pass FROM typo_pass) found
     ORDER BY pass, score DESC, id`,
    params,
  );
  return rows;
}

/** "reset pass" -> "reset & pass:*": words become plain lexemes, only the last one a prefix. Operators are stripped. */
function prefixQuery(query: string): string {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  if (words.length === 0) return '';
  return words.map((word, index) => (index === words.length - 1 ? `${word}:*` : word)).join(' & ');
}

export async function logSearch(db: Queryable, query: string, resultCount: number, now: Date) {
  await db.query('INSERT INTO kb_search_log (id, query, result_count, created_at) VALUES ($1, $2, $3, $4)', [
    newId(now.getTime()),
    query.toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 200),
    resultCount,
    now,
  ]);
}

/** Staff analytics over the last `days` days. Portal-wide, read by staff only: no scope applies. */
export async function searchAnalytics(db: Queryable, since: Date, limit: number) {
  const top = await db.query<{ query: string; searches: number; last_results: number }>(
    `SELECT query, count(*)::int AS searches, (array_agg(result_count ORDER BY created_at DESC))[1] AS last_results
     FROM kb_search_log WHERE created_at >= $1 GROUP BY query ORDER BY count(*) DESC, query LIMIT $2`,
    [since, limit],
  );
  const none = await db.query<{ query: string; searches: number }>(
    `SELECT query, count(*)::int AS searches FROM kb_search_log WHERE created_at >= $1 AND result_count = 0
     GROUP BY query ORDER BY count(*) DESC, query LIMIT $2`,
    [since, limit],
  );
  const worst = await db.query<{ id: string; title: string; slug: string; yes: number; no: number; ratio: number }>(
    `SELECT a.id, a.title, a.slug, count(*) FILTER (WHERE f.helpful)::int AS yes, count(*) FILTER (WHERE NOT f.helpful)::int AS no,
       (count(*) FILTER (WHERE f.helpful))::float8 / count(*) AS ratio
     FROM kb_feedback f JOIN kb_articles a ON a.id = f.article_id
     GROUP BY a.id, a.title, a.slug HAVING count(*) FILTER (WHERE NOT f.helpful) > 0
     ORDER BY ratio, count(*) DESC, a.id LIMIT $1`,
    [limit],
  );
  // Readers' own words say what is wrong with an article; newest first, within the period.
  const comments = await db.query<{
    id: string;
    title: string;
    slug: string;
    helpful: boolean;
    comment: string;
    created_at: Date;
  }>(
    `SELECT a.id, a.title, a.slug, f.helpful, f.comment, f.created_at FROM kb_feedback f JOIN kb_articles a ON a.id = f.article_id
     WHERE f.created_at >= $1 AND f.comment IS NOT NULL AND f.comment <> '' ORDER BY f.created_at DESC, a.id LIMIT $2`,
    [since, limit],
  );
  return { top: top.rows, none: none.rows, worst: worst.rows, comments: comments.rows };
}

/** One vote per reader and article: voting again replaces the earlier vote. */
export async function upsertFeedback(
  db: Queryable,
  articleId: string,
  voterKey: string,
  helpful: boolean,
  comment: string | null,
  now: Date,
) {
  await db.query(
    `INSERT INTO kb_feedback (article_id, voter_key, helpful, comment, created_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (article_id, voter_key) DO UPDATE SET helpful = excluded.helpful, comment = excluded.comment, created_at = excluded.created_at`,
    [articleId, voterKey, helpful, comment, now],
  );
  const { rows } = await db.query<{ yes: number; no: number }>(
    'SELECT count(*) FILTER (WHERE helpful)::int AS yes, count(*) FILTER (WHERE NOT helpful)::int AS no FROM kb_feedback WHERE article_id = $1',
    [articleId],
  );
  return rows[0]!;
}

/** Retention: search log rows older than `before`. Portal-wide analytics, deleted by time: no account scope applies. */
export async function deleteSearchLogBefore(db: Queryable, before: Date): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM kb_search_log WHERE created_at < $1', [before]);
  return rowCount ?? 0;
}
