import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { hashToken, newId, newSecretToken } from '../../../platform/ids.ts';
import { readPortalSettings } from '../../settings/index.ts';
import { signInPolicy } from '../policy.ts';
import { countPasskeysOfUser } from '../repository-passkeys.ts';
import { insertSession, listMembershipsOfUser, revokeAuthTokensOfUser, type UserRow } from '../repository.ts';

export const SESSION_TOKEN_PREFIX = 'pst_';

/**
 * After a first factor succeeded (password, magic link, invitation): opens a new session (a new id at every
 * sign-in, so a planted cookie never gets privileges) in the state the user's 2FA situation calls for.
 * `via: 'password'` or `'passkey'` counts as a step-up proof; a sign-in link alone does not (see `linkIsOnlyFactor`).
 */
export async function openSessionAfterFirstFactor(
  ctx: AppContext,
  tx: Queryable,
  user: UserRow,
  meta: RequestMeta,
  options: { via: 'password' | 'link' | 'passkey'; preferredAccountId?: string | null },
) {
  const preferredAccountId = options.preferredAccountId ?? null;
  const memberships = await listMembershipsOfUser(tx, user.id);
  const settings = await readPortalSettings(tx);
  // A passkey verifies the user (PIN, biometrics) on a device they hold: two factors at once. Someone whose 2FA is
  // a passkey alone finishes a password sign-in with it (second_factor), like an authenticator app's code.
  const required = signInPolicy.requiresTwoFactor(user, memberships, settings.staff_require_two_factor);
  const state =
    options.via === 'passkey'
      ? 'active'
      : user.totp_enabled_at || (required && (await countPasskeysOfUser(tx, user.id)) > 0)
        ? 'second_factor'
        : required
          ? 'enrol_two_factor'
          : 'active';
  const activeAccountId =
    memberships.find((m) => m.account_id === preferredAccountId)?.account_id ?? memberships[0]?.account_id ?? null;
  const token = newSecretToken(SESSION_TOKEN_PREFIX);
  const now = ctx.clock.now();
  await insertSession(tx, {
    id: newId(now.getTime()),
    tokenHash: hashToken(token),
    userId: user.id,
    state,
    activeAccountId,
    ip: meta.ip,
    userAgent: meta.userAgent,
    now,
    expiresAt: new Date(now.getTime() + ctx.config.session.absoluteHours * 3_600_000),
    reauthenticatedAt: options.via !== 'link' || linkIsOnlyFactor(user) ? now : null,
  });
  // Signed in: older reset and sign-in links of this person stop working (after the second factor, if one is owed).
  if (state !== 'second_factor') await revokeAuthTokensOfUser(tx, user.id, ['password_reset', 'magic_link'], now);
  return { token, state } as const;
}

/**
 * Someone with neither a password nor an authenticator has nothing but the emailed link to prove: a fresh link
 * sign-in is their step-up proof. Everyone else proves the password (or a code) again before sensitive changes.
 */
export function linkIsOnlyFactor(user: UserRow) {
  return !user.password_hash && !user.totp_enabled_at;
}
