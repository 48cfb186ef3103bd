import type {
  ClientPermissions,
  Document,
  DocumentActivity,
  DocumentVersion,
  Folder,
  PersonRef,
} from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import type { ActivityRow } from './activity-repository.ts';
import { documentPolicy } from './policy.ts';
import type { DocumentRow, FolderRow } from './repository.ts';
import type { VersionRow } from './version-repository.ts';

export const personRef = (id: string | null, name: string | null, isStaff: boolean | null): PersonRef | null =>
  id && name !== null ? { id, name, isStaff: Boolean(isStaff) } : null;

export function presentFolder(
  row: FolderRow,
  actor: Actor,
  permissions: ClientPermissions,
  path: { id: string; name: string }[] = [],
): Folder {
  return {
    id: row.id,
    accountId: row.account_id,
    parentId: row.parent_id,
    area: row.area,
    name: row.name,
    path,
    createdBy: personRef(row.created_by, row.created_by_name, row.created_by_staff),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    deletedAt: row.deleted_at?.toISOString() ?? null,
    version: row.version,
    abilities: documentPolicy.folder(actor, row, permissions),
  };
}

export function presentDocument(row: DocumentRow, actor: Actor, permissions: ClientPermissions): Document {
  return {
    id: row.id,
    accountId: row.account_id,
    folderId: row.folder_id,
    area: row.area,
    name: row.name,
    contentType: row.content_type,
    previewKind: row.preview_kind,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    currentVersionId: row.current_version_id,
    versionCount: row.version_count,
    thumbnail: row.thumbnail_state,
    fileRequestId: row.file_request_id,
    createdBy: personRef(row.created_by, row.created_by_name, row.created_by_staff),
    updatedBy: personRef(row.updated_by, row.updated_by_name, row.updated_by_staff),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    deletedAt: row.deleted_at?.toISOString() ?? null,
    lastViewedByClientAt: documentPolicy.seesReceipts(actor)
      ? (row.last_viewed_by_client_at?.toISOString() ?? null)
      : null,
    version: row.version,
    abilities: documentPolicy.document(actor, row, permissions),
  };
}

export function presentVersion(
  row: VersionRow,
  document: DocumentRow,
  actor: Actor,
  permissions: ClientPermissions,
): DocumentVersion {
  const abilities = documentPolicy.document(actor, document, permissions);
  const isCurrent = row.id === document.current_version_id;
  return {
    id: row.id,
    documentId: row.document_id,
    number: row.number,
    name: row.name,
    contentType: row.content_type,
    previewKind: row.preview_kind,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    uploadedBy: personRef(row.uploaded_by, row.uploaded_by_name, row.uploaded_by_staff),
    createdAt: row.created_at.toISOString(),
    isCurrent,
    restoredFromNumber: row.restored_from_number,
    abilities: { download: abilities.download, restore: abilities.restoreVersion && !isCurrent },
  };
}

export function presentActivity(row: ActivityRow): DocumentActivity {
  return {
    id: row.id,
    accountId: row.account_id,
    documentId: row.document_id,
    documentName: row.document_name,
    action: row.action,
    versionNumber: row.version_number,
    actor: personRef(row.actor_user_id, row.actor_name, row.actor_is_staff),
    occurredAt: row.occurred_at.toISOString(),
  };
}
