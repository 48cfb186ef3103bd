import { z } from 'zod';
import { Abilities, Id, ListQuery, Timestamp } from './common.ts';

/*
 * Documents: every account of a segment with the `documents` module has its own document space.
 *
 * Areas: `shared` (the account's people and staff) and `internal` (staff only; for clients it does not exist:
 * 404, never listed, never counted). A folder and everything in it belong to one area.
 *
 * Uploads send the raw file as the request body (Content-Type: the file's type, Content-Length: its size) and
 * the file name (and target) in the query string, so a browser can use XHR progress events and abort.
 * Same name in the same folder (names compare case-insensitively): the uploader chooses with `onConflict`.
 * Without it a collision is 409 `name_conflict` (answered before the body is read; the problem carries
 * `suggestedName`, `existingDocumentId` and `canReplace`); `keep-both` stores the file under the first free
 * `name (2).ext`, `name (3).ext`...; `new-version` adds a version to the existing document, only when the caller's
 * abilities on it include `uploadVersion` (else 403). A collision never silently versions another document.
 * `outcome` in the answer says what happened.
 * Files are visible only once completely stored with their SHA-256. Oversized: 413 `file_too_large`;
 * past the account's quota: 413 `quota_exceeded`. Client permissions off: 403.
 * Uploads honour `Idempotency-Key`: a repeat with the same key, URL, Content-Length, Content-Type and bytes
 * (compared by SHA-256 after reading) gets the first response and stores nothing; other bytes: 409.
 * Image previews are re-encoded without metadata (no EXIF/GPS); downloads are the original bytes.
 *
 * Endpoints (all under /api/v1; lists take ?limit=&cursor= and return { items, nextCursor }):
 *   GET    /accounts/{accountId}/document-space                 DocumentSpace (usage, quota, client permissions, abilities)
 *   PATCH  /accounts/{accountId}/document-space                 UpdateDocumentSpace (staff)            -> DocumentSpace
 *   GET    /segments/{segmentId}/document-settings              SegmentDocumentSettings (staff)
 *   PATCH  /segments/{segmentId}/document-settings              UpdateSegmentDocumentSettings (staff admin; client permissions, default quota)
 *
 *   GET    /accounts/{accountId}/folders?area=&parentId=        Page<Folder> (children of parentId; none = area root)
 *   POST   /accounts/{accountId}/folders                        CreateFolder                           -> 201 Folder
 *   GET    /folders/{folderId}                                  Folder (with `path` for breadcrumbs)
 *   PATCH  /folders/{folderId}                                  UpdateFolder (rename / move; If-Match: version) -> Folder
 *   DELETE /folders/{folderId}                                  to trash, with its contents           -> Ok
 *   POST   /folders/{folderId}/restore                          from trash                             -> Folder
 *   GET    /folders/{folderId}/zip                              application/zip, streamed
 *
 *   GET    /accounts/{accountId}/documents?area=&folderId=&q=&sort=   Page<Document>; with q: name search in the whole account
 *   POST   /accounts/{accountId}/documents?area=&folderId=&name=&onConflict=  raw body upload         -> 201 UploadResult
 *   GET    /accounts/{accountId}/documents/zip?area=            application/zip, streamed: the whole area (clients: shared only)
 *   GET    /accounts/{accountId}/documents/{documentId}         Document
 *   GET    /documents/{documentId}                              Document
 *   PATCH  /documents/{documentId}                              UpdateDocument (rename / move; If-Match: version) -> Document
 *   DELETE /documents/{documentId}                              to trash                               -> Ok
 *   POST   /documents/{documentId}/restore                      from trash                             -> Document
 *   GET    /documents/{documentId}/versions                     Page<DocumentVersion>, newest first
 *   POST   /documents/{documentId}/versions?name=               raw body upload of a new version       -> 201 UploadResult
 *   POST   /documents/{documentId}/versions/{versionId}/restore makes that version current (as a new version) -> 201 UploadResult
 *   GET    /documents/{documentId}/download?versionId=          the bytes, always Content-Disposition: attachment
 *   GET    /documents/{documentId}/preview?versionId=           inline, only when previewKind is image/pdf/text (else 409 not_previewable)
 *   GET    /documents/{documentId}/thumbnail                    image/webp, 256 px; 404 until thumbnail is 'ready'
 *   GET    /documents/{documentId}/activity                     Page<DocumentActivity> (staff)
 *
 *   GET    /accounts/{accountId}/trash                          Page<TrashItem> (items deleted directly; purged after 30 days)
 *   DELETE /accounts/{accountId}/trash                          empty the trash now (staff)             -> Ok
 *   GET    /accounts/{accountId}/documents-activity             Page<DocumentActivity> (staff)
 *
 *   GET    /accounts/{accountId}/file-requests?status=          Page<FileRequest> (client home: status=pending)
 *   POST   /accounts/{accountId}/file-requests                  CreateFileRequest (staff)               -> 201 FileRequest
 *   GET    /file-requests/{fileRequestId}                       FileRequest
 *   POST   /file-requests/{fileRequestId}/uploads?name=&onConflict=  raw body upload into the request's folder -> 201 UploadResult
 *   POST   /file-requests/{fileRequestId}/accept                (staff)                                  -> FileRequest
 *   POST   /file-requests/{fileRequestId}/return                ReturnFileRequest { reason } (staff)    -> FileRequest
 *   DELETE /file-requests/{fileRequestId}                       cancel (staff)                          -> FileRequest
 *
 * File responses carry `Content-Security-Policy: sandbox ...` and `X-Content-Type-Options: nosniff`; a PDF
 * preview therefore cannot use the browser's built-in viewer inside a sandbox: render it with pdf.js from the
 * preview bytes. Download URLs are checked against the session on every request (no signed URLs).
 */

