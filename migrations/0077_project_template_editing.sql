-- Project templates are edited in the console (issue 12): until now they came only from the seed. Edits are
-- optimistic (If-Match: version) like every other staff configuration; projects made earlier keep their tasks.
ALTER TABLE project_templates ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE project_templates ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE project_templates ADD COLUMN created_by uuid REFERENCES users(id) ON DELETE SET NULL;
