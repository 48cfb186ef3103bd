-- Firm-level (portal-wide) versions of the emails (issue 14): a template row without a segment is the firm's. Staff
-- mail (which reaches no segment) uses it, and so does every segment that has no version of its own.
ALTER TABLE mail_templates ALTER COLUMN segment_id DROP NOT NULL;

-- The segments' rule (one version per segment, email and language) does not cover the firm's rows: NULLs differ.
CREATE UNIQUE INDEX mail_templates_firm_one_per_language ON mail_templates (template_key, locale)
  WHERE segment_id IS NULL;
