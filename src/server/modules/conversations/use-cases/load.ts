import { isSubjectThreadKind, type ThreadKind } from '../../../../contract/index.ts';
import { accountScopeOf, tokenAllowsAreas, type Actor } from '../../../platform/actor.ts';
import { subjectAccessOf } from '../subject-threads.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import { conversationPolicy } from '../policy.ts';
import { readersOfThread } from '../repository-read-state.ts';
import { findThread, findThreadRef, ticketVisibleToPerson } from '../repository.ts';
import { findMessage } from '../repository-messages.ts';
import { presentMessage } from '../presenters.ts';
import type { Queryable } from '../../../platform/db/index.ts';

/**
 * How a use case treats ticket threads (kind 'ticket'). Tickets have rules of their own (status, SLA, who sees
 * them), so writes that would bypass them refuse ticket threads ('refuse': 404, as if missing) and the tickets
 * module posts through its own routes. Reading, files and read marks are shared ('people'): staff by their
 * account scope, the account's people only when they see the ticket (requester, CC, admin where allowed).
 */
export type TicketThreads = 'refuse' | 'people';

async function ticketAllows(
  db: Queryable,
  actor: Actor,
  thread: { id: string; kind: ThreadKind; subject_id: string | null },
  tickets: TicketThreads,
) {
  // A subject thread (a task's, a document's) is the owning module's to allow, for reads and writes alike.
  if (isSubjectThreadKind(thread.kind)) return (await subjectAccessOf(db, actor, thread)) !== null;
  if (thread.kind !== 'ticket') return true;
  if (tickets === 'refuse') return false;
  return actor.staffRole !== null || ticketVisibleToPerson(db, thread.id, actor.userId);
}

/**
 * Thread routes serve conversations, tickets and the threads about tasks and documents, so the request gate lets a
 * token with any of their scopes through; here the thread decides: a ticket's thread takes `tickets:*` or
 * `messages:*`, a task's `projects:*` or `messages:*`, a document's `documents:*` or `messages:*`, any other thread
 * only `messages:*`.
 * Checked after the thread is found in scope, so an out-of-scope id still reads as missing.
 */
export function checkTokenScope(actor: Actor, kind: string) {
  // A thread about an object also answers to the scope of the object's module (a ticket's, a task's, a document's).
  const areas =
    kind === 'ticket'
      ? ['messages', 'tickets']
      : kind === 'task'
        ? ['messages', 'projects']
        : kind === 'document'
          ? ['messages', 'documents']
          : ['messages'];
  if (!tokenAllowsAreas(actor, areas))
    throw forbidden(
      `This token lacks the ${areas.map((area) => `${area}:${actor.apiTokenScope?.access ?? 'read'}`).join(' or ')} scope.`,
      'insufficient_scope',
    );
}

/** A thread in the caller's scope, or 404 (missing and out of scope read the same). */
export async function threadFor(
  ctx: AppContext,
  actor: Actor,
  threadId: string,
  db: Queryable = ctx.db,
  tickets: TicketThreads = 'refuse',
) {
  const thread = await findThread(
    db,
    accountScopeOf(actor),
    conversationPolicy.seesInternal(actor),
    actor.userId,
    threadId,
  );
  if (!thread || !(await ticketAllows(db, actor, thread, tickets))) throw notFound();
  checkTokenScope(actor, thread.kind);
  return thread;
}

/** The same check without counts, for writes and message pages (constant cost however long the thread). */
export async function threadRefFor(
  ctx: AppContext,
  actor: Actor,
  threadId: string,
  db: Queryable = ctx.db,
  tickets: TicketThreads = 'refuse',
) {
  const thread = await findThreadRef(db, accountScopeOf(actor), threadId);
  if (!thread || !(await ticketAllows(db, actor, thread, tickets))) throw notFound();
  checkTokenScope(actor, thread.kind);
  return thread;
}

/** A message the caller can see (a note is missing for clients), or 404. */
export async function messageFor(
  ctx: AppContext,
  actor: Actor,
  messageId: string,
  db: Queryable = ctx.db,
  tickets: TicketThreads = 'people',
) {
  const message = await findMessage(db, accountScopeOf(actor), conversationPolicy.seesInternal(actor), messageId);
  if (
    !message ||
    !(await ticketAllows(
      db,
      actor,
      { id: message.thread_id, kind: message.thread_kind, subject_id: message.thread_subject_id },
      tickets,
    ))
  )
    throw notFound();
  checkTokenScope(actor, message.thread_kind);
  return message;
}

/** The API shape of one message for the caller, with "seen by" for staff. */
export async function presentOne(ctx: AppContext, actor: Actor, messageId: string) {
  const row = await messageFor(ctx, actor, messageId);
  const readers = actor.staffRole ? await readersOfThread(ctx.db, row.thread_id) : null;
  return presentMessage(row, actor, ctx.clock.now(), readers);
}
