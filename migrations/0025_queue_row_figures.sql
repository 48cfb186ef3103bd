-- The ticket queue at a million tickets (issue 10, item 5): the figures a queue row shows are kept on the ticket's
-- own row, and what the filters use are index keys.

-- The last message a staff member sees (any live message, notes included) and the last one the ticket's people
-- see (no internal notes): the row's preview and the "anything unread?" test, without a lookup per row in
-- `messages`. Only the start of the body is kept: the preview is an excerpt of 140 plain characters.
ALTER TABLE tickets
  ADD COLUMN last_message_seq bigint,
  ADD COLUMN last_message_body text,
  ADD COLUMN last_public_seq bigint,
  ADD COLUMN last_public_body text;

-- Kept by triggers on `messages`, so every write path (posting, email, merge, edit, delete, bulk seeds) keeps them
-- right in its own transaction. Statement-level with transition tables: a seed's insert of 200,000 messages is a
-- few set-based updates, not 200,000 trigger calls.
--
-- Inserts move the figures forward only (GREATEST on the row itself): when two transactions post to one ticket at
-- once, the second waits for the first's row lock and then re-evaluates SET on the newest row version, so the
-- higher seq wins whichever commits first.
CREATE FUNCTION tickets_last_message_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE tickets t SET
    last_message_body = CASE WHEN x.seq > coalesce(t.last_message_seq, 0) THEN left(x.body, 4000) ELSE t.last_message_body END,
    last_message_seq = GREATEST(t.last_message_seq, x.seq)
  FROM (SELECT DISTINCT ON (thread_id) thread_id, seq, body FROM added WHERE deleted_at IS NULL ORDER BY thread_id, seq DESC) x
  WHERE t.thread_id = x.thread_id;
  UPDATE tickets t SET
    last_public_body = CASE WHEN x.seq > coalesce(t.last_public_seq, 0) THEN left(x.body, 4000) ELSE t.last_public_body END,
    last_public_seq = GREATEST(t.last_public_seq, x.seq)
  FROM (SELECT DISTINCT ON (thread_id) thread_id, seq, body FROM added WHERE deleted_at IS NULL AND NOT internal
        ORDER BY thread_id, seq DESC) x
  WHERE t.thread_id = x.thread_id;
  RETURN NULL;
END $$;
CREATE TRIGGER messages_ticket_figures_insert AFTER INSERT ON messages REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION tickets_last_message_added();

-- The figures read from `messages` for the given tickets (NULL: every ticket, the backfill below).
CREATE FUNCTION tickets_recount_last_message(threads uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE tickets t SET
    (last_message_seq, last_message_body) = (SELECT m.seq, left(m.body, 4000) FROM messages m
      WHERE m.thread_id = t.thread_id AND m.deleted_at IS NULL ORDER BY m.seq DESC LIMIT 1),
    (last_public_seq, last_public_body) = (SELECT m.seq, left(m.body, 4000) FROM messages m
      WHERE m.thread_id = t.thread_id AND m.deleted_at IS NULL AND NOT m.internal ORDER BY m.seq DESC LIMIT 1)
  WHERE threads IS NULL OR t.thread_id = ANY (threads)
$$;

-- Edits, deletions and merges (messages moving to another thread) may change which message is last: the tickets
-- concerned are locked first, then read afresh (each statement of a PL/pgSQL function takes a new snapshot under
-- READ COMMITTED), so a message another transaction committed meanwhile is counted.
CREATE FUNCTION tickets_last_message_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE threads uuid[];
BEGIN
  SELECT array_agg(DISTINCT x.thread_id ORDER BY x.thread_id) INTO threads FROM (
    SELECT n.thread_id FROM changed_new n JOIN changed_old o ON o.id = n.id
    WHERE n.body IS DISTINCT FROM o.body OR n.deleted_at IS DISTINCT FROM o.deleted_at
      OR n.internal IS DISTINCT FROM o.internal OR n.thread_id IS DISTINCT FROM o.thread_id
    UNION ALL
    SELECT o.thread_id FROM changed_new n JOIN changed_old o ON o.id = n.id WHERE n.thread_id IS DISTINCT FROM o.thread_id) x;
  IF threads IS NULL THEN RETURN NULL; END IF;
  PERFORM 1 FROM tickets t WHERE t.thread_id = ANY (threads) ORDER BY t.thread_id FOR UPDATE;
  PERFORM tickets_recount_last_message(threads);
  RETURN NULL;
END $$;
CREATE TRIGGER messages_ticket_figures_update AFTER UPDATE ON messages
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed_new
  FOR EACH STATEMENT EXECUTE FUNCTION tickets_last_message_changed();

-- A ticket row written after its thread's first messages (a seed writes both in one statement) starts with them.
CREATE FUNCTION tickets_first_figures() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT m.seq, left(m.body, 4000) INTO NEW.last_message_seq, NEW.last_message_body FROM messages m
  WHERE m.thread_id = NEW.thread_id AND m.deleted_at IS NULL ORDER BY m.seq DESC LIMIT 1;
  SELECT m.seq, left(m.body, 4000) INTO NEW.last_public_seq, NEW.last_public_body FROM messages m
  WHERE m.thread_id = NEW.thread_id AND m.deleted_at IS NULL AND NOT m.internal ORDER BY m.seq DESC LIMIT 1;
  RETURN NEW;
END $$;
CREATE TRIGGER tickets_figures_on_insert BEFORE INSERT ON tickets FOR EACH ROW EXECUTE FUNCTION tickets_first_figures();

-- A deleted message row (a thread's deletion cascades) needs nothing: its ticket goes with the thread.

SELECT tickets_recount_last_message(NULL);

-- Filters as index keys. Status and priority were extra (INCLUDE) columns of tickets_active_updated_idx, so a
-- filtered count read and discarded ~70,000 entries at a million tickets; with them as leading keys each status
-- (the queue reads one index range per status, merged in order) is one range in "latest activity" order.
CREATE INDEX tickets_status_priority_updated_idx ON tickets (status, priority, updated_at DESC, thread_id DESC);
-- "Unassigned" is the triage queue: few tickets, read per status.
CREATE INDEX tickets_unassigned_idx ON tickets (status, updated_at DESC, thread_id DESC) WHERE assignee_id IS NULL;
