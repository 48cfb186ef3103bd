-- Support report rollups (issue 10, item 2: "reports read from rollups kept up to date as data changes"). The
-- dashboard read the ticket, SLA-result and rating tables over the whole period (a lateral over three due columns of
-- every ticket, no index on created_at ranges, joins for the account): 149–1070 ms at p95 on the large seed at
-- --scale 0.1. Now it reads two narrow tables kept in the same transaction as every change:
--
--   support_report_facts   one row per thing the report counts, per ticket: its creation (with the first-response
--                          minutes), its solve (resolution minutes), each running SLA due time, each SLA result,
--                          each rating. The medians need the single values, so they are read from here (an index
--                          on (kind, at) holds everything they use); so are the due times, which only "now" judges.
--   support_report_days    the facts counted per UTC day x kind x outcome x segment x account (x agent x group for
--                          ratings), with the sum of minutes: the counts of the report add these up. Each fact
--                          is counted twice: in its account's row, and in an all-accounts row (account_id NULL)
--                          for staff who see every account. Tickets spread over many accounts leave about one
--                          ticket per account and day (10,000 accounts, 270 tickets a day at --scale 0.1), so only
--                          the all-accounts rows add much up; they are split in 8 stripes (by ticket) so that
--                          concurrent writes of one day do not all queue on one row lock.
--
-- Both carry account_id, so a limited agent's scope filters them as it filtered the base tables. The report's
-- periods are whole UTC days, so a day row falls wholly inside or outside a period and a bucket.
--
-- One definition: the view support_report_fact_source says what the facts of the base tables are. A trigger on
-- tickets, ticket_sla_results and ticket_ratings re-syncs the facts of the ticket concerned with that view (deleting
-- facts that no longer hold, inserting new ones), whatever the change (create, reply, solve, reopen, merge, SLA
-- result, rating, delete, account or segment change); statement triggers on the facts add and subtract their
-- counts in the day rows. support_report_rollups_rebuild() fills both from scratch (this migration, and the large
-- seed after its bulk insert, which runs with the triggers off).

CREATE TABLE support_report_facts (
  ticket_id uuid NOT NULL,
  -- created | solved | due (a running SLA target) | sla (a recorded result) | csat (a given rating)
  kind text NOT NULL,
  -- due and sla: the metric; csat: the rating's id; else ''.
  part text NOT NULL,
  -- created_at, solved_at, the due time, met_at, rated_at
  at timestamptz NOT NULL,
  -- The ticket's segment, but the result's / rating's own for sla and csat (the report filters those by their own).
  segment_id uuid NOT NULL,
  account_id uuid NOT NULL,
  assignee_id uuid,
  group_id uuid,
  -- sla: met | breached; csat: good | bad
  outcome text,
  -- created: first_response_at - created_at; solved: solved_at - created_at (minutes; null without a response)
  minutes float8,
  PRIMARY KEY (ticket_id, kind, part, at)
);
CREATE INDEX support_report_facts_time_idx ON support_report_facts (kind, at) INCLUDE (segment_id, account_id, minutes);
-- A limited agent's few accounts over a long period.
CREATE INDEX support_report_facts_account_idx ON support_report_facts (account_id, kind, at) INCLUDE (segment_id, minutes);

CREATE TABLE support_report_days (
  kind text NOT NULL,
  day date NOT NULL,
  outcome text,
  segment_id uuid NOT NULL,
  -- NULL: every account (the row for unrestricted staff)
  account_id uuid,
  assignee_id uuid,
  group_id uuid,
  -- 0 in account rows; 0..7 in all-accounts rows
  stripe smallint NOT NULL,
  facts integer NOT NULL,
  minutes_facts integer NOT NULL,
  minutes_sum float8 NOT NULL,
  CONSTRAINT support_report_days_key
    UNIQUE NULLS NOT DISTINCT (kind, day, outcome, segment_id, account_id, assignee_id, group_id, stripe)
);
-- Covering, so the report reads the index alone: one for the all-accounts rows, one for a limited agent's accounts.
CREATE INDEX support_report_days_all_idx ON support_report_days (kind, day)
  INCLUDE (outcome, segment_id, assignee_id, group_id, facts) WHERE account_id IS NULL;
CREATE INDEX support_report_days_account_idx ON support_report_days (account_id, kind, day)
  INCLUDE (outcome, segment_id, assignee_id, group_id, facts) WHERE account_id IS NOT NULL;

-- The day rows a fact counts in: its account's, and one stripe (by ticket) of the all-accounts row.
CREATE FUNCTION support_report_day_keys(ticket uuid, at timestamptz, account uuid)
  RETURNS TABLE (day date, account uuid, stripe smallint) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (at AT TIME ZONE 'UTC')::date, account, 0::smallint
  UNION ALL
  SELECT (at AT TIME ZONE 'UTC')::date, NULL::uuid, (hashtext(ticket::text) & 7)::smallint
