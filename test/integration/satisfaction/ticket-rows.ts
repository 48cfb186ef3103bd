import type { Queryable } from '../../../src/server/platform/db/index.ts';
import { newId } from '../../../src/server/platform/ids.ts';

/**
 * A ticket written straight into the tables (thread, ticket row, requester as participant), for tests that need
 * exact timestamps or states without going through the tickets API.
 */
export interface TicketRowInput {
  accountId: string;
  requesterId: string | null;
  status?: 'new' | 'open' | 'pending_customer' | 'on_hold' | 'solved' | 'closed';
  createdAt: Date;
  firstResponseAt?: Date | null;
  solvedAt?: Date | null;
  assigneeId?: string | null;
  groupId?: string | null;
  resolutionDueAt?: Date | null;
  subject?: string;
}

export async function insertTicketRow(db: Queryable, input: TicketRowInput): Promise<string> {
  const id = newId();
  await db.query(
    "INSERT INTO threads (id, account_id, kind, subject, created_by, created_at, last_message_at, last_activity_at) VALUES ($1, $2, 'ticket', $3, $4, $5, $5, $5)",
    [id, input.accountId, input.subject ?? 'Help needed', input.requesterId, input.createdAt],
  );
  await db.query(
    `INSERT INTO tickets (thread_id, account_id, segment_id, requester_id, status, assignee_id, group_id, channel, created_at, updated_at,
       first_response_at, solved_at, resolution_due_at)
     SELECT $1, a.id, a.segment_id, $3, $4, $5, $6, 'web', $7, $7, $8, $9, $10 FROM accounts a WHERE a.id = $2`,
    [
      id,
      input.accountId,
      input.requesterId,
      input.status ?? 'open',
      input.assigneeId ?? null,
      input.groupId ?? null,
      input.createdAt,
      input.firstResponseAt ?? null,
      input.solvedAt ?? null,
      input.resolutionDueAt ?? null,
    ],
  );
  if (input.requesterId)
    await db.query("INSERT INTO thread_participants (thread_id, user_id, role) VALUES ($1, $2, 'requester')", [
      id,
      input.requesterId,
    ]);
  return id;
}

export async function accountOfUser(db: Queryable, userId: string): Promise<string> {
  const { rows } = await db.query<{ account_id: string }>(
    'SELECT account_id FROM memberships WHERE user_id = $1 ORDER BY account_id LIMIT 1',
    [userId],
  );
  return rows[0]!.account_id;
}
