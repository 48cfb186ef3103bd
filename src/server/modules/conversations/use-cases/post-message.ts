import {
  MESSAGE_BODY_MAX,
  isSubjectThreadKind,
  type CreateMessage,
  type ThreadKind,
} from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { AppError, fieldError, forbidden } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { emitWebhookEvent } from '../../../platform/webhook-events.ts';
import { publishEvent } from '../../../platform/realtime/index.ts';
import { limitsOf } from '../../../platform/security/limits.ts';
import { conversationPolicy } from '../policy.ts';
import { messageData } from '../presenters.ts';
import { addListeners, staffWhoSeeAccount } from '../repository.ts';
import { findMessage, insertMessage, touchThreadForMessage } from '../repository-messages.ts';
import { messageAudienceOf, subjectAccessOf, subjectMessagePosted } from '../subject-threads.ts';
import { attachPending, pendingAttachmentsOf } from '../repository-attachments.ts';
import { fanOut } from './fan-out.ts';
import { presentOne, threadRefFor } from './load.ts';

export interface PreparedMessage {
  body: string;
  internal: boolean;
  quotedMessageId: string | null;
  mentionIds: string[];
  attachmentIds: string[];
}

interface ThreadTarget {
  id: string;
  account_id: string;
  /** Ticket messages reach only staff and the ticket's people (see messageAudienceOf); default 'conversation'. */
  kind?: ThreadKind;
  /** A subject thread's object (task, document): its module says whether the account's people see it. */
  subject_id?: string | null;
}

export const messageTooLarge = () =>
  new AppError(
    413,
    'message_too_large',
    'Message too large',
    `A message may have at most ${MESSAGE_BODY_MAX} characters.`,
  );

/** Checks everything that needs no lock, before the transaction: size, flood, note rights, quote, mentions, files. */
export async function prepareMessage(
  ctx: AppContext,
  actor: Actor,
  thread: ThreadTarget & { created_by: string | null },
  input: Omit<CreateMessage, 'internal'> & { internal?: boolean },
  // Unused since the message limit moved to platform/security/limits.ts (which reads ctx.clock); kept so the
  // callers (conversations, tickets' engine) stay as they are.
  _now: Date,
): Promise<PreparedMessage> {
  const abilities = conversationPolicy.threadAbilities(actor, thread);
  if (!abilities.post) throw forbidden();
  if (input.internal && !abilities.postInternal) throw forbidden('Only staff write internal notes.');
  if (input.body.length > MESSAGE_BODY_MAX) throw messageTooLarge();
  const attachmentIds = [...new Set(input.attachmentIds ?? [])];
  if (!input.body.trim() && !attachmentIds.length)
    throw fieldError('body', 'required', 'Write a message or attach a file.');
  await limitsOf(ctx).take('messagesPerUser', actor.userId, 'You are sending messages too fast. Wait a moment.');
  let quotedMessageId: string | null = null;
  if (input.quotedMessageId) {
    const quoted = await findMessage(
      ctx.db,
      { kind: 'ids', ids: [thread.account_id] },
      conversationPolicy.seesInternal(actor),
      input.quotedMessageId,
    );
    if (!quoted || quoted.thread_id !== thread.id || quoted.deleted_at)
      throw fieldError('quotedMessageId', 'not_found', 'That message cannot be quoted here.');
    quotedMessageId = quoted.id;
  }
  const wanted = [...new Set(input.mentionUserIds ?? [])];
  const mentionIds = wanted.length ? await staffWhoSeeAccount(ctx.db, thread.account_id, wanted) : [];
  if (mentionIds.length !== wanted.length)
    throw fieldError('mentionUserIds', 'not_mentionable', 'Only staff who can see this account can be mentioned.');
  if (attachmentIds.length) {
    const pending = await pendingAttachmentsOf(ctx.db, thread, actor.userId, attachmentIds);
    if (pending.length !== attachmentIds.length)
      throw fieldError('attachmentIds', 'not_found', 'Upload the files to this thread first.');
  }
  return { body: input.body, internal: Boolean(input.internal), quotedMessageId, mentionIds, attachmentIds };
}

/**
 * Writes the message and everything it causes in the caller's transaction: mentions, files, the author's read
 * mark, notifications and email jobs for all recipients (a fixed number of statements), and the one real-time
 * event (last, see publishEvent).
 */
export async function postMessageInTransaction(
  ctx: AppContext,
  tx: Queryable,
  actor: Actor,
  thread: ThreadTarget & { subject: string },
  message: PreparedMessage,
  now: Date,
  source: 'web' | 'email',
) {
  const id = newId();
  const kind = thread.kind ?? 'conversation';
  const audience = await messageAudienceOf(tx, { kind, subject_id: thread.subject_id ?? null }, message.internal);
  const seq = await insertMessage(tx, {
    id,
    threadId: thread.id,
    accountId: thread.account_id,
    authorId: actor.userId,
    body: message.body,
    internal: message.internal,
    source,
    quotedMessageId: message.quotedMessageId,
    now,
    mentionIds: message.mentionIds,
    followerIds: [...(actor.staffRole ? [actor.userId] : []), ...message.mentionIds],
  });
  if (message.attachmentIds.length) await attachPending(tx, thread, actor.userId, message.attachmentIds, id);
  // Beside a task or a document, the author and the object's own people hear of it (not the whole account).
  if (isSubjectThreadKind(kind))
    await addListeners(
      tx,
      thread.id,
      await subjectMessagePosted(tx, { kind, subject_id: thread.subject_id ?? null }, actor.userId),
    );
  const notify = await fanOut(
    ctx,
    tx,
    {
      threadId: thread.id,
      accountId: thread.account_id,
      messageId: id,
      authorId: actor.userId,
      internal: message.internal,
      staffOnly: message.internal || (isSubjectThreadKind(kind) && audience === 'staff'),
      mentionIds: message.mentionIds,
    },
    now,
  );
  const row = (await findMessage(tx, { kind: 'all' }, true, id))!;
  // The thread's row last: concurrent posts to one thread queue only for this statement, the event and COMMIT.
  await touchThreadForMessage(tx, {
    threadId: thread.id,
    authorId: actor.userId,
    seq,
    internal: message.internal,
    now,
    markAuthorRead: true,
  });
  // One event for the message; each recipient's notification.created frame rides on it (EventNotify).
  await publishEvent(
    tx,
    {
      type: 'message.created',
      accountId: thread.account_id,
      audience,
      data: { threadId: thread.id, threadKind: kind, message: messageData(row) },
      notify,
    },
    now,
  );
  await emitWebhookEvent(
    tx,
    {
      type: 'message.created',
      accountId: thread.account_id,
      data: { threadId: thread.id, threadKind: kind, message: messageData(row) },
    },
    now,
  );
  return id;
}

export async function postMessageUseCase(ctx: AppContext, actor: Actor, threadId: string, input: CreateMessage) {
  const thread = await threadRefFor(ctx, actor, threadId);
  const now = ctx.clock.now();
  if (isSubjectThreadKind(thread.kind)) {
    // The owning module's policy, on top of the engine's (account scope, flood, sizes) in prepareMessage.
    const access = await subjectAccessOf(ctx.db, actor, thread);
    if (!access?.post) throw forbidden();
    if (input.internal && !access.postInternal) throw forbidden('Only staff write internal notes.');
  }
  const prepared = await prepareMessage(ctx, actor, thread, input, now);
  const id = await ctx.db.transaction((tx) => postMessageInTransaction(ctx, tx, actor, thread, prepared, now, 'web'));
  return presentOne(ctx, actor, id);
}