$$;

CREATE VIEW support_report_fact_source AS
  SELECT t.thread_id AS ticket_id, 'created'::text AS kind, ''::text AS part, t.created_at AS at, t.segment_id,
    t.account_id, NULL::uuid AS assignee_id, NULL::uuid AS group_id, NULL::text AS outcome,
    (extract(epoch FROM (t.first_response_at - t.created_at)) / 60)::float8 AS minutes
  FROM tickets t
  UNION ALL
  SELECT t.thread_id, 'solved', '', t.solved_at, t.segment_id, t.account_id, NULL, NULL, NULL,
    (extract(epoch FROM (t.solved_at - t.created_at)) / 60)::float8
  FROM tickets t WHERE t.solved_at IS NOT NULL
  UNION ALL
  SELECT t.thread_id, 'due', d.part, d.due, t.segment_id, t.account_id, NULL, NULL, NULL, NULL
  FROM tickets t
  CROSS JOIN LATERAL (VALUES ('first_response', t.first_response_due_at), ('next_response', t.next_response_due_at),
    ('resolution', t.resolution_due_at)) AS d (part, due)
  WHERE d.due IS NOT NULL
  UNION ALL
  SELECT r.ticket_id, 'sla', r.metric, r.met_at, r.segment_id, t.account_id, NULL, NULL,
    CASE WHEN r.breached THEN 'breached' ELSE 'met' END, NULL
  FROM ticket_sla_results r JOIN tickets t ON t.thread_id = r.ticket_id
  UNION ALL
  SELECT r.ticket_id, 'csat', r.id::text, r.rated_at, r.segment_id, t.account_id, r.assignee_id, r.group_id, r.rating, NULL
  FROM ticket_ratings r JOIN tickets t ON t.thread_id = r.ticket_id
  WHERE r.rating IS NOT NULL AND r.rated_at IS NOT NULL;

-- Makes the facts of one ticket what the view says, touching only the facts that changed (a reply that changes
-- nothing the report counts writes nothing). The ticket's row lock first: two transactions changing one ticket's
-- facts (an SLA result recorded while the ticket moves account) sync one after the other, the second seeing the
-- first's commit, instead of each missing the other's uncommitted rows.
CREATE FUNCTION support_report_facts_sync(ticket uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ticket IS NULL THEN RETURN; END IF;
  PERFORM 1 FROM tickets WHERE thread_id = ticket FOR NO KEY UPDATE;
  DELETE FROM support_report_facts f
  WHERE f.ticket_id = ticket
    AND NOT EXISTS (SELECT 1 FROM support_report_fact_source s
                    WHERE s.ticket_id = ticket AND s.kind = f.kind AND s.part = f.part AND s.at = f.at
                      AND ROW(s.*) IS NOT DISTINCT FROM ROW(f.*));
  INSERT INTO support_report_facts
  SELECT s.* FROM support_report_fact_source s
  WHERE s.ticket_id = ticket
    AND NOT EXISTS (SELECT 1 FROM support_report_facts f
                    WHERE f.ticket_id = ticket AND f.kind = s.kind AND f.part = s.part AND f.at = s.at);
END $$;

-- The large seed writes with the triggers off (`SET portico.support_report_rollups = 'deferred'`, or the replica
-- role) and rebuilds at the end; the rebuild itself writes the day rows in one pass.
CREATE FUNCTION support_report_rollups_live() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('portico.support_report_rollups', true), '') NOT IN ('deferred', 'rebuilding')
$$;

CREATE FUNCTION support_report_ticket_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT support_report_rollups_live() THEN RETURN NULL; END IF;
  IF TG_OP <> 'INSERT' THEN PERFORM support_report_facts_sync(OLD.thread_id); END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.thread_id <> OLD.thread_id) THEN
    PERFORM support_report_facts_sync(NEW.thread_id);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER support_report_ticket_insert_delete AFTER INSERT OR DELETE ON tickets
  FOR EACH ROW EXECUTE FUNCTION support_report_ticket_changed();
-- Only the columns the facts are made of: status changes, replies and the queue's figures do not fire it.
CREATE TRIGGER support_report_ticket_update AFTER UPDATE OF thread_id, account_id, segment_id, created_at,
    first_response_at, solved_at, first_response_due_at, next_response_due_at, resolution_due_at ON tickets
  FOR EACH ROW
  WHEN ((OLD.thread_id, OLD.account_id, OLD.segment_id, OLD.created_at, OLD.first_response_at, OLD.solved_at,
         OLD.first_response_due_at, OLD.next_response_due_at, OLD.resolution_due_at)
        IS DISTINCT FROM
        (NEW.thread_id, NEW.account_id, NEW.segment_id, NEW.created_at, NEW.first_response_at, NEW.solved_at,
         NEW.first_response_due_at, NEW.next_response_due_at, NEW.resolution_due_at))
  EXECUTE FUNCTION support_report_ticket_changed();

