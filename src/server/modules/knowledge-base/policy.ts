import { isStaffAdmin, type Actor } from '../../platform/actor.ts';
import { moduleDisabled } from '../../platform/http/errors.ts';

/**
 * A reader as the audience rule sees one. The rule itself is SQL (`kb_audience_allows`, applied by
 * `VISIBLE` in the repository) so that every path, lists and search alike, filters in the same query.
 */
export interface KbViewer {
  isStaff: boolean;
  signedIn: boolean;
  /** The reader's accounts; their segments decide segment-only content. */
  accountIds: string[];
}

export const ANONYMOUS_VIEWER: KbViewer = { isStaff: false, signedIn: false, accountIds: [] };

/** The reader's accounts whose segment switches the help center on. */
const helpCenterAccountsOf = (actor: Actor) =>
  [...actor.memberships.keys()].filter((id) => actor.accountModules.get(id)?.includes('knowledge_base'));

/**
 * Sessions still owing a second factor are not signed in as far as content goes. People read as members only
 * of their accounts that have the help center; with none, they read what a visitor reads (the web pages), and the
 * reader API refuses them (`requireHelpCenter`).
 */
export function viewerOf(actor: Actor | null): KbViewer {
  if (!actor || actor.sessionState !== 'active') return ANONYMOUS_VIEWER;
  if (actor.staffRole) return { isStaff: true, signedIn: true, accountIds: [...actor.memberships.keys()] };
  const accountIds = helpCenterAccountsOf(actor);
  return accountIds.length ? { isStaff: false, signedIn: true, accountIds } : ANONYMOUS_VIEWER;
}

/**
 * The module rule for the reader API, whose routes are public (visitors read the help center) and so pass the
 * module gate without a caller: a signed-in person none of whose accounts has the help center gets 403.
 */
export function requireHelpCenter(actor: Actor | null) {
  if (actor && actor.sessionState === 'active' && !actor.staffRole && !helpCenterAccountsOf(actor).length)
    throw moduleDisabled('knowledge_base');
  return actor;
}

export const kbPolicy = {
  /** Any staff member writes and publishes articles; the help center is a team effort. */
  canEditArticles: (actor: Actor | null) => !!actor?.staffRole && actor.sessionState === 'active',
  /** Categories shape what whole audiences see: admins only. */
  canManageCategories: (actor: Actor | null) => !!actor && actor.sessionState === 'active' && isStaffAdmin(actor),
  canViewAnalytics: (actor: Actor | null) => !!actor?.staffRole && actor.sessionState === 'active',

  articleAbilities(actor: Actor | null) {
    const edit = kbPolicy.canEditArticles(actor);
    return { update: edit, publish: edit, viewHistory: edit };
  },
  categoryAbilities(actor: Actor | null) {
    return { update: kbPolicy.canManageCategories(actor) };
  },
};
