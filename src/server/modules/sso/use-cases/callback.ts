import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { hashToken, newId, newSecretToken } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import {
  addMembership,
  findUserByEmail,
  findUserById,
  insertUser,
  listMembershipsOfUser,
  openSessionAfterFirstFactor,
} from '../../identity/index.ts';
import { client, configurationOf, redirectUriOf } from '../oidc.ts';
import {
  consumeLogin,
  findProvider,
  insertIdentity,
  insertLinkRequest,
  userOfIdentity,
  type ProviderRow,
} from '../repository.ts';
import { checkEligible } from './eligible.ts';
import { SsoRefused } from '../refused.ts';

const LINK_MINUTES = 15;

export type CallbackResult = { kind: 'session'; token: string; state: string } | { kind: 'link'; token: string };

function emailOf(provider: ProviderRow, claims: Record<string, unknown>) {
  const email = claims[provider.email_claim];
  // An address the provider has not verified never identifies anyone here (no account takeover).
  if (typeof email !== 'string' || !email.includes('@') || claims.email_verified !== true)
    throw new SsoRefused('email_not_verified', 'Your identity provider did not confirm your email address.');
  const normalized = email.trim().toLowerCase();
  const domain = normalized.slice(normalized.lastIndexOf('@') + 1);
  if (!provider.allowed_domains.includes(domain))
    throw new SsoRefused('domain_not_allowed', `Addresses at ${domain} may not sign in with this provider.`);
  return { email: normalized, domain };
}

/** Exchanges the code (PKCE, state, nonce and the ID token checked by openid-client) and signs the person in. */
export async function ssoCallbackUseCase(
  ctx: AppContext,
  providerId: string,
  query: string,
  cookieState: string | undefined,
  meta: RequestMeta,
): Promise<CallbackResult> {
  const provider = await findProvider(ctx.db, providerId);
  // An id that names no provider reads as missing, like every other id (the cross-account walk checks it).
  if (!provider) throw notFound();
  const params = new URLSearchParams(query);
  const state = params.get('state');
  const expired = new SsoRefused('invalid_state', 'This sign-in was not started here or was already used. Try again.');
  if (!state || !cookieState || state !== cookieState) throw expired;
  const login = await consumeLogin(ctx.db, provider.id, hashToken(state), ctx.clock.now());
  if (!login) throw expired;
  if (params.get('error'))
    throw new SsoRefused('provider_error', 'Your identity provider did not sign you in. Try again.');

  let claims: Record<string, unknown>;
  try {
    const config = await configurationOf(ctx, provider);
    const currentUrl = new URL(`${await redirectUriOf(ctx, ctx.db, provider)}?${params.toString()}`);
    const tokens = await client.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: ctx.secretBox.open(login.code_verifier_sealed),
      expectedState: state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims() as Record<string, unknown>;
    claims = idClaims;
    // Many providers put the email in the UserInfo answer only; openid-client checks its subject matches.
    if (idClaims[provider.email_claim] === undefined && tokens.access_token) {
      const info = await client.fetchUserInfo(config, tokens.access_token, String(idClaims.sub));
      claims = { ...info, ...idClaims };
    }
  } catch (error) {
    ctx.logger.warn({ err: error, providerId }, 'single sign-on: code exchange or ID token refused');
    throw new SsoRefused('provider_error', 'The answer of your identity provider could not be verified. Try again.');
  }
  const subject = String(claims.sub);
  const { email, domain } = emailOf(provider, claims);
  const now = ctx.clock.now();

  return ctx.db.transaction(async (tx): Promise<CallbackResult> => {
    const linkedId = await userOfIdentity(tx, provider.id, subject);
    let user = linkedId ? await findUserById(tx, linkedId) : null;
    if (!linkedId) {
      const existing = await findUserByEmail(tx, email);
      if (existing) {
        // The same address is not proof enough to take over an account: the person proves it (password).
        checkEligible(provider, existing, await listMembershipsOfUser(tx, existing.id));
        if (!existing.password_hash)
          throw new SsoRefused(
            'link_needs_password',
            'You already have an account. Sign in with a sign-in link, set a password, then use single sign-on.',
          );
        const token = newSecretToken();
        await insertLinkRequest(tx, {
          id: newId(now.getTime()),
          tokenHash: hashToken(token),
          providerId: provider.id,
          subject,
          userId: existing.id,
          now,
          expiresAt: new Date(now.getTime() + LINK_MINUTES * 60_000),
        });
        return { kind: 'link', token };
      }
      const jit = provider.jit_accounts.find((entry) => entry.domain === domain);
      if (!jit) throw new SsoRefused('not_invited', 'You have no access to this portal yet. Ask for an invitation.');
      const userId = newId(now.getTime());
      const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 120) : email;
      await insertUser(tx, { id: userId, email, name, passwordHash: null, staffRole: null });
      await addMembership(tx, jit.accountId, userId, jit.role);
      await insertIdentity(tx, { id: newId(now.getTime()), providerId: provider.id, subject, userId });
      await recordAudit(tx, {
        action: 'sso.user_provisioned',
        target: { type: 'user', id: userId, label: email },
        ip: meta.ip,
        details: { providerId: provider.id, accountId: jit.accountId, role: jit.role },
        occurredAt: now,
      });
      user = await findUserById(tx, userId);
    }
    if (!user) throw new SsoRefused('not_invited', 'You have no access to this portal. Ask for an invitation.');
    const memberships = await listMembershipsOfUser(tx, user.id);
    checkEligible(provider, user, memberships);
    const session = await openSessionAfterFirstFactor(ctx, tx, user, meta, {
      via: 'sso',
      preferredAccountId: memberships.find((m) => m.segment_id === provider.segment_id)?.account_id ?? null,
    });
    await recordAudit(tx, {
      action: 'sign_in.succeeded',
      actor: { id: user.id, label: user.email },
      target: { type: 'user', id: user.id, label: user.email },
      ip: meta.ip,
      details: { method: 'sso', providerId: provider.id, state: session.state },
      occurredAt: now,
    });
    return { kind: 'session', token: session.token, state: session.state };
  });
}
