import type { ClientPermissions, DocumentArea } from '../../../contract/index.ts';
import { accountScopeOf, isStaffAdmin, type AccountScope, type Actor } from '../../platform/actor.ts';

/** What a caller may see of documents: the accounts in its scope, and the areas of those accounts. */
export interface DocumentScope {
  accounts: AccountScope;
  areas: DocumentArea[];
}

/** Clients (an account's own people) never see the internal area: it is not listed, counted or reachable. */
export function documentScopeOf(actor: Actor): DocumentScope {
  return { accounts: accountScopeOf(actor), areas: actor.staffRole ? ['shared', 'internal'] : ['shared'] };
}

export const DEFAULT_CLIENT_PERMISSIONS: ClientPermissions = {
  upload: true,
  createFolders: true,
  rename: true,
  deleteOwn: true,
  editOthers: false,
};
export const TRASH_DAYS = 30;

interface OwnedItem {
  created_by: string | null;
  deleted_at: Date | null;
}

const isStaff = (actor: Actor) => actor.staffRole !== null;
/** Clients act on their own uploads only (rename, move, delete), and only where the switches allow it. */
const ownItem = (actor: Actor, item: OwnedItem) => item.created_by === actor.userId;
/**
 * Changing a document's content (a new version, restoring an old one) replaces what everyone downloads: staff
 * may; a client may for their own uploads when uploads are on, and for anyone else's (staff's included) only
 * when the account's permissions grant `editOthers`.
 */
const mayEditContent = (actor: Actor, item: OwnedItem, permissions: ClientPermissions) =>
  isStaff(actor) || (permissions.upload && (ownItem(actor, item) || permissions.editOthers));

/**
 * Who may do what in a document space. Visibility (account scope, areas) is decided by the repository
 * filters; these booleans decide actions on what the caller can already see, and fill `abilities`.
 */
export const documentPolicy = {
  space(actor: Actor, permissions: ClientPermissions) {
    const staff = isStaff(actor);
    return {
      upload: staff || permissions.upload,
      createFolders: staff || permissions.createFolders,
      manageSettings: staff,
      emptyTrash: staff,
      viewActivity: staff,
      requestFiles: staff,
      /** The areas the caller sees, each as one zip. */
      downloadZip: true,
    };
  },

  segmentSettings: (actor: Actor) => ({ update: isStaffAdmin(actor) }),

  folder(actor: Actor, folder: OwnedItem, permissions: ClientPermissions) {
    const staff = isStaff(actor);
    const live = folder.deleted_at === null;
    const mayChange = live && (staff || (permissions.rename && ownItem(actor, folder)));
    return {
      rename: mayChange,
      move: mayChange,
      delete: live && (staff || (permissions.deleteOwn && ownItem(actor, folder))),
      restore: !live && (staff || (permissions.deleteOwn && ownItem(actor, folder))),
      createFolder: live && (staff || permissions.createFolders),
      upload: live && (staff || permissions.upload),
      downloadZip: live,
    };
  },

  document(actor: Actor, document: OwnedItem, permissions: ClientPermissions) {
    const staff = isStaff(actor);
    const live = document.deleted_at === null;
    const mayChange = live && (staff || (permissions.rename && ownItem(actor, document)));
    return {
      download: live,
      preview: live,
      rename: mayChange,
      move: mayChange,
      delete: live && (staff || (permissions.deleteOwn && ownItem(actor, document))),
      restore: !live && (staff || (permissions.deleteOwn && ownItem(actor, document))),
      uploadVersion: live && mayEditContent(actor, document, permissions),
      restoreVersion: live && mayEditContent(actor, document, permissions),
      viewActivity: staff,
    };
  },

  /**
   * The feedback thread beside a document: whoever sees the document reads it; while the file is live, active
   * callers post and staff write internal notes. A file in the trash keeps its thread readable, closed.
   */
  discussion(actor: Actor, document: Pick<OwnedItem, 'deleted_at'>) {
    const open = document.deleted_at === null && actor.sessionState === 'active';
    return { post: open, postInternal: open && isStaff(actor) };
  },

  /** Staff see "client viewed" receipts; a client does not see who looked at what. */
  seesReceipts: (actor: Actor) => isStaff(actor),

  /** Moving between the shared and internal areas publishes or hides a file: staff only. */
  mayChangeArea: (actor: Actor) => isStaff(actor),

  fileRequest(actor: Actor, request: { status: string }, permissions: ClientPermissions) {
    const staff = isStaff(actor);
    const waitingForClient = request.status === 'open' || request.status === 'returned';
    return {
      upload: (waitingForClient || request.status === 'submitted') && (staff || permissions.upload),
      accept: staff && request.status === 'submitted',
      return: staff && request.status === 'submitted',
      cancel: staff && request.status !== 'accepted' && request.status !== 'cancelled',
    };
  },
};
