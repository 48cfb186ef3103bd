// Tickets of the large seed: per batch one statement that derives every row from its number n (md5-based draws)
// and writes the thread, the ticket, the requester participant and the messages together (data-modifying CTEs).
import type { Queryable } from '../../platform/db/index.ts';
import { AGENTS } from './people.ts';
import {
  DATASET_END,
  KIND,
  NOUNS,
  QUALIFIERS,
  SUBJECT_OPENERS,
  TAGS,
  TICKETS_SPAN_DAYS,
  VERBS,
  accountIdSql,
  customerIdSql,
  groupIdSql,
  idSql,
  msOf,
  pick,
  r16,
  r32,
  slaIdSql,
  staffIdSql,
} from './sql.ts';

export interface TicketShape {
  tickets: number;
  accounts: number;
  messagesPerTicket: number;
}

/** Tickets created in the dataset's last month are being worked; older ones are closed but for a few stragglers. */
const RECENT_DAYS = 30;

/**
 * Status mix: of the last month's tickets new 15%, open 30%, pending_customer 15%, on_hold 5%, solved 15%,
 * closed 20%; of older ones 98% closed, the rest open, on hold or pending (no old solved tickets: auto-close,
 * set to 90 days by the seed, would close them on the first sweep and rewrite the dataset under a benchmark). Priority:
 * low 20%, normal 55%, high 18%, urgent 7%. New tickets are mostly unassigned (85%), others rarely (8%); one in
 * nine has no group. Created evenly over the year before DATASET_END; last activity minutes to weeks later.
 */
function ticketSource(shape: TicketShape): string {
  const stepSeconds = (TICKETS_SPAN_DAYS * 86_400) / shape.tickets;
  // Tickets are created evenly over the year, so "created in the last RECENT_DAYS" is "n above this".
  const recentFrom = Math.floor(shape.tickets * (1 - RECENT_DAYS / TICKETS_SPAN_DAYS));
  const h = 'h.h';
  return `
    SELECT n, h, created_at, status, prio_i, (ARRAY['low','normal','high','urgent'])[prio_i] AS priority, account_i,
      ${idSql(KIND.ticket, 'n', msOf('created_at'))} AS id,
      ${accountIdSql('account_i')} AS account_id, ${customerIdSql('account_i')} AS requester_id,
      CASE WHEN (status = 'new' AND r_assignee % 100 < 85) OR (status <> 'new' AND r_assignee % 100 < 8) THEN NULL
        ELSE ${staffIdSql(`3 + (r_assignee / 100) % ${AGENTS}`)} END AS assignee_id,
      CASE WHEN r_group % 9 = 0 THEN NULL ELSE ${groupIdSql('r_group % 9')} END AS group_id,
      CASE r_tags % 4 WHEN 0 THEN '{}'::text[] WHEN 3 THEN ARRAY[${pick(TAGS, 'r_tags / 4')}, ${pick(TAGS, 'r_tags / 4 + 1 + (r_tags / 48) % 11')}]
        ELSE ARRAY[${pick(TAGS, 'r_tags / 4')}] END AS tags,
      CASE WHEN (r_tags / 7) % 20 < 12 THEN 'web' WHEN (r_tags / 7) % 20 < 19 THEN 'email' ELSE 'api' END AS channel,
      least(created_at + interval '5 minutes' + power(r_age / 65536.0, 3) * interval '45 days', timestamptz '${DATASET_END}') AS updated_at,
      ${pick(SUBJECT_OPENERS, 'n')} || ' ' || verb || ' the ' || noun || ' ' || ${pick(QUALIFIERS, 'r_assignee / 7')} AS subject, verb, noun
    FROM (
      SELECT g AS n, h.h, timestamptz '${DATASET_END}' - interval '${TICKETS_SPAN_DAYS} days' + (g - 1) * ${stepSeconds} * interval '1 second' AS created_at,
        CASE WHEN g > ${recentFrom} THEN
          CASE WHEN ${r16(h, 1)} % 1000 < 150 THEN 'new' WHEN ${r16(h, 1)} % 1000 < 450 THEN 'open' WHEN ${r16(h, 1)} % 1000 < 600 THEN 'pending_customer'
            WHEN ${r16(h, 1)} % 1000 < 650 THEN 'on_hold' WHEN ${r16(h, 1)} % 1000 < 800 THEN 'solved' ELSE 'closed' END
        ELSE CASE WHEN ${r16(h, 1)} % 1000 < 10 THEN 'open' WHEN ${r16(h, 1)} % 1000 < 15 THEN 'on_hold' WHEN ${r16(h, 1)} % 1000 < 20 THEN 'pending_customer'
          ELSE 'closed' END END AS status,
        CASE WHEN ${r16(h, 2)} % 100 < 20 THEN 1 WHEN ${r16(h, 2)} % 100 < 75 THEN 2 WHEN ${r16(h, 2)} % 100 < 93 THEN 3 ELSE 4 END AS prio_i,
        1 + ${r32(h, 6)} % ${shape.accounts} AS account_i,
        ${r16(h, 0)} AS r_age, ${r16(h, 3)} AS r_assignee, ${r16(h, 4)} AS r_group, ${r16(h, 5)} AS r_tags,
        ${pick(VERBS, `${r16(h, 2)} / 100`)} AS verb, ${pick(NOUNS, `${r16(h, 4)} / 9`)} AS noun
      FROM generate_series($1::bigint, $2::bigint) g, LATERAL (SELECT md5('ticket:' || g) AS h) h
    ) drawn`;
}

