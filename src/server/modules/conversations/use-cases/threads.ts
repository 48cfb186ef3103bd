import { isSubjectThreadKind, type CreateThread } from '../../../../contract/index.ts';
import { accountScopeOf, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import { decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { newId } from '../../../platform/ids.ts';
import { publishEvent } from '../../../platform/realtime/index.ts';
import { conversationPolicy } from '../policy.ts';
import { presentThread } from '../presenters.ts';
import { accountExists, insertThread, listThreads, renameThread } from '../repository.ts';
import { subjectAccessOf } from '../subject-threads.ts';
import { threadFor } from './load.ts';
import { postMessageInTransaction, prepareMessage } from './post-message.ts';

interface ThreadQuery {
  q?: string;
  unread?: 'true' | 'false';
  accountId?: string;
  cursor?: string;
  limit: number;
}

export async function listThreadsUseCase(ctx: AppContext, actor: Actor, query: ThreadQuery) {
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']) as [string, string] | null;
  const rows = await listThreads(ctx.db, accountScopeOf(actor), conversationPolicy.seesInternal(actor), actor.userId, {
    accountId: query.accountId ?? null,
    q: query.q || null,
    unreadOnly: query.unread === 'true',
    after,
    limit: query.limit,
  });
  return toPage(
    rows,
    query.limit,
    (row) => presentThread(row, actor),
    (row) => [row.last_at_key, row.id],
  );
}

export async function listAccountThreadsUseCase(ctx: AppContext, actor: Actor, accountId: string, query: ThreadQuery) {
  if (!conversationPolicy.canStartThread(actor, accountId)) throw notFound();
  return listThreadsUseCase(ctx, actor, { ...query, accountId });
}

export async function getThreadUseCase(ctx: AppContext, actor: Actor, threadId: string) {
  const thread = await threadFor(ctx, actor, threadId);
  return presentThread(thread, actor, await subjectAccessOf(ctx.db, actor, thread));
}

/** A thread starts with its first message, in one transaction: there is never an empty thread to notify about. */
export async function createThreadUseCase(ctx: AppContext, actor: Actor, accountId: string, input: CreateThread) {
  if (!(await accountExists(ctx.db, accountId)) || !conversationPolicy.canStartThread(actor, accountId))
    throw notFound();
  const threadId = newId();
  const now = ctx.clock.now();
  const prepared = await prepareMessage(
    ctx,
    actor,
    { id: threadId, account_id: accountId, created_by: actor.userId },
    { body: input.body, attachmentIds: input.attachmentIds },
    now,
  );
  await ctx.db.transaction(async (tx) => {
    await insertThread(tx, { id: threadId, accountId, subject: input.subject, createdBy: actor.userId, now });
    await postMessageInTransaction(
      ctx,
      tx,
      actor,
      { id: threadId, account_id: accountId, subject: input.subject },
      prepared,
      now,
      'web',
    );
    await publishEvent(
      tx,
      { type: 'thread.created', accountId, audience: 'account', data: { threadId, subject: input.subject } },
      now,
    );
  });
  return presentThread(await threadFor(ctx, actor, threadId), actor);
}

export async function renameThreadUseCase(ctx: AppContext, actor: Actor, threadId: string, subject: string) {
  const thread = await threadFor(ctx, actor, threadId);
  if (isSubjectThreadKind(thread.kind) || !conversationPolicy.threadAbilities(actor, thread).update) throw forbidden();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await renameThread(tx, accountScopeOf(actor), threadId, subject);
    await publishEvent(
      tx,
      { type: 'thread.updated', accountId: thread.account_id, audience: 'account', data: { threadId, subject } },
      now,
    );
  });
  return presentThread(await threadFor(ctx, actor, threadId), actor);
}
