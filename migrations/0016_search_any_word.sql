-- Knowledge-base search by any word: a customer's question ("cannot reset my password") rarely has every one of
-- its words in the article that answers it. Search keeps its exact passes and then relaxes: articles with all
-- but one of the query's words, then articles with any of them (ranked title over summary over body).

-- The query's words as the articles' index holds them: typos corrected against the dictionary of article words
-- (kb_corrected_words, 0009), then stemmed with stop words dropped by the locale's configuration. At most 8
-- distinct lexemes, so the combinations below stay small.
CREATE FUNCTION kb_query_lexemes(query text, locale text) RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT (tsvector_to_array(to_tsvector(kb_text_config(locale),
           coalesce(array_to_string(kb_corrected_words(query, false), ' '), query))))[1:8]
$$;

-- Articles that have at least `at_least` of the lexemes: the OR of every AND of that many lexemes, e.g. for
-- (cannot, password, reset) and 2: (cannot & password) | (cannot & reset) | (password & reset). A GIN index answers
-- it like any other query. Lexemes are quoted for tsquery input (quotes and backslashes doubled). NULL when there
-- are fewer lexemes than asked, and `@@ NULL` matches nothing.
CREATE FUNCTION kb_at_least_query(lexemes text[], at_least integer) RETURNS tsquery LANGUAGE sql IMMUTABLE AS $$
  SELECT string_agg(conjunction, ' | ')::tsquery FROM (
    SELECT '(' || string_agg('''' || replace(replace(l, '\', '\\'), '''', '''''') || '''', ' & ' ORDER BY i) || ')' AS conjunction
    FROM generate_series(1, (1 << coalesce(cardinality(lexemes), 0)) - 1) AS mask,
         unnest(lexemes) WITH ORDINALITY AS u (l, i)
    WHERE at_least >= 1 AND mask & (1 << (i::int - 1)) <> 0
    GROUP BY mask HAVING count(*) = at_least) combinations
$$;
