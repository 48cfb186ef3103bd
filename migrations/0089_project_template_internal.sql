-- Staff-only templates (issue 12): a "staff-only engagement" template makes internal projects, whose tasks never go
-- to the client's people. Existing templates stay client-visible.
ALTER TABLE project_templates ADD COLUMN internal boolean NOT NULL DEFAULT false;
