import type { Queryable } from '../../platform/db/index.ts';

/*
 * Reminder claims: one row (signer, slot) per interval slot; the INSERT is the claim, so two sweeps racing for a
 * slot send it once. Portal-wide sweep: no account scope applies (it acts for the portal, for every account).
 */

export async function claimSlot(db: Queryable, signerIds: string[], slot: number, now: Date) {
  await db.query(
    `INSERT INTO signature_reminders (signer_id, slot, sent_at)
     SELECT s, $2, $3 FROM unnest($1::uuid[]) AS s ON CONFLICT DO NOTHING`,
    [signerIds, slot, now],
  );
}

/** Claims this slot's reminder for each signer whose turn it is on an open, unexpired envelope; at most `limit`. */
export async function claimDueReminders(db: Queryable, slot: number, now: Date, limit: number) {
  const { rows } = await db.query<{ envelope_id: string; signer_id: string }>(
    `INSERT INTO signature_reminders (signer_id, slot, sent_at)
     SELECT g.id, $1, $2 FROM signature_signers g JOIN signature_envelopes e ON e.id = g.envelope_id
      WHERE e.status = 'sent' AND (e.expires_at IS NULL OR e.expires_at > $2) AND g.status = 'waiting'
        AND (e.mode = 'parallel' OR g.position = (SELECT min(q.position) FROM signature_signers q
               WHERE q.envelope_id = g.envelope_id AND q.status <> 'signed'))
        AND NOT EXISTS (SELECT 1 FROM signature_reminders m WHERE m.signer_id = g.id AND m.slot = $1)
      LIMIT $3
     ON CONFLICT DO NOTHING
     RETURNING signer_id, (SELECT envelope_id FROM signature_signers WHERE id = signer_id) AS envelope_id`,
    [slot, now, limit],
  );
  return rows;
}
