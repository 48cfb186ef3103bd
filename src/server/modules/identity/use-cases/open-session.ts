import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { hashToken, newId, newSecretToken } from '../../../platform/ids.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { segmentBaseUrl, segmentOfCurrentHost } from '../../domains/index.ts';
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
  options: { via: 'password' | 'link' | 'passkey' | 'sso'; preferredAccountId?: string | null },
) {
  const preferredAccountId = options.preferredAccountId ?? null;
  const memberships = await listMembershipsOfUser(tx, user.id);
  await refuseWrongPortal(ctx, tx, memberships, preferredAccountId, { user, meta, via: options.via });
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
    // Single sign-on proves the identity provider's session, not this person's password: no step-up, like a link.
    reauthenticatedAt: (options.via !== 'link' && options.via !== 'sso') || linkIsOnlyFactor(user) ? now : null,
  });
  // Signed in: older reset and sign-in links of this person stop working (after the second factor, if one is owed).
  if (state !== 'second_factor') await revokeAuthTokensOfUser(tx, user.id, ['password_reset', 'magic_link'], now);
  return { token, state } as const;
}

/**
 * On a segment's own domain (modules/domains) only that segment's people sign in: the session cookie is host-only,
 * so a session opened here would be useless on the person's own portal and would show them another segment's
 * brand. Nobody else gets a session on this host; the answer names their own portal's sign-in page (built from
 * configuration, never from the Host) and the transaction rolls back, so an emailed link or invitation still works.
 * The refusal is audited outside that transaction (in the background, on the pool), so the rollback keeps it.
 */
async function refuseWrongPortal(
  ctx: AppContext,
  tx: Queryable,
  memberships: { account_id: string; segment_id: string }[],
  preferredAccountId: string | null,
  attempt: { user: UserRow; meta: RequestMeta; via: string },
) {
  const host = await segmentOfCurrentHost(ctx, tx);
  if (!host || memberships.some((m) => m.segment_id === host.segmentId)) return;
  const own = memberships.find((m) => m.account_id === preferredAccountId) ?? memberships[0];
  const redirectTo = `${await segmentBaseUrl(ctx, tx, own?.segment_id ?? null)}/sign-in`;
  const occurredAt = ctx.clock.now();
  ctx.background.run('audit wrong-portal sign-in', () =>
    recordAudit(ctx.db, {
      action: 'sign_in.failed',
      target: { type: 'user', id: attempt.user.id, label: attempt.user.email },
      ip: attempt.meta.ip,
      userAgent: attempt.meta.userAgent,
      details: { reason: 'wrong_portal', method: attempt.via, hostSegmentId: host.segmentId },
      occurredAt,
    }),
  );
  throw new AppError(
    403,
    'wrong_portal',
    'Sign in on your own portal',
    `This address belongs to another portal. Sign in at ${redirectTo}.`,
    undefined,
    {},
    { redirectTo },
  );
}

/**
 * Someone with neither a password nor an authenticator has nothing but the emailed link to prove: a fresh link
 * sign-in is their step-up proof. Everyone else proves the password (or a code) again before sensitive changes.
 */
export function linkIsOnlyFactor(user: UserRow) {
  return !user.password_hash && !user.totp_enabled_at;
}
