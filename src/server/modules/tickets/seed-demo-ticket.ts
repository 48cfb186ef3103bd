import type { Queryable } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import { insertMessage, touchThreadForMessage } from '../conversations/index.ts';
import { applySla } from './collaborators.ts';
import { insertTicketThread } from './engine.ts';
import { addRequester, insertTicket } from './repository.ts';

export type DemoTicketStatus = 'new' | 'open' | 'pending_customer' | 'on_hold' | 'solved' | 'closed';

/** One ticket of the demo's past: the customer's question, perhaps an agent's answer an hour later, its status. */
export interface DemoTicket {
  accountId: string;
  segmentId: string;
  requesterId: string;
  subject: string;
  status: DemoTicketStatus;
  priority: string;
  assigneeId: string | null;
  groupId: string | null;
  tags: string[];
  customFields: Record<string, string>;
  question: string;
  answer: { authorId: string; body: string } | null;
  /** When the customer asked; the answer follows an hour later. */
  askedAt: Date;
}

/**
 * Writes a demo ticket as history: thread, ticket row, requester, messages, SLA clocks through the same events as a
 * real ticket's (at the demo's past times), and its status. No notifications or emails. Returns the ticket's id and
 * the id of the customer's first message (for files on it).
 */
export async function insertDemoTicket(tx: Queryable, ticket: DemoTicket) {
  const id = newId();
  const asked = ticket.askedAt;
  await insertTicketThread(tx, {
    id,
    accountId: ticket.accountId,
    subject: ticket.subject,
    createdBy: ticket.requesterId,
    now: asked,
  });
  await insertTicket(tx, {
    id,
    accountId: ticket.accountId,
    segmentId: ticket.segmentId,
    requesterId: ticket.requesterId,
    status: 'new',
    priority: ticket.priority,
    assigneeId: ticket.assigneeId,
    groupId: ticket.groupId,
    tags: ticket.tags,
    customFields: ticket.customFields,
    channel: 'web',
    now: asked,
  });
  await addRequester(tx, id, ticket.requesterId);
  const say = async (authorId: string, body: string, at: Date) => {
    const messageId = newId();
    const seq = await insertMessage(tx, {
      id: messageId,
      threadId: id,
      accountId: ticket.accountId,
      authorId,
      body,
      internal: false,
      source: 'web',
      quotedMessageId: null,
      now: at,
    });
    await touchThreadForMessage(tx, { threadId: id, authorId, seq, internal: false, now: at, markAuthorRead: true });
    return messageId;
  };
  const questionId = await say(ticket.requesterId, ticket.question, asked);
  await applySla(tx, id, { kind: 'created' }, asked);
  const last = ticket.answer ? new Date(asked.getTime() + 60 * 60_000) : asked;
  if (ticket.answer) {
    await say(ticket.answer.authorId, ticket.answer.body, last);
    await applySla(tx, id, { kind: 'agent_replied' }, last);
  }
  await tx.query(
    `UPDATE tickets SET status = $4, updated_at = $2::timestamptz, first_response_at = CASE WHEN $3::boolean THEN $2::timestamptz END,
       solved_at = CASE WHEN $4 IN ('solved', 'closed') THEN $2::timestamptz END, closed_at = CASE WHEN $4 = 'closed' THEN $2::timestamptz END WHERE thread_id = $1`,
    [id, last, Boolean(ticket.answer), ticket.status],
  );
  if (ticket.status !== 'new') await applySla(tx, id, { kind: 'status_changed', from: 'new', to: ticket.status }, last);
  return { id, questionId };
}
