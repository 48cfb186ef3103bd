-- Subject threads: a discussion beside an object of another module (a task, a document) is a conversations thread
-- of that object's kind, so messages, files, read state, mentions, live events and email stay the engine's. The
-- owning module's policy decides who reads and posts (conversations/subject-threads.ts).
ALTER TABLE threads DROP CONSTRAINT threads_kind_check;
ALTER TABLE threads ADD CONSTRAINT collab_threads_kind_check CHECK (kind IN ('conversation', 'ticket', 'task', 'document'));
-- The object the thread is about (no foreign key: it lives in another module's table, whose deletes remove it).
ALTER TABLE threads ADD COLUMN subject_id uuid;
ALTER TABLE threads ADD CONSTRAINT collab_threads_subject_check CHECK ((kind IN ('task', 'document')) = (subject_id IS NOT NULL));
-- One thread per object: opening it twice at once gives the same thread.
CREATE UNIQUE INDEX collab_threads_subject_idx ON threads (kind, subject_id) WHERE subject_id IS NOT NULL;

-- Task comments until now: each task's comments become its thread's messages, in their order, then the old table
-- goes (one comment system, not two).
INSERT INTO threads (id, account_id, kind, subject_id, subject, created_by, created_at, last_message_at, last_activity_at)
SELECT k.id, p.account_id, 'task', k.id, k.title, first.author_id, first.created_at,
  coalesce((SELECT max(c.created_at) FROM task_comments c WHERE c.task_id = k.id AND NOT c.internal), first.created_at),
  (SELECT max(c.created_at) FROM task_comments c WHERE c.task_id = k.id)
FROM tasks k JOIN projects p ON p.id = k.project_id
JOIN LATERAL (SELECT c.author_id, c.created_at FROM task_comments c WHERE c.task_id = k.id ORDER BY c.created_at, c.id LIMIT 1) first ON true;

INSERT INTO messages (id, thread_id, account_id, author_id, body, internal, source, created_at)
SELECT c.id, c.task_id, t.account_id, c.author_id, c.body, c.internal, 'web', c.created_at
FROM task_comments c JOIN threads t ON t.id = c.task_id AND t.kind = 'task'
ORDER BY c.created_at, c.id;

DROP TABLE task_comments;

-- The account's people who wrote in (or were given) a subject thread hear of its messages, as a ticket's people do.
ALTER TABLE thread_participants DROP CONSTRAINT thread_participants_role_check;
ALTER TABLE thread_participants ADD CONSTRAINT collab_thread_participants_role_check CHECK (role IN ('requester', 'cc', 'participant'));

-- A form can open a task for the firm on each submission (in the account's project named after the form). The
-- submission keeps its task, written in the submission's own transaction: one task per submission.
ALTER TABLE forms ADD COLUMN create_task boolean NOT NULL DEFAULT false;
ALTER TABLE form_submissions ADD COLUMN task_id uuid REFERENCES tasks (id) ON DELETE SET NULL;
