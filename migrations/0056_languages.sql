-- Languages (issue 14): a segment's and the portal's default language, and article translations.

-- NULL: no default of its own; the browser's Accept-Language, then the portal's default, decide.
ALTER TABLE segments ADD COLUMN default_language text
  CONSTRAINT languages_segments_default_language_check CHECK (default_language ~ '^[a-z]{2}$');
ALTER TABLE portal_settings ADD COLUMN default_language text NOT NULL DEFAULT 'en'
  CONSTRAINT languages_portal_default_language_check CHECK (default_language ~ '^[a-z]{2}$');

-- One article, one version per language: a translation points at the original article (the original's own
-- translation_of is NULL), so a group is the original and every row pointing at it. Each translation keeps its own
-- slug (slugs are unique per locale already) and its own search_vector, which kb_text_config builds with the
-- locale's text-search configuration (german, french, spanish, english; simple for any other).
ALTER TABLE kb_articles ADD COLUMN translation_of uuid REFERENCES kb_articles (id) ON DELETE CASCADE;
-- At most one version per language in a group.
CREATE UNIQUE INDEX languages_kb_articles_translation_key
  ON kb_articles ((COALESCE(translation_of, id)), (split_part(locale, '-', 1)));
CREATE INDEX languages_kb_articles_translation_of_idx ON kb_articles (translation_of) WHERE translation_of IS NOT NULL;
