-- Whose turn a pending approval waits on, kept on the approval's row (issue 12: "waiting on us" across every account,
-- p95 <= 50 ms). The turn depends on the approvers' decisions and order (sequential: the first undecided approver;
-- parallel: every undecided one), which no index on approvals can express: the firm's side of the timeline had to
-- read every pending approval (30,000 at the large seed's size: 221 ms) to find the few on the firm's turn. Kept by
-- a trigger on approval_approvers, so every writer (request, decision, a new version's cancel) keeps it in its own
-- transaction. Bulk loads that disable triggers (the large seed) set it themselves.

ALTER TABLE approvals ADD COLUMN turn_firm boolean NOT NULL DEFAULT false;
ALTER TABLE approvals ADD COLUMN turn_client boolean NOT NULL DEFAULT false;

CREATE FUNCTION approval_turn(approval uuid, turn_side text) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (
    SELECT 1 FROM approval_approvers r JOIN approvals p ON p.id = r.approval_id
    WHERE r.approval_id = approval AND r.decision IS NULL AND r.side = turn_side
      AND (p.mode = 'parallel' OR r.position = (SELECT min(q.position) FROM approval_approvers q
                                                  WHERE q.approval_id = approval AND q.decision IS NULL)))
$$;

CREATE FUNCTION approval_approvers_turn() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.approval_id ELSE NEW.approval_id END;
BEGIN
  UPDATE approvals SET turn_firm = approval_turn(changed, 'firm'), turn_client = approval_turn(changed, 'client')
  WHERE id = changed;
  RETURN NULL;
END $$;

CREATE TRIGGER approval_approvers_turn AFTER INSERT OR DELETE OR UPDATE OF decision ON approval_approvers
  FOR EACH ROW EXECUTE FUNCTION approval_approvers_turn();

UPDATE approvals SET turn_firm = approval_turn(id, 'firm'), turn_client = approval_turn(id, 'client')
WHERE status = 'pending';

-- The firm's side across accounts walks this in due order and reads about a page.
CREATE INDEX approvals_firm_turn_idx ON approvals ((COALESCE(due_date, DATE '9999-12-31')), id)
  WHERE status = 'pending' AND turn_firm;
