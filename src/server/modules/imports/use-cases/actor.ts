import type { Actor } from '../../../platform/actor.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { findUserById } from '../../identity/index.ts';
import { importPolicy } from '../policy.ts';

/**
 * The person who started the import, as the actor its writes (invitations, audit) are made by; null when they are
 * gone or may no longer import (the run, and the invitations not yet sent, stop).
 */
export async function actorOfCreator(db: Queryable, userId: string): Promise<Actor | null> {
  const user = await findUserById(db, userId);
  if (!user) return null;
  const actor: Actor = {
    userId: user.id,
    email: user.email,
    name: user.name,
    staffRole: user.staff_role,
    limitedToAssignedAccounts: user.limited_to_assigned_accounts,
    assignedAccountIds: new Set(),
    memberships: new Map(),
    accountModules: new Map(),
    sessionId: '',
    sessionState: 'active',
    activeAccountId: null,
  };
  return importPolicy.canImport(actor) ? actor : null;
}
