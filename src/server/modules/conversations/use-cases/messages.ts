import { MESSAGE_BODY_MAX } from '../../../../contract/index.ts';
import { accountScopeOf, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden } from '../../../platform/http/errors.ts';
import { encodeCursor } from '../../../platform/http/pagination.ts';
import { fieldError } from '../../../platform/http/errors.ts';
import { publishEvent } from '../../../platform/realtime/index.ts';
import { recordAudit } from '../../audit/index.ts';
import { conversationPolicy } from '../policy.ts';
import { messageData, presentMessage } from '../presenters.ts';
import { messageAudienceOf } from '../subject-threads.ts';
import { readersOfThread } from '../repository-read-state.ts';
import { findMessage, listMessages, markMessageDeleted, updateMessageBody } from '../repository-messages.ts';
import { messageFor, presentOne, threadRefFor } from './load.ts';
import { messageTooLarge } from './post-message.ts';

function decodeSeqCursor(cursor: string | undefined): number | null {
  if (!cursor) return null;
  try {
    const [seq] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof seq === 'number' && Number.isSafeInteger(seq) && seq > 0) return seq;
  } catch {
    // fall through
  }
  throw fieldError('cursor', 'invalid_cursor', 'This cursor is not valid; start again from the first page.');
}

/** Newest first. Also serves search (q): the same visibility rules, notes only for staff. */
export async function listMessagesUseCase(
  ctx: AppContext,
  actor: Actor,
  threadId: string,
  query: { cursor?: string; limit: number; q?: string },
) {
  const thread = await threadRefFor(ctx, actor, threadId, ctx.db, 'people');
  const rows = await listMessages(
    ctx.db,
    accountScopeOf(actor),
    conversationPolicy.seesInternal(actor),
    thread.id,
    decodeSeqCursor(query.cursor),
    query.limit,
    query.q ?? null,
  );
  const readers = actor.staffRole ? await readersOfThread(ctx.db, thread.id) : null;
  const now = ctx.clock.now();
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => presentMessage(row, actor, now, readers)),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.seq]) : null,
  };
}

export const getMessageUseCase = presentOne;

export async function editMessageUseCase(ctx: AppContext, actor: Actor, messageId: string, body: string) {
  const message = await messageFor(ctx, actor, messageId);
  const now = ctx.clock.now();
  if (!conversationPolicy.messageAbilities(actor, message, now).edit)
    throw forbidden(
      "Only the author may edit a message, within the firm's editing window (never a ticket's description).",
      'edit_not_allowed',
    );
  if (body.length > MESSAGE_BODY_MAX) throw messageTooLarge();
  if (!body.trim() && !message.attachments?.length)
    throw fieldError('body', 'required', 'A message cannot be empty; delete it instead.');
  await ctx.db.transaction(async (tx) => {
    await updateMessageBody(tx, message.id, body, now);
    const row = (await findMessage(tx, { kind: 'all' }, true, message.id))!;
    await publishEvent(
      tx,
      {
        type: 'message.updated',
        accountId: message.account_id,
        audience: await messageAudienceOf(
          tx,
          { kind: message.thread_kind, subject_id: message.thread_subject_id },
          message.internal,
        ),
        data: { threadId: message.thread_id, threadKind: message.thread_kind, message: messageData(row) },
      },
      now,
    );
  });
  return presentOne(ctx, actor, message.id);
}

/** The mark replaces the message for everyone but staff; the words, files and who deleted them stay on record. */
export async function deleteMessageUseCase(ctx: AppContext, actor: Actor, messageId: string, ip: string | null = null) {
  const message = await messageFor(ctx, actor, messageId);
  const now = ctx.clock.now();
  if (!conversationPolicy.messageAbilities(actor, message, now).delete)
    throw forbidden(
      "Only the author may delete a message, within the firm's editing window (never a ticket's description).",
      'delete_not_allowed',
    );
  await ctx.db.transaction(async (tx) => {
    await markMessageDeleted(tx, message.id, now);
    await recordAudit(tx, {
      action: 'message.deleted',
      actor: { id: actor.userId, label: actor.email },
      target: {
        type: 'message',
        id: message.id,
        label: message.thread_kind === 'ticket' ? 'ticket message' : 'message',
      },
      accountId: message.account_id,
      ip,
      details: { threadId: message.thread_id, authorId: message.author_id },
      occurredAt: now,
    });
    const row = (await findMessage(tx, { kind: 'all' }, true, message.id))!;
    await publishEvent(
      tx,
      {
        type: 'message.deleted',
        accountId: message.account_id,
        audience: await messageAudienceOf(
          tx,
          { kind: message.thread_kind, subject_id: message.thread_subject_id },
          message.internal,
        ),
        data: { threadId: message.thread_id, threadKind: message.thread_kind, message: messageData(row) },
      },
      now,
    );
  });
  return presentOne(ctx, actor, message.id);
}
