import type { ClientPermissions, DocumentArea, NameConflict, OnNameConflict } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { AppError, forbidden } from '../../../platform/http/errors.ts';
import { numberedName } from '../file-names.ts';
import { documentPolicy } from '../policy.ts';
import { nameTaken } from '../repository.ts';
import { documentByName, type NameHolder } from '../version-repository.ts';

// A name already taken in a place never silently makes the upload a version of someone else's document: the
// uploader chooses (`onConflict`). These helpers are shared by the upload use cases (the check before the body
// is read) and by commitUpload (the decision in the transaction, where the unique index settles races).

export interface Place {
  accountId: string;
  area: DocumentArea;
  folderId: string | null;
}

/** What decides a collision: the uploader's choice and whether the policy lets them version a given document. */
export interface ConflictRule {
  onConflict: OnNameConflict | undefined;
  mayReplace: (existing: NameHolder) => boolean;
}

export function conflictRuleFor(
  actor: Actor,
  permissions: ClientPermissions,
  onConflict: OnNameConflict | undefined,
): ConflictRule {
  return {
    onConflict,
    mayReplace: (existing) => documentPolicy.document(actor, existing, permissions).uploadVersion,
  };
}

/** The name itself when free in the place, else the first free `name (n).ext` (folders and documents both count). */
export async function firstFreeName(db: Queryable, place: Place, name: string, except: string | null = null) {
  let candidate = name;
  for (let n = 2; await nameTaken(db, { ...place, parentId: place.folderId }, candidate, except); n += 1)
    candidate = numberedName(name, n);
  return candidate;
}

export async function nameConflictError(
  db: Queryable,
  place: Place,
  name: string,
  existing: NameHolder,
  rule: ConflictRule,
) {
  const extensions: NameConflict = {
    suggestedName: await firstFreeName(db, place, name),
    existingDocumentId: existing.id,
    canReplace: rule.mayReplace(existing),
  };
  return new AppError(
    409,
    'name_conflict',
    'Name already used',
    `A file named “${name}” is already here. Keep both (the new one is stored as “${extensions.suggestedName}”)${
      extensions.canReplace ? ' or upload it as a new version of that file' : ''
    }.`,
    undefined,
    {},
    extensions,
  );
}

export const mayNotReplace = () =>
  forbidden('You may not replace this file with a new version. Keep both instead.', 'replace_not_allowed');

/**
 * Refuses a colliding upload before its body is read: 409 `name_conflict` without a choice, 403 for a new
 * version the policy does not allow. The transaction decides again (another upload may win the name meanwhile).
 */
export async function refuseNameConflictUpFront(db: Queryable, place: Place, name: string, rule: ConflictRule) {
  if (rule.onConflict === 'keep-both') return;
  const existing = await documentByName(db, place, name);
  if (!existing) return;
  if (rule.onConflict === undefined) throw await nameConflictError(db, place, name, existing, rule);
  if (!rule.mayReplace(existing)) throw mayNotReplace();
}
