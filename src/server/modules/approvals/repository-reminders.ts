import type { Queryable } from '../../platform/db/index.ts';

/*
 * Reminder claims. A reminder is one row (approval, approver, slot): the interval slot it belongs to. The INSERT
 * is the claim, so two sweeps (two processes, or a retry) racing for the same slot send it once. Portal-wide
 * sweep: no account scope applies (it acts for the portal, for every account).
 */

/** Marks the request mail's slot as sent, so the first reminder comes one interval later. */
export async function claimSlot(db: Queryable, approvalId: string, userIds: string[], slot: number, now: Date) {
  await db.query(
    `INSERT INTO approval_reminders (approval_id, user_id, slot, sent_at)
     SELECT $1, u, $3, $4 FROM unnest($2::uuid[]) AS u ON CONFLICT DO NOTHING`,
    [approvalId, userIds, slot, now],
  );
}

/**
 * Claims this slot's reminders for every awaited approver of a pending approval (the state machine's rule in SQL:
 * sequential = first undecided, parallel = every undecided) that has none in the slot yet; at most `limit`.
 */
export async function claimDueReminders(db: Queryable, slot: number, now: Date, limit: number) {
  const { rows } = await db.query<{ approval_id: string; user_id: string }>(
    `INSERT INTO approval_reminders (approval_id, user_id, slot, sent_at)
     SELECT r.approval_id, r.user_id, $1, $2 FROM approval_approvers r JOIN approvals p ON p.id = r.approval_id
      WHERE p.status = 'pending' AND r.decision IS NULL
        AND (p.mode = 'parallel' OR r.position = (SELECT min(q.position) FROM approval_approvers q
               WHERE q.approval_id = r.approval_id AND q.decision IS NULL))
        AND NOT EXISTS (SELECT 1 FROM approval_reminders m
               WHERE m.approval_id = r.approval_id AND m.user_id = r.user_id AND m.slot = $1)
      LIMIT $3
     ON CONFLICT DO NOTHING RETURNING approval_id, user_id`,
    [slot, now, limit],
  );
  return rows;
}
