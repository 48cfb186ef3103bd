-- Knowledge base: categories > sections > articles (Markdown), versions, slugs, helpfulness, search log.
-- Typo-tolerant title matching; the embedded engine loads the extension in its worker, a server ships it in contrib.
-- An extension exists once per database, so it goes to the shared `public` schema rather than the app's own
-- (tests run one schema per run, and dropping that schema must not take the extension from the others). Where it
-- already lives elsewhere, the DO block at the end finds it there.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- The one audience rule. Categories and articles each carry an audience; a reader must pass both (the stricter
-- wins). Staff pass everything. Every read path (pages, API, search, suggestions, related, sitemap) calls this.
CREATE FUNCTION kb_audience_allows(audience text, segment_ids uuid[], is_staff boolean, signed_in boolean, viewer_segments uuid[])
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT is_staff OR CASE audience
    WHEN 'public' THEN true
    WHEN 'signed_in' THEN signed_in
    WHEN 'segments' THEN signed_in AND segment_ids && viewer_segments
    ELSE false
  END
$$;

-- Stemming for the locales we know; 'simple' (no stemming) for the rest, so any language is still searchable.
CREATE FUNCTION kb_text_config(locale text) RETURNS regconfig LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE split_part(locale, '-', 1)
    WHEN 'en' THEN 'english'::regconfig WHEN 'de' THEN 'german'::regconfig WHEN 'fr' THEN 'french'::regconfig
    WHEN 'es' THEN 'spanish'::regconfig WHEN 'nl' THEN 'dutch'::regconfig ELSE 'simple'::regconfig END
$$;

CREATE TABLE kb_categories (
  id uuid PRIMARY KEY,
  locale text NOT NULL DEFAULT 'en',
  slug text NOT NULL,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  position integer NOT NULL DEFAULT 0,
  audience text NOT NULL DEFAULT 'public' CHECK (audience IN ('public', 'signed_in', 'segments', 'staff')),
  audience_segment_ids uuid[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX kb_categories_slug_key ON kb_categories (locale, slug);

CREATE TABLE kb_sections (
  id uuid PRIMARY KEY,
  category_id uuid NOT NULL REFERENCES kb_categories (id) ON DELETE CASCADE,
  name text NOT NULL,
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX kb_sections_category_idx ON kb_sections (category_id, position);

CREATE TABLE kb_articles (
  id uuid PRIMARY KEY,
  section_id uuid NOT NULL REFERENCES kb_sections (id),
  locale text NOT NULL DEFAULT 'en',
  slug text NOT NULL,
  title text NOT NULL,
  summary text NOT NULL DEFAULT '',
  body text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
  audience text NOT NULL DEFAULT 'public' CHECK (audience IN ('public', 'signed_in', 'segments', 'staff')),
  audience_segment_ids uuid[] NOT NULL DEFAULT '{}',
  position integer NOT NULL DEFAULT 0,
  published_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  -- Maintained by the database on every write, so no code path can forget it. Title weighs most.
  search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(kb_text_config(locale), title), 'A') ||
    setweight(to_tsvector(kb_text_config(locale), summary), 'B') ||
    setweight(to_tsvector(kb_text_config(locale), body), 'C')
  ) STORED
);
CREATE UNIQUE INDEX kb_articles_slug_key ON kb_articles (locale, slug);
CREATE INDEX kb_articles_section_idx ON kb_articles (section_id, position, id);
CREATE INDEX kb_articles_search_idx ON kb_articles USING gin (search_vector);

-- Every slug an article or category ever had, so renamed ones keep redirecting and are never reused by another.
CREATE TABLE kb_slugs (
  kind text NOT NULL CHECK (kind IN ('article', 'category')),
  locale text NOT NULL,
  slug text NOT NULL,
  target_id uuid NOT NULL,
  PRIMARY KEY (kind, locale, slug)
);

CREATE TABLE kb_article_versions (
  article_id uuid NOT NULL REFERENCES kb_articles (id) ON DELETE CASCADE,
  number integer NOT NULL,
  title text NOT NULL,
  summary text NOT NULL,
  body text NOT NULL,
  author_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  author_label text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (article_id, number)
);

-- One vote per reader: a user, or an anonymous visitor cookie (stored hashed). A second vote replaces the first.
CREATE TABLE kb_feedback (
  article_id uuid NOT NULL REFERENCES kb_articles (id) ON DELETE CASCADE,
  voter_key text NOT NULL,
  helpful boolean NOT NULL,
  comment text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (article_id, voter_key)
);

-- Images uploaded for articles; bytes live in the storage driver. Served only to readers of an article that shows them.
CREATE TABLE kb_images (
  id uuid PRIMARY KEY,
  storage_key text NOT NULL,
  content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp')),
  size integer NOT NULL,
  uploaded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE kb_search_log (
  id uuid PRIMARY KEY,
  query text NOT NULL,
  result_count integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX kb_search_log_time_idx ON kb_search_log (created_at DESC);

-- pg_trgm is reached through its own schema, whatever the search_path: one wrapper for queries, and the index
-- for substring matches of search-as-you-type.
DO $$
DECLARE trgm text := (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm');
BEGIN
  EXECUTE format('CREATE FUNCTION kb_title_similarity(query text, title text) RETURNS real LANGUAGE sql IMMUTABLE PARALLEL SAFE AS %L',
    format('SELECT %I.word_similarity(query, title)', trgm));
  EXECUTE format('CREATE INDEX kb_articles_title_trgm_idx ON kb_articles USING gin (lower(title) %I.gin_trgm_ops)', trgm);
END $$;
