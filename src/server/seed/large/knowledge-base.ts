// The knowledge base of the large seed: 20 categories x 10 sections, and articles built from small vocabularies.
// search_vector is a generated column (migrations/0005): inserting the text is all it takes to make it searchable.
import type { Queryable } from '../../platform/db/index.ts';
import {
  CATEGORY_NAMES,
  DATASET_END,
  KB_BASE_MS,
  KIND,
  NOUNS,
  QUALIFIERS,
  SECTION_NAMES,
  SEGMENT_ID,
  STATES,
  VERBS,
  idSql,
  pick,
  r16,
  sectionIdSql,
  timestampOf,
} from './sql.ts';

const categoryIdSql = (i: string) => idSql(KIND.category, i, String(KB_BASE_MS));
export const SECTIONS = CATEGORY_NAMES.length * SECTION_NAMES.length;

export async function seedCategories(db: Queryable) {
  const base = timestampOf(String(KB_BASE_MS));
  // Two categories are for signed-in readers only; the rest are public.
  await db.query(
    `INSERT INTO kb_categories (id, locale, slug, name, description, position, audience, created_at, updated_at)
     SELECT ${categoryIdSql('g')}, 'en', lower(regexp_replace(name, '[^A-Za-z0-9]+', '-', 'g')), name, 'Everything about ' || lower(name) || '.', g,
       CASE WHEN g IN (11, 14) THEN 'signed_in' ELSE 'public' END, ${base}, ${base}
     FROM (SELECT g, ${pick(CATEGORY_NAMES, 'g - 1')} AS name FROM generate_series(1, ${CATEGORY_NAMES.length}) g) c ORDER BY g`,
  );
  await db.query(
    `INSERT INTO kb_slugs (kind, locale, slug, target_id) SELECT 'category', locale, slug, id FROM kb_categories ORDER BY position`,
  );
  await db.query(
    `INSERT INTO kb_sections (id, category_id, name, position, created_at)
     SELECT ${sectionIdSql('g')}, ${categoryIdSql(`1 + (g - 1) / ${SECTION_NAMES.length}`)}, ${pick(SECTION_NAMES, 'g - 1')}, (g - 1) % ${SECTION_NAMES.length}, ${base}
     FROM generate_series(1, ${SECTIONS}) g ORDER BY g`,
  );
}

/** Articles from..to: 90% published, 7% draft, 3% archived; audiences 60% public, 25% signed in, 10% segment, 5% staff. */
export async function seedArticles(db: Queryable, from: number, to: number) {
  const h = 'h.h';
  await db.query(
    `INSERT INTO kb_articles (id, section_id, locale, slug, title, summary, body, status, audience, audience_segment_ids, position, published_at, created_at, updated_at)
     SELECT id, section_id, 'en', lower(regexp_replace(title, '[^A-Za-z0-9]+', '-', 'g')) || '-' || g, title, summary, body, status, audience,
       CASE WHEN audience = 'segments' THEN ARRAY[$1::uuid] ELSE '{}' END, g,
       CASE WHEN status = 'published' THEN created_at END, created_at, updated_at
     FROM (
       SELECT g, ${idSql(KIND.article, 'g', `${KB_BASE_MS} + g * 60000`)} AS id, ${sectionIdSql(`1 + (g - 1) % ${SECTIONS}`)} AS section_id,
         'How to ' || v1 || ' the ' || n1 || ' ' || q1 AS title,
         'Learn how to ' || v1 || ' your ' || n1 || ', and what to check when the ' || n2 || ' does not ' || v2 || '.' AS summary,
         '## Before you start' || E'\\n\\n' || 'Make sure your ' || n2 || ' is ' || st || ' and that you may ' || v2 || ' it. ' ||
           'Some plans limit how often you can ' || v1 || ' a ' || n1 || '.' || E'\\n\\n' || '## Steps' || E'\\n\\n' ||
           '1. Open **Settings** and select *' || initcap(n1) || '*.' || E'\\n' ||
           '2. Choose **' || initcap(v1) || '** ' || q1 || '.' || E'\\n' ||
           '3. Confirm the ' || n3 || ' and save. The ' || n2 || ' is updated within a minute.' || E'\\n\\n' ||
           'If you also need to ' || v3 || ' the ' || n3 || ', see the other articles in this section, or ask us to ' || v2 || ' it for you.' AS body,
         CASE WHEN ${r16(h, 3)} % 100 < 90 THEN 'published' WHEN ${r16(h, 3)} % 100 < 97 THEN 'draft' ELSE 'archived' END AS status,
         CASE WHEN ${r16(h, 4)} % 100 < 60 THEN 'public' WHEN ${r16(h, 4)} % 100 < 85 THEN 'signed_in' WHEN ${r16(h, 4)} % 100 < 95 THEN 'segments' ELSE 'staff' END AS audience,
         ${timestampOf(`${KB_BASE_MS} + g * 60000`)} AS created_at,
         least(${timestampOf(`${KB_BASE_MS} + g * 60000`)} + (${r16(h, 5)} % 400) * interval '1 day', timestamptz '${DATASET_END}') AS updated_at
       FROM generate_series($2::bigint, $3::bigint) g, LATERAL (SELECT md5('article:' || g) AS h) h,
       LATERAL (SELECT ${pick(VERBS, r16(h, 0))} AS v1, ${pick(NOUNS, r16(h, 1))} AS n1, ${pick(QUALIFIERS, r16(h, 2))} AS q1,
         ${pick(VERBS, r16(h, 6))} AS v2, ${pick(VERBS, r16(h, 7))} AS v3, ${pick(NOUNS, `${r16(h, 6)} / 25`)} AS n2,
         ${pick(NOUNS, `${r16(h, 7)} / 25`)} AS n3, ${pick(STATES, `${r16(h, 5)} / 400`)} AS st) w
     ) a ORDER BY g`,
    [SEGMENT_ID, from, to],
  );
  await db.query(
    `INSERT INTO kb_slugs (kind, locale, slug, target_id)
     SELECT 'article', locale, slug, id FROM kb_articles WHERE position BETWEEN $1 AND $2 ORDER BY position`,
    [from, to],
  );
  // The typo dictionary, as the kb_articles_words trigger would fill it (the seed's replica role skips triggers).
  await db.query(
    `INSERT INTO kb_words (word) SELECT DISTINCT w FROM kb_articles a, kb_article_words(a.title, a.summary, a.body) AS w
     WHERE a.position BETWEEN $1 AND $2 ON CONFLICT DO NOTHING`,
    [from, to],
  );
}
