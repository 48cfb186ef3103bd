-- Knowledge-base search with real typo tolerance (issue 10, item 6). 0009 replaced an unknown word by the ONE
-- nearest dictionary word by trigrams, and only when their similarity reached 0.5: a transposed or dropped letter
-- in a short word shares too few trigrams ("inovice" and "invoice": 0.33), so 21 of 25 transposed queries found
-- nothing. Now each unknown word is weighed against several candidates (the 24 nearest by trigrams, from the GiST
-- index) by edit distance (fuzzystrmatch's levenshtein, a swap of two neighbouring letters counting as one edit):
-- the closest within 1 edit (2 from 8 letters on) wins, ties to the more similar by trigrams. A looser bound
-- turned unknown words into unrelated known ones ("pension" into "version"). fuzzystrmatch ships with PostgreSQL (trusted from 13, so a
-- database owner may create it) and with the embedded engine (loaded by the PGlite worker).
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch WITH SCHEMA public;

DO $$
DECLARE
  trgm text := (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm');
  fuzzy text := (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'fuzzystrmatch');
BEGIN
  -- Edits between two words: a swap of neighbouring letters is one, otherwise Levenshtein (capped at 3). PL/pgSQL
  -- with a small declared cost: the same test written as a subquery over generate_series was estimated so dear
  -- that PostgreSQL JIT-compiled every call (300 ms for a 1 ms query).
  EXECUTE format($fn$
    CREATE FUNCTION kb_edits(a text, b text) RETURNS integer LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 10 AS $body$
    BEGIN
      IF a = b THEN RETURN 0; END IF;
      IF length(a) = length(b) THEN
        FOR i IN 1 .. length(a) - 1 LOOP
          IF overlay(a PLACING substr(a, i + 1, 1) || substr(a, i, 1) FROM i FOR 2) = b THEN RETURN 1; END IF;
        END LOOP;
      END IF;
      RETURN %1$I.levenshtein_less_equal(a, b, 3);
    END $body$
    $fn$, fuzzy);
  -- Same contract as 0009: the query's words with unknown ones corrected, NULL when nothing needed correcting; with
  -- last_is_prefix a last word that begins some dictionary word is being typed and stays. PL/pgSQL, so its plan is
  -- kept per connection instead of planned again on every search (as a SQL function's body is).
  EXECUTE format($fn$
    CREATE OR REPLACE FUNCTION kb_corrected_words(query text, last_is_prefix boolean) RETURNS text[] LANGUAGE plpgsql STABLE AS $body$
    BEGIN
      RETURN (WITH typed AS (
        SELECT w, ord, ord = max(ord) OVER () AS is_last
        FROM regexp_split_to_table(lower(query), '[^[:alnum:]]+') WITH ORDINALITY AS t (w, ord) WHERE w <> ''),
      fixed AS (
        SELECT ord, w, CASE
          WHEN length(w) < 3 OR w ~ '^[0-9]+$' THEN w
          WHEN EXISTS (SELECT 1 FROM kb_words k WHERE k.word = w) THEN w
          WHEN is_last AND last_is_prefix AND EXISTS (SELECT 1 FROM kb_words k WHERE k.word > w AND k.word < w || chr(1114111)) THEN w
          ELSE coalesce((
            SELECT near.word
            FROM (SELECT k.word, kb_edits(k.word, w) AS edits
                  FROM (SELECT k.word FROM kb_words k ORDER BY k.word OPERATOR(%1$I.<->) w LIMIT 24) k OFFSET 0) near
            WHERE near.edits <= CASE WHEN length(w) < 8 THEN 1 ELSE 2 END
            ORDER BY near.edits, %1$I.similarity(near.word, w) DESC, near.word
            LIMIT 1), w)
        END AS fixed_word
        FROM typed)
      SELECT CASE WHEN bool_or(fixed_word <> w) THEN array_agg(fixed_word ORDER BY ord) END FROM fixed);
    END $body$
    $fn$, trgm);
END $$;