export const DocumentArea = z.enum(['shared', 'internal']);
export type DocumentArea = z.infer<typeof DocumentArea>;
/** How the web app may show a file: image (thumbnail + inline), pdf (viewer), text (inline), other (icon + metadata). */
export const PreviewKind = z.enum(['image', 'pdf', 'text', 'other']);
export type PreviewKind = z.infer<typeof PreviewKind>;
export const ThumbnailState = z.enum(['none', 'pending', 'ready', 'failed']);

export const PersonRef = z.object({ id: Id, name: z.string(), isStaff: z.boolean() });
export type PersonRef = z.infer<typeof PersonRef>;

export const ClientPermissions = z.object({
  upload: z.boolean(),
  createFolders: z.boolean(),
  rename: z.boolean(),
  /** Clients may move their own uploads to the trash (never others' files). */
  deleteOwn: z.boolean(),
  /**
   * Clients may change the content of files they did not upload (staff's included): upload a new version,
   * restore an old one. Off by default: a client's own uploads are always theirs to version.
   */
  editOthers: z.boolean(),
});
export type ClientPermissions = z.infer<typeof ClientPermissions>;

export const DocumentSpace = z.object({
  accountId: Id,
  usedBytes: z.number().int(),
  quotaBytes: z.number().int(),
  /** What clients of this account may do (account overrides over segment settings over defaults). */
  clientPermissions: ClientPermissions,
  /** Per-account overrides (null = follow the segment); staff only, null for clients. */
  accountOverrides: z
    .object({
      quotaBytes: z.number().int().nullable(),
      upload: z.boolean().nullable(),
      createFolders: z.boolean().nullable(),
      rename: z.boolean().nullable(),
      deleteOwn: z.boolean().nullable(),
      editOthers: z.boolean().nullable(),
    })
    .nullable(),
  areas: z.array(DocumentArea),
  abilities: Abilities(
    'upload',
    'createFolders',
    'manageSettings',
    'emptyTrash',
    'viewActivity',
    'requestFiles',
    'downloadZip',
  ),
});
export type DocumentSpace = z.infer<typeof DocumentSpace>;

export const UpdateDocumentSpace = z
  .object({
    quotaBytes: z.number().int().min(0).nullable().optional(),
    upload: z.boolean().nullable().optional(),
    createFolders: z.boolean().nullable().optional(),
    rename: z.boolean().nullable().optional(),
    deleteOwn: z.boolean().nullable().optional(),
    editOthers: z.boolean().nullable().optional(),
  })
  .strict();
export type UpdateDocumentSpace = z.infer<typeof UpdateDocumentSpace>;

export const SegmentDocumentSettings = z.object({
  segmentId: Id,
  clientPermissions: ClientPermissions,
  /** Storage quota of each account of the segment unless the account has its own; null: the portal default. */
  quotaBytes: z.number().int().nullable(),
  /** The portal default (DOCUMENTS_DEFAULT_QUOTA_BYTES), for showing what null means. */
  portalDefaultQuotaBytes: z.number().int(),
  abilities: Abilities('update'),
});
export type SegmentDocumentSettings = z.infer<typeof SegmentDocumentSettings>;
/** Fields left out keep their value; quotaBytes null goes back to the portal default. */
export const UpdateSegmentDocumentSettings = ClientPermissions.partial()
  .extend({ quotaBytes: z.number().int().min(0).nullable().optional() })
  .strict();
