-- Projects and tasks (issue 12): projects of an account, templates, tasks with checklist, followers,
-- dependencies, comments and recurrence.

-- Portal-wide templates: the tasks are a fixed list copied at creation, so a JSON array is enough
-- (offsetDays: days after the project's start; assignTo: who the task is for).
CREATE TABLE project_templates (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  duration_days integer NOT NULL CHECK (duration_days >= 0),
  tasks jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX project_templates_name_key ON project_templates (lower(name));

CREATE TABLE projects (
  id uuid PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('planned', 'active', 'on_hold', 'completed', 'cancelled')),
  start_date date,
  due_date date,
  -- Staff-only: the account's people never see the project nor its tasks.
  internal boolean NOT NULL DEFAULT false,
  template_id uuid REFERENCES project_templates(id) ON DELETE SET NULL,
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX projects_account_idx ON projects (account_id, created_at DESC, id DESC);

CREATE TABLE project_members (
  project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  PRIMARY KEY (project_id, user_id)
);

CREATE TABLE tasks (
  id uuid PRIMARY KEY,
  project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  -- The project's account, kept on the task so scoped lists and the module gate read one row.
  account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in_progress', 'waiting', 'done')),
  priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  assignee_id uuid REFERENCES users(id) ON DELETE SET NULL,
  due_date date,
  -- {"kind":"monthly","day":5} or {"kind":"weekly","weekday":1} (ISO weekday, 1 = Monday); null = once.
  recurrence jsonb,
  -- The occurrence this one follows: unique, so completing an occurrence creates its next one exactly once.
  previous_id uuid UNIQUE REFERENCES tasks(id) ON DELETE SET NULL,
  completed_at timestamptz,
  completed_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX tasks_project_idx ON tasks (project_id, (COALESCE(due_date, DATE '9999-12-31')), id);
CREATE INDEX tasks_account_idx ON tasks (account_id, (COALESCE(due_date, DATE '9999-12-31')), id);
CREATE INDEX tasks_assignee_idx ON tasks (assignee_id, (COALESCE(due_date, DATE '9999-12-31')), id)
  WHERE status <> 'done';

CREATE TABLE task_checklist_items (
  id uuid PRIMARY KEY,
  task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  title text NOT NULL,
  done boolean NOT NULL DEFAULT false,
  position integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX task_checklist_items_task_idx ON task_checklist_items (task_id, position);

CREATE TABLE task_followers (
  task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  PRIMARY KEY (task_id, user_id)
);

-- task_id cannot start or complete until depends_on_id is done. Both tasks are in one project.
CREATE TABLE task_dependencies (
  task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  depends_on_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  PRIMARY KEY (task_id, depends_on_id),
  CHECK (task_id <> depends_on_id)
);
CREATE INDEX task_dependencies_depends_on_idx ON task_dependencies (depends_on_id);

CREATE TABLE task_comments (
  id uuid PRIMARY KEY,
  task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  author_id uuid REFERENCES users(id) ON DELETE SET NULL,
  body text NOT NULL,
  -- Staff notes: filtered out in SQL for the account's people.
  internal boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX task_comments_task_idx ON task_comments (task_id, created_at, id);
