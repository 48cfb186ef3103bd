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
import { SqlParams } from '../../../platform/db/index.ts';
import { afterJobsInserted, insertJobsSql } from '../../../platform/jobs/index.ts';
import { webhookEventJob, webhookInterestSql } from '../../../platform/webhook-events.ts';
import { insertEventSql, wakeHubsAfterCommit } from '../../../platform/realtime/index.ts';
import { limitsOf } from '../../../platform/security/limits.ts';
import { conversationPolicy } from '../policy.ts';
import { messageData, presentMessage } from '../presenters.ts';
import { insertNotificationsSql } from '../../notifications/index.ts';
import { addListeners, staffWhoSeeAccount } from '../repository.ts';
import { findMessage } from '../repository-messages.ts';
import { insertPostedMessage, postedRowFor, type PostedRow } from '../repository-post.ts';
import { messageAudienceOf, subjectAccessOf, subjectMessagePosted } from '../subject-threads.ts';
import { attachPending, pendingAttachmentsOf } from '../repository-attachments.ts';
import { planFanOut } from './fan-out.ts';
import { threadRefFor } from './load.ts';

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
 * Writes the message and everything it causes in the caller's transaction, in two statements whatever the number
 * of recipients (plus one to attach files, and the owning module's for a task's or a document's thread): first the
 * message, mentions, followers, the thread's orders, the author's read mark and who hears of it
 * (insertPostedMessage); then their notifications and email jobs, the one real-time event and the webhook fan-out
 * job when a subscription wants it. Returns the message as the author reads it, so the caller need not read it back.
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
  return (await postMessageRowInTransaction(ctx, tx, actor, thread, message, now, source)).id;
}

export async function postMessageRowInTransaction(
  _ctx: AppContext,
  tx: Queryable,
  actor: Actor,
  thread: ThreadTarget & { subject: string },
  message: PreparedMessage,
  now: Date,
  source: 'web' | 'email',
): Promise<{ id: string; row: PostedRow }> {
  const id = newId();
  const kind = thread.kind ?? 'conversation';
  const subject = { kind, subject_id: thread.subject_id ?? null };
  const audience = await messageAudienceOf(tx, subject, message.internal);
  // Beside a task or a document, the author and the object's own people hear of it (not the whole account): they
  // are listeners before the message's statement reads who hears of it.
  if (isSubjectThreadKind(kind))
    await addListeners(tx, thread.id, await subjectMessagePosted(tx, subject, actor.userId));
  const staffOnly = message.internal || (isSubjectThreadKind(kind) && audience === 'staff');
  const { row, recipients } = await insertPostedMessage(tx, {
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
    staffOnly,
  });
  if (message.attachmentIds.length)
    row.attachments = await attachPending(tx, thread, actor.userId, message.attachmentIds, id);
  const fanOut = planFanOut(
    {
      threadId: thread.id,
      accountId: thread.account_id,
      messageId: id,
      authorId: actor.userId,
      internal: message.internal,
      staffOnly,
      mentionIds: message.mentionIds,
    },
    recipients,
    now,
  );
  // What every receiver gets is the message as staff read it (findMessage with internal notes), as before.
  const data = { threadId: thread.id, threadKind: kind, message: messageData(postedRowFor(row, true)) };
  const webhook = webhookEventJob({ type: 'message.created', accountId: thread.account_id, data }, now);
  const params = new SqlParams();
  const notifications = insertNotificationsSql(fanOut.notifications, params);
  // One event for the message; each recipient's notification.created frame rides on it (EventNotify).
  const event = insertEventSql(
    { type: 'message.created', accountId: thread.account_id, audience, data, notify: fanOut.notify(notifications.ids) },
    now,
    params,
  );
  const jobs = insertJobsSql(fanOut.jobs, now, params);
  // The webhook fan-out job only when some subscription may want the type (emitWebhookEvent's test, in SQL here).
  const webhookJob = insertJobsSql([webhook.job], now, params, webhookInterestSql(params.p(webhook.envelope.type)));
  // Empty arrays insert nothing, so the text is the same for every post: prepared once per connection.
  const { rows } = await tx.query<{ jobs: number; webhook: number }>(
    `WITH notified AS (${notifications.sql}), evented AS (${event}), queued AS (${jobs}), hooked AS (${webhookJob})
     SELECT (SELECT count(*) FROM queued)::int AS jobs, (SELECT count(*) FROM hooked)::int AS webhook`,
    params.values,
    { prepare: true },
  );
  if (rows[0]!.jobs) afterJobsInserted(tx, fanOut.jobs, now);
  if (rows[0]!.webhook) afterJobsInserted(tx, [webhook.job], now);
  wakeHubsAfterCommit(tx);
  return { id, row };
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
  const { row } = await ctx.db.transaction((tx) =>
    postMessageRowInTransaction(ctx, tx, actor, thread, prepared, now, 'web'),
  );
  // The message as the author reads it, from what the post wrote (no read back). Nobody else can have read a message
  // before it was committed, so "seen by" is empty.
  return presentMessage(
    postedRowFor(row, conversationPolicy.seesInternal(actor)),
    actor,
    ctx.clock.now(),
    actor.staffRole ? [] : null,
  );
}