export type UpdateSegmentDocumentSettings = z.infer<typeof UpdateSegmentDocumentSettings>;

export const FolderAbilities = Abilities(
  'rename',
  'move',
  'delete',
  'restore',
  'createFolder',
  'upload',
  'downloadZip',
);
export const Folder = z.object({
  id: Id,
  accountId: Id,
  parentId: Id.nullable(),
  area: DocumentArea,
  name: z.string(),
  /** Ancestors from the area root down to the parent; filled by GET /folders/{id} only (empty in lists). */
  path: z.array(z.object({ id: Id, name: z.string() })),
  createdBy: PersonRef.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
  version: z.number().int(),
  abilities: FolderAbilities,
});
export type Folder = z.infer<typeof Folder>;

export const FolderListQuery = ListQuery.extend({ area: DocumentArea.default('shared'), parentId: Id.optional() });
export type FolderListQuery = z.infer<typeof FolderListQuery>;
export const FileName = z.string().trim().min(1).max(255);
export const CreateFolder = z
  .object({ name: FileName, parentId: Id.nullable().default(null), area: DocumentArea.default('shared') })
  .strict();
export type CreateFolder = z.infer<typeof CreateFolder>;
/** parentId null moves to the area root; absent leaves it where it is. */
export const UpdateFolder = z.object({ name: FileName.optional(), parentId: Id.nullable().optional() }).strict();
export type UpdateFolder = z.infer<typeof UpdateFolder>;

export const DocumentAbilities = Abilities(
  'download',
  'preview',
  'rename',
  'move',
  'delete',
  'restore',
  'uploadVersion',
  'restoreVersion',
  'viewActivity',
);
export const Document = z.object({
  id: Id,
  accountId: Id,
  folderId: Id.nullable(),
  area: DocumentArea,
  /** Display name as the user gave it, made safe (no path separators, control or bidi characters; ≤ 255). */
  name: z.string(),
  contentType: z.string(),
  previewKind: PreviewKind,
  sizeBytes: z.number().int(),
  sha256: z.string(),
  currentVersionId: Id,
  versionCount: z.number().int(),
  thumbnail: ThumbnailState,
  fileRequestId: Id.nullable(),
  createdBy: PersonRef.nullable(),
  /** Who uploaded the current version. */
  updatedBy: PersonRef.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
  /** "Client viewed" receipt: last time someone of the account (not staff) viewed or downloaded it. Null for clients. */
  lastViewedByClientAt: Timestamp.nullable(),
  version: z.number().int(),
  abilities: DocumentAbilities,
});
export type Document = z.infer<typeof Document>;

export const DocumentListQuery = ListQuery.extend({
  area: DocumentArea.default('shared'),
  folderId: Id.optional(),
  /** Name search across the whole account (the areas the caller may see); folderId and area are ignored with it. */
  q: z.string().trim().min(1).max(200).optional(),
  sort: z.enum(['name', '-name', 'updatedAt', '-updatedAt']).default('name'),
});
export type DocumentListQuery = z.infer<typeof DocumentListQuery>;
export const UpdateDocument = z.object({ name: FileName.optional(), folderId: Id.nullable().optional() }).strict();
export type UpdateDocument = z.infer<typeof UpdateDocument>;

/**
 * What an upload does when a live document of its name is already in the place: `keep-both` stores it under the
 * first free `name (n).ext`; `new-version` adds a version to that document (only with its `uploadVersion`
 * ability). Absent: a collision is 409 `name_conflict`, before the body is read.
 */
export const OnNameConflict = z.enum(['keep-both', 'new-version']);
export type OnNameConflict = z.infer<typeof OnNameConflict>;

/** Query of POST /accounts/{accountId}/documents. `name` is the file's name on the user's disk. */
export const UploadQuery = z.object({
  name: z.string().max(4096).default('untitled'),
  area: DocumentArea.default('shared'),
  folderId: Id.optional(),
  onConflict: OnNameConflict.optional(),
  /**
   * Staff: the file is for a use that may not happen (`signature`: the console's signature request form). It is
   * kept once an envelope is sent with it; not used within a day, it goes to the trash.
   */
  heldFor: z.enum(['signature']).optional(),
});
export type UploadQuery = z.infer<typeof UploadQuery>;
/** Query of POST /documents/{documentId}/versions. */
export const VersionUploadQuery = z.object({ name: z.string().max(4096).optional() });
/** Query of POST /file-requests/{id}/uploads: the file lands in the request's folder. */
export const RequestUploadQuery = z.object({
  name: z.string().max(4096).optional(),
  onConflict: OnNameConflict.optional(),
});

