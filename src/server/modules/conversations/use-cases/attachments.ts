import { Readable } from 'node:stream';
import { isSubjectThreadKind } from '../../../../contract/index.ts';
import { subjectAccessOf } from '../subject-threads.ts';
import { takeUploadBudget } from '../../../platform/security/limits.ts';
import { accountScopeOf, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { conversationPolicy } from '../policy.ts';
import { findDownloadableAttachment, insertAttachment } from '../repository-attachments.ts';
import { checkTokenScope, threadRefFor } from './load.ts';

export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;

/** A file name as data: no path, no control or bidi characters, bounded. It is shown as text everywhere. */
export function safeFileName(name: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\\/]/g, '_')
    .trim()
    .slice(0, 200);
  return cleaned || 'file';
}

const safeContentType = (value: string | undefined) =>
  value && /^[\w.+-]+\/[\w.+-]+$/.test(value.split(';')[0]!.trim())
    ? value.split(';')[0]!.trim().toLowerCase()
    : 'application/octet-stream';

/** Stores bytes through the storage driver, then the row; the caller's transaction (if any) owns the row. */
export async function storeAttachment(
  ctx: AppContext,
  db: Queryable,
  file: {
    /** Null: a file for the first message of a thread not created yet, kept under `accountId` until then. */
    threadId: string | null;
    accountId?: string;
    uploadedBy: string;
    name: string;
    contentType: string | undefined;
    bytes: Buffer;
    messageId?: string;
  },
) {
  const id = newId();
  const storageKey = `conversations/${file.threadId ?? `accounts/${file.accountId}`}/${id}`;
  await ctx.storage.write(storageKey, Readable.from([file.bytes]));
  await insertAttachment(db, {
    id,
    threadId: file.threadId,
    accountId: file.accountId,
    uploadedBy: file.uploadedBy,
    name: safeFileName(file.name),
    contentType: safeContentType(file.contentType),
    size: file.bytes.length,
    storageKey,
    now: ctx.clock.now(),
    messageId: file.messageId,
  });
  return {
    id,
    name: safeFileName(file.name),
    contentType: safeContentType(file.contentType),
    size: file.bytes.length,
    downloadUrl: `/api/v1/attachments/${id}/download`,
  };
}

/** An upload waiting for its message (CreateMessage.attachmentIds); only its uploader can attach it. */
export async function uploadAttachmentUseCase(
  ctx: AppContext,
  actor: Actor,
  threadId: string,
  name: string,
  contentType: string | undefined,
  body: unknown,
) {
  const thread = await threadRefFor(ctx, actor, threadId, ctx.db, 'people');
  if (!conversationPolicy.threadAbilities(actor, thread).post) throw forbidden();
  if (isSubjectThreadKind(thread.kind) && !(await subjectAccessOf(ctx.db, actor, thread))?.post) throw forbidden();
  if (!Buffer.isBuffer(body) || body.length === 0)
    throw fieldError('body', 'required', 'Send the file as the request body.');
  await takeUploadBudget(ctx, actor.userId, thread.account_id);
  return storeAttachment(ctx, ctx.db, {
    threadId: thread.id,
    uploadedBy: actor.userId,
    name,
    contentType,
    bytes: body,
  });
}

/**
 * A file for the first message of a thread the caller is about to start in `accountId` (a new ticket's
 * description). The caller's module has authorized the account; this checks the scope again and the body.
 */
export async function uploadFirstMessageAttachmentUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  name: string,
  contentType: string | undefined,
  body: unknown,
) {
  if (!conversationPolicy.canStartThread(actor, accountId)) throw notFound();
  if (!Buffer.isBuffer(body) || body.length === 0)
    throw fieldError('body', 'required', 'Send the file as the request body.');
  return storeAttachment(ctx, ctx.db, {
    threadId: null,
    accountId,
    uploadedBy: actor.userId,
    name,
    contentType,
    bytes: body,
  });
}

export async function downloadAttachmentUseCase(ctx: AppContext, actor: Actor, attachmentId: string) {
  const file = await findDownloadableAttachment(
    ctx.db,
    accountScopeOf(actor),
    conversationPolicy.seesInternal(actor),
    actor.userId,
    attachmentId,
  );
  if (!file) throw notFound();
  if (
    file.thread_kind &&
    isSubjectThreadKind(file.thread_kind) &&
    !(await subjectAccessOf(ctx.db, actor, { kind: file.thread_kind, subject_id: file.thread_subject_id }))
  )
    throw notFound();
  // The route admits any thread module's scope; the file's own thread decides which (a documents token never
  // reads a conversation's files).
  checkTokenScope(actor, file.thread_kind ?? 'conversation');
  return { file, stream: await ctx.storage.read(file.storage_key) };
}
