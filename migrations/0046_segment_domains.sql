-- Custom domains per segment (issue 14): a segment's portal and help center can each answer on a host of their own
-- (clients.northwind.example, help.northwind.example). A request's Host chooses the segment only when it matches a
-- row here; emailed links of the segment's people are built from its portal domain. One row per domain, so a
-- domain belongs to one segment and one purpose across the whole portal (the primary key).
CREATE TABLE segment_domains (
  domain text PRIMARY KEY
    CONSTRAINT segment_domains_domain_syntax CHECK (
      domain ~ '^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$' AND length(domain) <= 253
    ),
  segment_id uuid NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
  purpose text NOT NULL CONSTRAINT segment_domains_purpose_check CHECK (purpose IN ('portal', 'help')),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT segment_domains_one_per_purpose UNIQUE (segment_id, purpose)
);

-- Cached in every process with the portal settings and dropped with them (same channel, migrations 0028 and 0040).
CREATE TRIGGER segment_domains_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON segment_domains
  FOR EACH STATEMENT EXECUTE FUNCTION portal_settings_changed();