-- SLA results and ratings: the facts of their ticket (before and after, when a merge moves one).
CREATE FUNCTION support_report_ticket_part_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT support_report_rollups_live() THEN RETURN NULL; END IF;
  IF TG_OP <> 'INSERT' THEN PERFORM support_report_facts_sync(OLD.ticket_id); END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.ticket_id <> OLD.ticket_id) THEN
    PERFORM support_report_facts_sync(NEW.ticket_id);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER support_report_sla_result_changed AFTER INSERT OR UPDATE OR DELETE ON ticket_sla_results
  FOR EACH ROW EXECUTE FUNCTION support_report_ticket_part_changed();
CREATE TRIGGER support_report_rating_insert_delete AFTER INSERT OR DELETE ON ticket_ratings
  FOR EACH ROW EXECUTE FUNCTION support_report_ticket_part_changed();
CREATE TRIGGER support_report_rating_update AFTER UPDATE OF ticket_id, segment_id, assignee_id, group_id, rating, rated_at
    ON ticket_ratings
  FOR EACH ROW
  WHEN ((OLD.ticket_id, OLD.segment_id, OLD.assignee_id, OLD.group_id, OLD.rating, OLD.rated_at)
        IS DISTINCT FROM (NEW.ticket_id, NEW.segment_id, NEW.assignee_id, NEW.group_id, NEW.rating, NEW.rated_at))
  EXECUTE FUNCTION support_report_ticket_part_changed();

-- Day rows follow the facts: statement-level with transition tables, so a statement that changes many facts adds
-- them up in one upsert. Day rows that fall to zero stay (the report adds them up, and shows no zero groups);
-- the rebuild drops them.
CREATE FUNCTION support_report_days_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT support_report_rollups_live() THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO support_report_days AS d
    SELECT kind, day, outcome, segment_id, account, assignee_id, group_id, stripe,
      count(*), count(minutes), coalesce(sum(minutes), 0)
    FROM added CROSS JOIN LATERAL support_report_day_keys(added.ticket_id, added.at, added.account_id) k
    WHERE kind <> 'due'
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT ON CONSTRAINT support_report_days_key DO UPDATE SET facts = d.facts + excluded.facts,
      minutes_facts = d.minutes_facts + excluded.minutes_facts, minutes_sum = d.minutes_sum + excluded.minutes_sum;
  ELSE
    INSERT INTO support_report_days AS d
    SELECT kind, day, outcome, segment_id, account, assignee_id, group_id, stripe,
      -count(*), -count(minutes), -coalesce(sum(minutes), 0)
    FROM removed CROSS JOIN LATERAL support_report_day_keys(removed.ticket_id, removed.at, removed.account_id) k
    WHERE kind <> 'due'
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT ON CONSTRAINT support_report_days_key DO UPDATE SET facts = d.facts + excluded.facts,
      minutes_facts = d.minutes_facts + excluded.minutes_facts, minutes_sum = d.minutes_sum + excluded.minutes_sum;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER support_report_facts_added AFTER INSERT ON support_report_facts REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION support_report_days_apply();
CREATE TRIGGER support_report_facts_removed AFTER DELETE ON support_report_facts REFERENCING OLD TABLE AS removed
  FOR EACH STATEMENT EXECUTE FUNCTION support_report_days_apply();

-- Everything from scratch, in the caller's transaction (the tables are locked meanwhile).
CREATE FUNCTION support_report_rollups_rebuild() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  previous text := coalesce(current_setting('portico.support_report_rollups', true), '');
BEGIN
  PERFORM set_config('portico.support_report_rollups', 'rebuilding', true);
  TRUNCATE support_report_facts, support_report_days;
  INSERT INTO support_report_facts SELECT * FROM support_report_fact_source;
  INSERT INTO support_report_days
  SELECT kind, k.day, outcome, segment_id, k.account, assignee_id, group_id, k.stripe,
    count(*), count(minutes), coalesce(sum(minutes), 0)
  FROM support_report_facts f CROSS JOIN LATERAL support_report_day_keys(f.ticket_id, f.at, f.account_id) k
  WHERE kind <> 'due'
  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
  PERFORM set_config('portico.support_report_rollups', previous, true);
END $$;

SELECT support_report_rollups_rebuild();
