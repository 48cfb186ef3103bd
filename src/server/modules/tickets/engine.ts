import type { Actor } from '../../platform/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import {
  actorOfUser,
  ATTACHMENT_MAX_BYTES,
  insertThread,
  listThreadMessages,
  moveThreadContent,
  postMessageInTransaction,
  prepareMessage,
  presentMessageById,
  uploadFirstMessageAttachmentUseCase,
  type PreparedMessage,
} from '../conversations/index.ts';

/*
 * The conversations engine as the tickets module uses it: a ticket's messages are conversation messages of the
 * ticket's thread (kind 'ticket': delivered only to staff and the ticket's people). One file, so the seam
 * between the two modules stays in one place.
 */

export type { PreparedMessage };
export { ATTACHMENT_MAX_BYTES, moveThreadContent };

export interface EngineThread {
  id: string;
  account_id: string;
  created_by: string | null;
  subject: string;
}

export function prepareTicketMessage(
  ctx: AppContext,
  actor: Actor,
  thread: EngineThread,
  input: { body: string; attachmentIds?: string[]; internal?: boolean },
  now: Date,
) {
  return prepareMessage(ctx, actor, { ...thread, kind: 'ticket' }, input, now);
}

export function postTicketMessage(
  ctx: AppContext,
  tx: Queryable,
  actor: Actor,
  thread: EngineThread,
  prepared: PreparedMessage,
  now: Date,
  source: 'web' | 'email' = 'web',
) {
  return postMessageInTransaction(
    ctx,
    tx,
    actor,
    { id: thread.id, account_id: thread.account_id, subject: thread.subject, kind: 'ticket' },
    prepared,
    now,
    source,
  );
}

/**
 * The person who writes a ticket's first message when an integration (no person) files it for them: the requester,
 * as when a customer writes in by email.
 */
export const messageAuthorForRequester = actorOfUser;

/** The caller must have authorized the ticket first (visibility is the tickets module's rule, not the account's). */
export function listTicketMessages(
  ctx: AppContext,
  actor: Actor,
  threadId: string,
  query: { cursor?: string; limit: number; q?: string },
) {
  return listThreadMessages(ctx, actor, threadId, query);
}

export function presentTicketMessage(ctx: AppContext, actor: Actor, messageId: string) {
  return presentMessageById(ctx, actor, messageId);
}

/** A file for a new ticket's description, kept under the account until the ticket's first message takes it. */
export const uploadFirstMessageAttachment = uploadFirstMessageAttachmentUseCase;

export function insertTicketThread(
  tx: Queryable,
  thread: { id: string; accountId: string; subject: string; createdBy: string | null; now: Date },
) {
  return insertThread(tx, { ...thread, kind: 'ticket' });
}
