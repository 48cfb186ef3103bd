-- Knowledge-base search: titles first, and typo tolerance through a dictionary of the articles' words. A word
-- index for the ticket queue's subject search.

-- Every word of every article (title, summary, body), kept by a trigger so no write path can forget it. A typo is
-- corrected against this small table (pg_trgm's advice for spell checking), not against 100,000 titles: the
-- closest word comes from a GiST nearest-neighbour scan, and the corrected query then runs through the same
-- full-text index as any other search. Words never leave the database: search still returns only articles the
-- reader's audience rule lets through. Words are not removed when an article changes: a stale word corrects a
-- query to something that finds nothing, which is what the query found before.
-- COLLATE "C": a byte-wise order lets "is some word prefixed by this half-typed one?" use the primary key.
CREATE TABLE kb_words (word text COLLATE "C" PRIMARY KEY);

-- The words of an article as the dictionary keeps them: lower case, 3 to 40 letters or digits, not a number.
CREATE FUNCTION kb_article_words(title text, summary text, body text) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
  SELECT DISTINCT w FROM regexp_split_to_table(lower(title || ' ' || summary || ' ' || body), '[^[:alnum:]]+') AS w
  WHERE length(w) BETWEEN 3 AND 40 AND w !~ '^[0-9]+$'
$$;

CREATE FUNCTION kb_words_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO kb_words (word) SELECT kb_article_words(NEW.title, NEW.summary, NEW.body) ON CONFLICT DO NOTHING;
  RETURN NEW;
END $$;
CREATE TRIGGER kb_articles_words AFTER INSERT OR UPDATE OF title, summary, body ON kb_articles
  FOR EACH ROW EXECUTE FUNCTION kb_words_collect();

INSERT INTO kb_words (word) SELECT DISTINCT w FROM kb_articles a, kb_article_words(a.title, a.summary, a.body) AS w ON CONFLICT DO NOTHING;

DO $$
DECLARE trgm text := (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm');
BEGIN
  EXECUTE format('CREATE INDEX kb_words_trgm_idx ON kb_words USING gist (word %I.gist_trgm_ops)', trgm);
  -- The query's words, each replaced by the closest dictionary word (similarity at least 0.5) when it is not a
  -- word of any article; NULL when nothing needed correcting, so callers skip the typo pass. With
  -- last_is_prefix, a last word that begins some dictionary word is being typed, not misspelt, and stays.
  EXECUTE format($fn$
    CREATE FUNCTION kb_corrected_words(query text, last_is_prefix boolean) RETURNS text[] LANGUAGE sql STABLE AS $body$
      WITH typed AS (
        SELECT w, ord, ord = max(ord) OVER () AS is_last
        FROM regexp_split_to_table(lower(query), '[^[:alnum:]]+') WITH ORDINALITY AS t (w, ord) WHERE w <> ''),
      fixed AS (
        SELECT ord, w, CASE
          WHEN length(w) < 3 OR w ~ '^[0-9]+$' THEN w
          WHEN EXISTS (SELECT 1 FROM kb_words k WHERE k.word = w) THEN w
          WHEN is_last AND last_is_prefix AND EXISTS (SELECT 1 FROM kb_words k WHERE k.word > w AND k.word < w || chr(1114111)) THEN w
          ELSE coalesce((SELECT near.word FROM (SELECT k.word FROM kb_words k ORDER BY k.word OPERATOR(%1$I.<->) w LIMIT 1) near
                         WHERE %1$I.similarity(near.word, w) >= 0.5), w)
        END AS fixed_word
        FROM typed)
      SELECT CASE WHEN bool_or(fixed_word <> w) THEN array_agg(fixed_word ORDER BY ord) END FROM fixed
    $body$
    $fn$, trgm);
END $$;

-- Search looks at titles first: a title's vector is short, and its index hands back a few hundred articles for
-- common words where the whole-article index hands back thousands, each a heap row to read and rank.
CREATE INDEX kb_articles_title_search_idx ON kb_articles USING gin (to_tsvector(kb_text_config(locale), title));

-- The agents' queue searches the words of ticket subjects (the last word as a prefix). At a million tickets a
-- substring match walked subjects in activity order (0.4 s); trigrams of short, similar subjects were not much
-- better. Words in the 'simple' configuration: any language, no stemming, no stop words dropped.
CREATE INDEX threads_subject_words_idx ON threads USING gin (to_tsvector('simple', subject));