/** The extra members of a 409 `name_conflict` problem. */
export const NameConflict = z.object({
  /** The first free name, what `keep-both` would store. */
  suggestedName: z.string(),
  existingDocumentId: Id,
  /** Whether `new-version` is allowed for the caller (its `uploadVersion` ability on the existing document). */
  canReplace: z.boolean(),
});
export type NameConflict = z.infer<typeof NameConflict>;

export const DocumentVersion = z.object({
  id: Id,
  documentId: Id,
  number: z.number().int(),
  name: z.string(),
  contentType: z.string(),
  previewKind: PreviewKind,
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: PersonRef.nullable(),
  createdAt: Timestamp,
  isCurrent: z.boolean(),
  /** The version this one restored, if it was made by "restore". */
  restoredFromNumber: z.number().int().nullable(),
  abilities: Abilities('download', 'restore'),
});
export type DocumentVersion = z.infer<typeof DocumentVersion>;

export const UploadResult = z.object({
  /** created: a new document under the name asked; renamed: kept both, under `document.name`; new_version. */
  outcome: z.enum(['created', 'renamed', 'new_version']),
  document: Document,
  versionId: Id,
});
export type UploadResult = z.infer<typeof UploadResult>;

export const VersionedFileQuery = z.object({ versionId: Id.optional() });
export const AreaZipQuery = z.object({ area: DocumentArea.default('shared') });

export const ActivityAction = z.enum([
  'uploaded',
  'version_uploaded',
  'version_restored',
  'viewed',
  'downloaded',
  'renamed',
  'moved',
  'deleted',
  'restored',
]);
export const DocumentActivity = z.object({
  id: Id,
  accountId: Id,
  documentId: Id.nullable(),
  documentName: z.string(),
  action: ActivityAction,
  versionNumber: z.number().int().nullable(),
  actor: PersonRef.nullable(),
  occurredAt: Timestamp,
});
export type DocumentActivity = z.infer<typeof DocumentActivity>;

export const TrashItem = z.object({
  type: z.enum(['folder', 'document']),
  id: Id,
  name: z.string(),
  area: DocumentArea,
  sizeBytes: z.number().int().nullable(),
  deletedAt: Timestamp,
  deletedBy: PersonRef.nullable(),
  /** When the purge job removes it for good (30 days after deletion). */
  purgeAt: Timestamp,
  abilities: Abilities('restore'),
});
export type TrashItem = z.infer<typeof TrashItem>;

/** pending = waiting for the client (open or returned); submitted = files uploaded, waiting for staff. */
export const FileRequestStatus = z.enum(['open', 'submitted', 'returned', 'accepted', 'cancelled']);
export type FileRequestStatus = z.infer<typeof FileRequestStatus>;
export const FileRequest = z.object({
  id: Id,
  accountId: Id,
  title: z.string(),
  note: z.string().nullable(),
  /** Calendar date YYYY-MM-DD (no time zone). */
  dueDate: z.string().nullable(),
  status: FileRequestStatus,
  returnReason: z.string().nullable(),
  template: z.object({ documentId: Id, name: z.string() }).nullable(),
  /**
   * The request's own folder in the shared area, where uploads against it land: the one staff chose, else a
   * folder named after the request, made at the first upload (null until then).
   */
  folderId: Id.nullable(),
  documents: z.array(z.object({ id: Id, name: z.string(), sizeBytes: z.number().int(), createdAt: Timestamp })),
  requestedBy: PersonRef.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  acceptedAt: Timestamp.nullable(),
  abilities: Abilities('upload', 'accept', 'return', 'cancel'),
});
export type FileRequest = z.infer<typeof FileRequest>;

export const FileRequestListQuery = ListQuery.extend({
  /** pending = open or returned (what the client still has to do). */
  status: z.enum(['pending', 'open', 'submitted', 'returned', 'accepted', 'cancelled', 'all']).default('all'),
});
export type FileRequestListQuery = z.infer<typeof FileRequestListQuery>;
export const CreateFileRequest = z
  .object({
    title: z.string().trim().min(1).max(200),
    note: z.string().trim().max(4000).nullable().default(null),
    dueDate: z.iso.date().nullable().default(null),
    templateDocumentId: Id.nullable().default(null),
    folderId: Id.nullable().default(null),
  })
  .strict();
export type CreateFileRequest = z.infer<typeof CreateFileRequest>;
export const ReturnFileRequest = z.object({ reason: z.string().trim().min(1).max(2000) }).strict();
