-- Task reminders, time entries and saved task-list views (issue 12).

-- Staff decide per project whether the account's people see the time logged on its tasks (hidden by default).
ALTER TABLE projects ADD COLUMN clients_see_time boolean NOT NULL DEFAULT false;

-- One row per reminder sent: (task, due date, kind) is the claim, so two sweeping processes send it once, and a
-- new due date is a new key (the reminder is armed again).
CREATE TABLE task_reminders (
  task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  due_date date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('before', 'due')),
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (task_id, due_date, kind)
);

-- The overdue digest: at most one per person and day (the claim).
CREATE TABLE task_overdue_digests (
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  day date NOT NULL,
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, day)
);

-- The sweep walks open, assigned tasks by due date.
CREATE INDEX tasks_reminder_due_idx ON tasks (due_date, id)
  WHERE status <> 'done' AND due_date IS NOT NULL AND assignee_id IS NOT NULL;

-- The notification center carries task reminders too: a task (or, for the digest, only the account) instead of a
-- thread and message; `detail` holds what the title needs (e.g. the digest's count).
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
  CHECK (kind IN ('message', 'mention', 'task_due_soon', 'task_due', 'tasks_overdue'));
ALTER TABLE notifications ALTER COLUMN thread_id DROP NOT NULL;
ALTER TABLE notifications ALTER COLUMN message_id DROP NOT NULL;
ALTER TABLE notifications ADD COLUMN task_id uuid REFERENCES tasks(id) ON DELETE CASCADE;
ALTER TABLE notifications ADD COLUMN detail jsonb;
ALTER TABLE notifications ADD CONSTRAINT notifications_subject_check
  CHECK (kind IN ('task_due_soon', 'task_due', 'tasks_overdue') OR (thread_id IS NOT NULL AND message_id IS NOT NULL));

CREATE TABLE task_time_entries (
  id uuid PRIMARY KEY,
  task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  -- The task's project and account, kept on the entry so totals and the account's period list read one table.
  project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  work_date date NOT NULL,
  minutes integer NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
  note text NOT NULL DEFAULT '',
  billable boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX task_time_entries_task_idx ON task_time_entries (task_id, work_date, id);
CREATE INDEX task_time_entries_project_idx ON task_time_entries (project_id);
CREATE INDEX task_time_entries_account_idx ON task_time_entries (account_id, work_date, id);

-- A person's own saved filters of the task list.
CREATE TABLE task_saved_views (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name text NOT NULL,
  filters jsonb NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX task_saved_views_name_key ON task_saved_views (user_id, lower(name));
