import { accountScopeOf, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { conversationPolicy } from '../policy.ts';
import { readersOfThread } from '../repository-read-state.ts';
import { findMessage, findThread, findThreadRef } from '../repository.ts';
import { presentMessage } from '../presenters.ts';
import type { Queryable } from '../../../platform/db/index.ts';

/** A thread in the caller's scope, or 404 (missing and out of scope read the same). */
export async function threadFor(ctx: AppContext, actor: Actor, threadId: string, db: Queryable = ctx.db) {
  const thread = await findThread(db, accountScopeOf(actor), conversationPolicy.seesInternal(actor), actor.userId, threadId);
  if (!thread) throw notFound();
  return thread;
}

/** The same check without counts, for writes and message pages (constant cost however long the thread). */
export async function threadRefFor(ctx: AppContext, actor: Actor, threadId: string, db: Queryable = ctx.db) {
  const thread = await findThreadRef(db, accountScopeOf(actor), threadId);
  if (!thread) throw notFound();
  return thread;
}

/** A message the caller can see (a note is missing for clients), or 404. */
export async function messageFor(ctx: AppContext, actor: Actor, messageId: string, db: Queryable = ctx.db) {
  const message = await findMessage(db, accountScopeOf(actor), conversationPolicy.seesInternal(actor), messageId);
  if (!message) throw notFound();
  return message;
}

/** The API shape of one message for the caller, with "seen by" for staff. */
export async function presentOne(ctx: AppContext, actor: Actor, messageId: string) {
  const row = await messageFor(ctx, actor, messageId);
  const readers = actor.staffRole ? await readersOfThread(ctx.db, row.thread_id) : null;
  return presentMessage(row, actor, ctx.clock.now(), readers);
}
