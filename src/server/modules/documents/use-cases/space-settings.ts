import type {
  DocumentSpace,
  ListQuery,
  SegmentDocumentSettings,
  UpdateDocumentSpace,
  UpdateSegmentDocumentSettings,
} from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import { decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { listActivity } from '../activity-repository.ts';
import { documentPolicy, documentScopeOf } from '../policy.ts';
import { presentActivity } from '../presenters.ts';
import { findSegmentSettings, saveSegmentSettings } from '../settings-repository.ts';
import { saveSpaceOverrides } from '../repository.ts';
import { documentFor } from './get-document.ts';
import { loadSpace } from './space.ts';
import type { z } from 'zod';

export async function getSpaceUseCase(ctx: AppContext, actor: Actor, accountId: string): Promise<DocumentSpace> {
  const { space, permissions } = await loadSpace(ctx, actor, accountId);
  const staff = actor.staffRole !== null;
  return {
    accountId,
    usedBytes: space.used_bytes,
    quotaBytes: space.quota_bytes,
    clientPermissions: permissions,
    accountOverrides: staff
      ? {
          quotaBytes: space.override_quota_bytes,
          upload: space.override_upload,
          createFolders: space.override_create_folders,
          rename: space.override_rename,
          deleteOwn: space.override_delete_own,
          editOthers: space.override_edit_others,
        }
      : null,
    areas: documentScopeOf(actor).areas,
    abilities: documentPolicy.space(actor, permissions),
  };
}

export async function updateSpaceUseCase(ctx: AppContext, actor: Actor, accountId: string, input: UpdateDocumentSpace) {
  const { permissions } = await loadSpace(ctx, actor, accountId);
  if (!documentPolicy.space(actor, permissions).manageSettings) throw forbidden();
  const columns = {
    quotaBytes: 'quota_bytes',
    upload: 'client_upload',
    createFolders: 'client_create_folders',
    rename: 'client_rename',
    deleteOwn: 'client_delete_own',
    editOthers: 'client_edit_others',
  } as const;
  const overrides = Object.fromEntries(
    Object.entries(input)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [columns[key as keyof typeof columns], value]),
  );
  await saveSpaceOverrides(ctx.db, accountId, overrides as Parameters<typeof saveSpaceOverrides>[2]);
  return getSpaceUseCase(ctx, actor, accountId);
}

export async function getSegmentSettingsUseCase(
  ctx: AppContext,
  actor: Actor,
  segmentId: string,
): Promise<SegmentDocumentSettings> {
  const row = await findSegmentSettings(ctx.db, segmentId);
  if (!row) throw notFound();
  return {
    segmentId,
    clientPermissions: {
      upload: row.client_upload,
      createFolders: row.client_create_folders,
      rename: row.client_rename,
      deleteOwn: row.client_delete_own,
      editOthers: row.client_edit_others,
    },
    quotaBytes: row.quota_bytes,
    portalDefaultQuotaBytes: ctx.config.documents.defaultQuotaBytes,
    abilities: documentPolicy.segmentSettings(actor),
  };
}

export async function updateSegmentSettingsUseCase(
  ctx: AppContext,
  actor: Actor,
  segmentId: string,
  input: UpdateSegmentDocumentSettings,
) {
  if (!(await findSegmentSettings(ctx.db, segmentId))) throw notFound();
  if (!documentPolicy.segmentSettings(actor).update) throw forbidden();
  await saveSegmentSettings(ctx.db, segmentId, input);
  return getSegmentSettingsUseCase(ctx, actor, segmentId);
}

type Page = z.infer<typeof ListQuery>;

export async function accountActivityUseCase(ctx: AppContext, actor: Actor, accountId: string, query: Page) {
  const { permissions } = await loadSpace(ctx, actor, accountId);
  if (!documentPolicy.space(actor, permissions).viewActivity) throw forbidden();
  const cursor = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  const rows = await listActivity(ctx.db, documentScopeOf(actor), {
    accountId,
    documentId: null,
    after: cursor as [string, string] | null,
    limit: query.limit,
  });
  return toPage(rows, query.limit, presentActivity, (row) => [row.occurred_at_key, row.id]);
}

export async function documentActivityUseCase(ctx: AppContext, actor: Actor, documentId: string, query: Page) {
  const { document, permissions } = await documentFor(ctx, actor, documentId);
  if (!documentPolicy.document(actor, document, permissions).viewActivity) throw forbidden();
  const cursor = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  const rows = await listActivity(ctx.db, documentScopeOf(actor), {
    accountId: document.account_id,
    documentId,
    after: cursor as [string, string] | null,
    limit: query.limit,
  });
  return toPage(rows, query.limit, presentActivity, (row) => [row.occurred_at_key, row.id]);
}