const MESSAGE_CREATED = (m: number) =>
  m <= 1 ? 'src.created_at' : `src.created_at + (src.updated_at - src.created_at) * ((k - 1)::float8 / ${m - 1})`;

/** Tickets from..to with their threads, requester rows and messages, in one statement. */
export async function seedTickets(db: Queryable, shape: TicketShape, segmentId: string, from: number, to: number) {
  const m = shape.messagesPerTicket;
  const messages =
    m === 0
      ? 'SELECT count(*) FROM src'
      : `
    INSERT INTO messages (id, thread_id, account_id, author_id, body, internal, source, created_at)
    SELECT ${idSql(KIND.message, `(src.n - 1) * ${m} + k`, msOf(MESSAGE_CREATED(m)))}, src.id, src.account_id,
      CASE WHEN k % 2 = 1 THEN src.requester_id ELSE coalesce(src.assignee_id, ${staffIdSql(`3 + src.n % ${AGENTS}`)}) END,
      CASE WHEN k % 2 = 1 THEN 'Hello, I am trying to ' || src.verb || ' the ' || src.noun || ' but it fails with an error. ' ||
          'It worked last week. Could you have a look? Order ' || (src.n * 37 % 100000) || '.'
        ELSE 'Thanks for reaching out. To ' || src.verb || ' the ' || src.noun || ', open **Settings**, choose *' || initcap(src.verb) ||
          '* and confirm. If the ' || ${pick(NOUNS, 'src.n / 3')} || ' still does not update, reply here and we will take it from there.' END,
      k % 2 = 0 AND src.n % 10 = 0, CASE WHEN k % 2 = 1 AND src.channel = 'email' THEN 'email' ELSE 'web' END, ${MESSAGE_CREATED(m)}
    FROM src, generate_series(1, ${m}) k ORDER BY src.n, k`;
  await db.query(
    `WITH src AS MATERIALIZED (${ticketSource(shape)}),
     th AS (
       INSERT INTO threads (id, account_id, kind, subject, created_by, created_at, last_message_at, last_activity_at)
       SELECT id, account_id, 'ticket', subject, requester_id, created_at, updated_at, updated_at FROM src ORDER BY n),
     tk AS (
       INSERT INTO tickets (thread_id, number, account_id, segment_id, requester_id, status, priority, assignee_id, group_id, tags, channel,
         created_at, updated_at, first_response_at, solved_at, closed_at, sla_policy_id, first_response_target_minutes, resolution_target_minutes,
         first_response_due_at, resolution_due_at, resolution_running_since)
       SELECT id, 999 + n, account_id, $3::uuid, requester_id, status, priority, assignee_id, group_id, tags, channel, created_at, updated_at,
         CASE WHEN status <> 'new' THEN least(created_at + (5 + n % 180) * interval '1 minute', updated_at) END,
         CASE WHEN status = 'solved' THEN updated_at WHEN status = 'closed' THEN greatest(created_at, updated_at - interval '4 days') END,
         CASE WHEN status = 'closed' THEN updated_at END,
         ${slaIdSql('prio_i')}, (ARRAY[1440,480,240,60])[prio_i], (ARRAY[5760,2880,1440,480])[prio_i],
         CASE WHEN status = 'new' THEN created_at + (ARRAY[1440,480,240,60])[prio_i] * interval '1 minute' END,
         CASE WHEN status IN ('new', 'open', 'on_hold') THEN created_at + (ARRAY[5760,2880,1440,480])[prio_i] * interval '1 minute' END,
         CASE WHEN status IN ('new', 'open', 'on_hold') THEN created_at END
       FROM src ORDER BY n),
     tp AS (INSERT INTO thread_participants (thread_id, user_id, role) SELECT id, requester_id, 'requester' FROM src ORDER BY n)
     ${messages}`,
    [from, to, segmentId],
  );
}

/** The next ticket created through the app continues after the seeded numbers. */
export async function advanceTicketNumbers(db: Queryable, tickets: number) {
  await db.query("SELECT setval('ticket_number_seq', $1::bigint)", [999 + Math.max(tickets, 1)]);
}
