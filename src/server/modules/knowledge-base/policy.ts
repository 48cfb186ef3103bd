import { isStaffAdmin, type Actor } from '../../platform/actor.ts';

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

/** Sessions still owing a second factor are not signed in as far as content goes. */
export function viewerOf(actor: Actor | null): KbViewer {
  if (!actor || actor.sessionState !== 'active') return ANONYMOUS_VIEWER;
  return { isStaff: actor.staffRole !== null, signedIn: true, accountIds: [...actor.memberships.keys()] };
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
