import {
  isSubjectThreadKind,
  subjectThreadPath,
  type SubjectThreadKind,
  type Thread,
  type ThreadKind,
} from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { notFound } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import { messageAudience } from './presenters.ts';
import { deleteSubjectThreadRows, ensureSubjectThread } from './repository.ts';
// A cycle by design (threads.ts checks threads through this file's providers); only functions cross it.
import { getThreadUseCase } from './use-cases/threads.ts';

/*
 * Subject threads: the discussion beside an object of another module (a task, a document) is a thread of this
 * engine, of the object's kind, so it has the messages, notes, files, read state, mentions, live events and email
 * of every thread. What the engine cannot know is who may read and write it: the owning module says, through the
 * provider it registers here (projects for tasks, documents for documents). The engine asks it on every access.
 */

/** What the caller may do in the thread about one object, by the owning module's policy. */
export interface SubjectAccess {
  accountId: string;
  /** The object's name, kept as the thread's subject (notifications and mail titles). */
  title: string;
  post: boolean;
  postInternal: boolean;
}

export interface SubjectThreadProvider {
  /** The object as the caller may see it; null when it is missing or not theirs (404, never 403). */
  access(db: Queryable, actor: Actor, subjectId: string): Promise<SubjectAccess | null>;
  /**
   * Whether the account's people see the object (a task of a project that is not internal, a shared document). It
   * decides who hears of a message: the whole account's streams, and the people taking part, by mail.
   */
  shared(db: Queryable, subjectId: string): Promise<boolean>;
  /** Who hears of every message beside the object besides those who wrote (a task's assignee and followers). */
  listeners(db: Queryable, subjectId: string): Promise<string[]>;
  /** Runs in the message's transaction after it is written (a task: its author now follows it). */
  posted?(tx: Queryable, subjectId: string, authorId: string): Promise<void>;
  /**
   * Objects with versions (documents) have a thread per version: the version a thread opens for, `requested` when it
   * is one of the object's (else null: 404), or the current one when none is asked for. Absent: one thread per object.
   */
  version?(db: Queryable, subjectId: string, requested: string | null): Promise<string | null>;
}

const providers = new Map<SubjectThreadKind, SubjectThreadProvider>();

/** Called by the owning module when its plugin is registered (one provider per kind; the last one wins). */
export function provideSubjectThreads(kind: SubjectThreadKind, provider: SubjectThreadProvider) {
  providers.set(kind, provider);
}

function providerOf(kind: SubjectThreadKind) {
  const provider = providers.get(kind);
  // Deny by default: a kind whose module is not registered has no readers.
  return provider ?? null;
}

interface SubjectRef {
  kind: ThreadKind;
  subject_id: string | null;
  /** A document's thread: the version it is about (links open that version's discussion). */
  subject_version_id?: string | null;
}

/** The caller's rights on a subject thread, or null (not theirs, or not a subject thread). */
export async function subjectAccessOf(db: Queryable, actor: Actor, thread: SubjectRef) {
  if (!isSubjectThreadKind(thread.kind) || !thread.subject_id) return null;
  return (await providerOf(thread.kind)?.access(db, actor, thread.subject_id)) ?? null;
}

/** Whether the account's people see a subject thread's object (false for other kinds: they have their own rules). */
export async function subjectShared(db: Queryable, thread: SubjectRef) {
  if (!isSubjectThreadKind(thread.kind) || !thread.subject_id) return false;
  return (await providerOf(thread.kind)?.shared(db, thread.subject_id)) ?? false;
}

/**
 * After a message beside an object, in its transaction: the owning module's own follow-up, then who hears of it
 * (the author, and the object's listeners).
 */
export async function subjectMessagePosted(tx: Queryable, thread: SubjectRef, authorId: string) {
  if (!isSubjectThreadKind(thread.kind) || !thread.subject_id) return [];
  const provider = providerOf(thread.kind);
  await provider?.posted?.(tx, thread.subject_id, authorId);
  return [authorId, ...((await provider?.listeners(tx, thread.subject_id)) ?? [])];
}

/** A subject's page for a reader (a document's: with the thread's version chosen), or null for other kinds. */
export function subjectPath(thread: SubjectRef & { account_id: string }, staff: boolean) {
  if (!isSubjectThreadKind(thread.kind) || !thread.subject_id) return null;
  return subjectThreadPath(thread.kind, thread.subject_id, thread.account_id, staff, thread.subject_version_id);
}

/**
 * Who receives a message's events: notes and ticket messages staff only; a subject thread's messages the whole
 * account only while its people see the object (an internal task's comments never reach their streams).
 */
export async function messageAudienceOf(db: Queryable, thread: SubjectRef, internal: boolean) {
  if (!isSubjectThreadKind(thread.kind)) return messageAudience(thread.kind, internal);
  return !internal && (await subjectShared(db, thread)) ? 'account' : 'staff';
}

/**
 * The thread about an object (about one version of it, for objects with versions), made on first use, as the caller
 * sees it. The owning module's route calls this after
 * nothing else: the provider authorizes (404 for a foreign or hidden object).
 */
export async function openSubjectThreadUseCase(
  ctx: AppContext,
  actor: Actor,
  kind: SubjectThreadKind,
  subjectId: string,
  requestedVersion: string | null = null,
): Promise<Thread> {
  const provider = providerOf(kind);
  const access = await provider?.access(ctx.db, actor, subjectId);
  if (!provider || !access) throw notFound();
  // After the access check, so a version id of someone else's object reads like any unknown id.
  const versionId = provider.version ? await provider.version(ctx.db, subjectId, requestedVersion) : null;
  if ((provider.version && !versionId) || (!provider.version && requestedVersion)) throw notFound();
  const id = await ensureSubjectThread(ctx.db, {
    id: newId(),
    kind,
    subjectId,
    versionId,
    accountId: access.accountId,
    subject: access.title.slice(0, 200),
    now: ctx.clock.now(),
  });
  return getThreadUseCase(ctx, actor, id);
}

/**
 * The owning module deletes objects (a task, a project's tasks, documents purged from the trash): their threads go
 * in the same transaction, so no discussion outlives its object. Returns the stored keys of the threads' files,
 * already queued for the storage sweep; a caller that removes objects after commit may remove these with them.
 */
export function removeSubjectThreads(tx: Queryable, kind: SubjectThreadKind, subjectIds: string[]) {
  return deleteSubjectThreadRows(tx, kind, subjectIds);
}
