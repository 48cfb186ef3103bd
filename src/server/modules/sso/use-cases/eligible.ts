import { signInPolicy, type MembershipRow, type UserRow } from '../../identity/index.ts';
import type { ProviderRow } from '../repository.ts';
import { SsoRefused } from '../refused.ts';

/**
 * The staff provider signs in staff only; a segment's provider only people of that segment whose segments all
 * allow single sign-on (the strictest combination, as for every sign-in method).
 */
export function checkEligible(provider: ProviderRow, user: UserRow, memberships: MembershipRow[]) {
  const fits =
    provider.audience === 'staff'
      ? user.staff_role !== null
      : !user.staff_role &&
        memberships.some((m) => m.segment_id === provider.segment_id) &&
        signInPolicy.allowsMethod(user, memberships, 'sso');
  if (!fits) throw new SsoRefused('not_allowed', 'This provider does not sign you in here. Use your usual sign-in.');
}
