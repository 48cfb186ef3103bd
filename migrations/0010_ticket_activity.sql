-- Ticket activity: who changed which of a ticket's fields, when (status, priority, assignee, group, tags, custom
-- fields, subject, CCs, merge). One row per write, holding only the fields whose value changed:
-- changes = { "<field>": { "from": ..., "to": ... } } (ids for people, groups and tickets; names are read when
-- shown, so a renamed group reads with its current name). Written by tickets/status.ts in the change's transaction.
CREATE TABLE ticket_activity (
  id uuid PRIMARY KEY,
  ticket_id uuid NOT NULL REFERENCES tickets (thread_id) ON DELETE CASCADE,
  -- Null: the system (auto-close). Users are deactivated, not deleted, so SET NULL only guards against a manual delete.
  actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
  occurred_at timestamptz NOT NULL,
  changes jsonb NOT NULL
);
-- The ticket's history, newest first, keyset-paginated on (occurred_at, id).
CREATE INDEX ticket_activity_ticket_idx ON ticket_activity (ticket_id, occurred_at DESC, id DESC);
