import { accountScopeOf, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { fieldError } from '../../../platform/http/errors.ts';
import { publishEvent } from '../../../platform/realtime/index.ts';
import { markThreadNotificationsRead } from '../../notifications/index.ts';
import { conversationPolicy } from '../policy.ts';
import { presentReadState } from '../presenters.ts';
import {
  latestVisibleMessage,
  markReadUpTo,
  unreadByThread,
  visibleMessageAtOrBefore,
} from '../repository-read-state.ts';
import { findMessage } from '../repository-messages.ts';
import { threadFor, threadRefFor } from './load.ts';

/**
 * Marks the thread read up to a message (default: the newest the caller can see). Staff see the receipt
 * ("seen by"); the reader's other tabs get it to update their counts. Clients never see others' receipts.
 */
export async function markThreadReadUseCase(
  ctx: AppContext,
  actor: Actor,
  threadId: string,
  upToMessageId: string | undefined,
) {
  const thread = await threadRefFor(ctx, actor, threadId, ctx.db, 'people');
  const internal = conversationPolicy.seesInternal(actor);
  let target: { id: string; seq: number } | null;
  if (upToMessageId) {
    const message = await findMessage(ctx.db, accountScopeOf(actor), internal, upToMessageId);
    if (!message || message.thread_id !== thread.id)
      throw fieldError('upToMessageId', 'not_found', 'No such message in this thread.');
    target = { id: message.id, seq: message.seq };
  } else {
    target = await latestVisibleMessage(ctx.db, thread.id, internal);
  }
  if (!target) return presentReadState(thread.id, null, null, 0);
  const now = ctx.clock.now();
  const state = await ctx.db.transaction(async (tx) => {
    const mark = await markReadUpTo(tx, thread.id, actor.userId, target.seq, now);
    if (!upToMessageId) await markThreadNotificationsRead(tx, actor.userId, thread.id, now);
    const lastReadMessageId = await visibleMessageAtOrBefore(tx, thread.id, internal, mark.last_read_seq);
    await publishEvent(
      tx,
      {
        type: 'thread.read',
        accountId: thread.account_id,
        audience: 'staff',
        userId: actor.userId,
        data: {
          threadId: thread.id,
          userId: actor.userId,
          userName: actor.name,
          lastReadMessageId,
          readAt: mark.read_at.toISOString(),
        },
      },
      now,
    );
    return { mark, lastReadMessageId };
  });
  const unread = (await threadFor(ctx, actor, thread.id, ctx.db, 'people')).unread_count;
  return presentReadState(thread.id, state.lastReadMessageId, state.mark.read_at, unread);
}

export async function unreadCountsUseCase(ctx: AppContext, actor: Actor) {
  const rows = await unreadByThread(
    ctx.db,
    accountScopeOf(actor),
    conversationPolicy.seesInternal(actor),
    actor.userId,
  );
  const accounts = new Map<string, { accountId: string; unreadCount: number; unreadThreads: number }>();
  for (const row of rows) {
    const account = accounts.get(row.account_id) ?? { accountId: row.account_id, unreadCount: 0, unreadThreads: 0 };
    account.unreadCount += row.unread;
    account.unreadThreads += 1;
    accounts.set(row.account_id, account);
  }
  return {
    total: rows.reduce((sum, row) => sum + row.unread, 0),
    accounts: [...accounts.values()],
    threads: rows.map((row) => ({ threadId: row.thread_id, accountId: row.account_id, unreadCount: row.unread })),
  };
}
