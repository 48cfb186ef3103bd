import type {
  CreateFileRequest,
  FileRequest,
  FileRequestListQuery,
  FileRequestStatus,
} from '../../../../contract/index.ts';
import { accountScopeOf, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { conflict, fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { newId } from '../../../platform/ids.ts';
import { queueFileRequestMail } from '../emails.ts';
import { fileRequestChanged } from '../request-hooks.ts';
import { documentPolicy, documentScopeOf } from '../policy.ts';
import { personRef } from '../presenters.ts';
import { findDocument, findFolder } from '../repository.ts';
import {
  findFileRequest,
  insertFileRequest,
  listFileRequests,
  transitionFileRequest,
  type FileRequestRow,
} from '../request-repository.ts';
import { loadSpace } from './space.ts';
import type { ClientPermissions } from '../../../../contract/index.ts';

function presentFileRequest(row: FileRequestRow, actor: Actor, permissions: ClientPermissions): FileRequest {
  return {
    id: row.id,
    accountId: row.account_id,
    title: row.title,
    note: row.note,
    dueDate: row.due_date,
    status: row.status,
    returnReason: row.return_reason,
    template:
      row.template_document_id && row.template_name
        ? { documentId: row.template_document_id, name: row.template_name }
        : null,
    folderId: row.folder_id,
    documents: (row.documents ?? []).map((d) => ({
      id: d.id,
      name: d.name,
      sizeBytes: Number(d.size_bytes),
      createdAt: new Date(d.created_at).toISOString(),
    })),
    requestedBy: personRef(row.requested_by, row.requested_by_name, true),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    acceptedAt: row.accepted_at?.toISOString() ?? null,
    abilities: documentPolicy.fileRequest(actor, row, permissions),
  };
}

async function requestFor(ctx: AppContext, actor: Actor, fileRequestId: string) {
  const row = await findFileRequest(ctx.db, accountScopeOf(actor), fileRequestId);
  if (!row) throw notFound();
  const { permissions } = await loadSpace(ctx, actor, row.account_id);
  return { row, permissions };
}

export async function getFileRequestUseCase(ctx: AppContext, actor: Actor, fileRequestId: string) {
  const { row, permissions } = await requestFor(ctx, actor, fileRequestId);
  return presentFileRequest(row, actor, permissions);
}

export async function listFileRequestsUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  query: FileRequestListQuery,
) {
  const { permissions } = await loadSpace(ctx, actor, accountId);
  const cursor = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  const rows = await listFileRequests(ctx.db, accountScopeOf(actor), {
    accountId,
    status: query.status,
    after: cursor as [string, string] | null,
    limit: query.limit,
  });
  return toPage(
    rows,
    query.limit,
    (row) => presentFileRequest(row, actor, permissions),
    (row) => [row.created_at_key, row.id],
  );
}

/** Staff ask an account for files; its people are emailed (queued with the request: the answer does not wait). */
export async function createFileRequestUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  input: CreateFileRequest,
) {
  const { permissions } = await loadSpace(ctx, actor, accountId);
  if (!documentPolicy.space(actor, permissions).requestFiles) throw forbidden();
  const scope = documentScopeOf(actor);
  if (input.templateDocumentId) {
    const template = await findDocument(ctx.db, scope, input.templateDocumentId);
    if (!template || template.deleted_at || template.account_id !== accountId || template.area !== 'shared') {
      throw fieldError('templateDocumentId', 'not_found', 'Choose a file in this account’s shared area.');
    }
  }
  if (input.folderId) {
    const folder = await findFolder(ctx.db, scope, input.folderId);
    if (!folder || folder.deleted_at || folder.account_id !== accountId || folder.area !== 'shared') {
      throw fieldError('folderId', 'not_found', 'Choose a folder in this account’s shared area.');
    }
  }
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    await insertFileRequest(tx, {
      id,
      accountId,
      title: input.title,
      note: input.note,
      dueDate: input.dueDate,
      templateDocumentId: input.templateDocumentId,
      folderId: input.folderId,
      requestedBy: actor.userId,
      now: ctx.clock.now(),
    });
    const row = await findFileRequest(tx, accountScopeOf(actor), id);
    await queueFileRequestMail(ctx, tx, row!, 'requested', actor.name);
  });
  const created = await requestFor(ctx, actor, id);
  return presentFileRequest(created.row, actor, created.permissions);
}

const TRANSITIONS = {
  accept: { from: ['submitted'], to: 'accepted' },
  return: { from: ['submitted'], to: 'returned' },
  cancel: { from: ['open', 'submitted', 'returned'], to: 'cancelled' },
} as const satisfies Record<string, { from: FileRequestStatus[]; to: FileRequestStatus }>;

/** accept (fulfils it), return (with a reason; the client is emailed), cancel. Staff only. */
export async function decideFileRequestUseCase(
  ctx: AppContext,
  actor: Actor,
  fileRequestId: string,
  decision: keyof typeof TRANSITIONS,
  reason: string | null = null,
) {
  const { row, permissions } = await requestFor(ctx, actor, fileRequestId);
  const abilities = documentPolicy.fileRequest(actor, row, permissions);
  if (!actor.staffRole) throw forbidden();
  if (!abilities[decision]) throw conflict(`This request is ${row.status}.`, 'invalid_status');
  const { from, to } = TRANSITIONS[decision];
  await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    if (!(await transitionFileRequest(tx, fileRequestId, [...from], to, { now, returnReason: reason }))) {
      throw conflict('The request changed meanwhile. Reload and try again.', 'invalid_status');
    }
    await fileRequestChanged.fire(tx, { fileRequestId, status: to, now });
    // The client is told in the same transaction that returns the request.
    const returned = decision === 'return' ? await findFileRequest(tx, accountScopeOf(actor), fileRequestId) : null;
    if (returned) await queueFileRequestMail(ctx, tx, returned, 'returned');
  });
  const updated = await requestFor(ctx, actor, fileRequestId);
  return presentFileRequest(updated.row, actor, updated.permissions);
}

/**
 * A file request made inside another module's transaction (onboarding opens its file-request step): no mail of its
 * own, the caller tells the client. The caller checked who may do it and that the account has documents.
 */
export async function createFileRequestInTransaction(
  tx: Queryable,
  input: { accountId: string; title: string; note: string | null; requestedBy: string | null; now: Date },
) {
  const id = newId(input.now.getTime());
  await insertFileRequest(tx, {
    id,
    accountId: input.accountId,
    title: input.title,
    note: input.note,
    dueDate: null,
    templateDocumentId: null,
    folderId: null,
    // Nullable column: an automatic apply may have no staff member behind it.
    requestedBy: input.requestedBy as string,
    now: input.now,
  });
  return id;
}
