import type { AppContext, RequestMeta } from '../../../platform/context.ts';
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
import { SsoRefused } from '../refused.ts';
import { insertIdentity, insertLinkRequest, userOfIdentity, type ProviderRow } from '../repository.ts';
import { checkEligible } from './eligible.ts';

const LINK_MINUTES = 15;

export type CallbackResult = { kind: 'session'; token: string; state: string } | { kind: 'link'; token: string };

/** A verified address from one of the provider's allowed domains, normalized. */
export function allowedEmail(provider: ProviderRow, email: string) {
  const normalized = email.trim().toLowerCase();
  const domain = normalized.slice(normalized.lastIndexOf('@') + 1);
  if (!provider.allowed_domains.includes(domain))
    throw new SsoRefused('domain_not_allowed', `Addresses at ${domain} may not sign in with this provider.`);
  return { email: normalized, domain };
}

/**
 * The identity the provider vouched for (OIDC or SAML alike) becomes a session: a linked identity signs in, a
 * new person from a JIT domain is created, and an existing person with the same address must first prove who
 * they are (password or emailed code): the same address is never enough to take over an account.
 */
export async function signInWithIdentity(
  ctx: AppContext,
  provider: ProviderRow,
  identity: { subject: string; email: string; domain: string; name: string | null },
  meta: RequestMeta,
): Promise<CallbackResult> {
  const { subject, email, domain } = identity;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx): Promise<CallbackResult> => {
    const linkedId = await userOfIdentity(tx, provider.id, subject);
    let user = linkedId ? await findUserById(tx, linkedId) : null;
    if (!linkedId) {
      const existing = await findUserByEmail(tx, email);
      if (existing) {
        checkEligible(provider, existing, await listMembershipsOfUser(tx, existing.id));
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
      const name = identity.name?.trim() ? identity.name.trim().slice(0, 120) : email;
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
      details: { method: 'sso', protocol: provider.protocol, providerId: provider.id, state: session.state },
      occurredAt: now,
    });
    return { kind: 'session', token: session.token, state: session.state };
  });
}
