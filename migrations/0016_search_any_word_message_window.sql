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

-- Messages: firms keep the record. People outside the firm may edit or delete their own message only within
-- their segment's window (minutes; 0 = never), and never a ticket's description. A deleted message keeps its
-- words for staff (only the mark shows to everyone else) and the audit log says who deleted it.
ALTER TABLE segments ADD COLUMN message_edit_minutes integer NOT NULL DEFAULT 15
  CHECK (message_edit_minutes BETWEEN 0 AND 10080);

-- A file for the first message of a thread that does not exist yet (a new ticket's description): uploaded to the
-- account, bound to the thread when the message is posted. Everything else about pending uploads is unchanged.
ALTER TABLE message_attachments ALTER COLUMN thread_id DROP NOT NULL;
ALTER TABLE message_attachments ADD COLUMN account_id uuid REFERENCES accounts (id) ON DELETE CASCADE;
ALTER TABLE message_attachments ADD CONSTRAINT message_attachments_place_check CHECK (thread_id IS NOT NULL OR account_id IS NOT NULL);
