import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { hashToken, newId, newSecretToken } from '../../../platform/ids.ts';
import { limitsOf } from '../../../platform/security/limits.ts';
import { recordAudit } from '../../audit/index.ts';
import { queueMagicLinkEmail } from '../emails.ts';
import { signInPolicy } from '../policy.ts';
import {
  consumeAuthToken,
  findUserById,
  findUserByEmail,
  insertAuthToken,
  listMembershipsOfUser,
  revokeAuthTokensOfUser,
} from '../repository.ts';
import { openSessionAfterFirstFactor } from './open-session.ts';

const MAGIC_LINK_MINUTES = 15;

/**
 * Always answers the same, at once; whether a link goes out is decided in the background. Requests per IP and per
 * address are limited first (429), for any address alike.
 */
export async function requestMagicLink(ctx: AppContext, email: string, meta: RequestMeta) {
  const limits = limitsOf(ctx);
  await limits.take('signInLinkPerIp', meta.ip, 'Too many sign-in link requests from your network.');
  await limits.take('signInLinkPerAddress', email.toLowerCase(), 'Too many sign-in link requests for this address.');
  ctx.background.run('magic-link', async () => {
    const now = ctx.clock.now();
    const user = await findUserByEmail(ctx.db, email);
    if (!user || !signInPolicy.allowsMethod(user, await listMembershipsOfUser(ctx.db, user.id), 'magic_link')) return;
    const token = newSecretToken();
    const expiresAt = new Date(now.getTime() + MAGIC_LINK_MINUTES * 60_000);
    await ctx.db.transaction(async (tx) => {
      // Only the newest link works: an older one lying in a mailbox (or a forwarded mail) is withdrawn.
      await revokeAuthTokensOfUser(tx, user.id, ['magic_link'], now);
      await insertAuthToken(tx, {
        id: newId(),
        purpose: 'magic_link',
        tokenHash: hashToken(token),
        userId: user.id,
        now,
        expiresAt,
      });
      await recordAudit(tx, {
        action: 'magic_link.requested',
        target: { type: 'user', id: user.id, label: user.email },
        ip: meta.ip,
        occurredAt: now,
      });
      await queueMagicLinkEmail(ctx, tx, user.email, { token, expiresAt });
    });
  });
}

export const invalidLink = () =>
  new AppError(400, 'invalid_token', 'Link not valid', 'This link has expired or was already used. Ask for a new one.');

export async function consumeMagicLink(ctx: AppContext, token: string, meta: RequestMeta) {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const userId = await consumeAuthToken(tx, 'magic_link', hashToken(token), now);
    const user = userId ? await findUserById(tx, userId) : null;
    // The segment may have turned magic links off since the link was sent.
    if (!user || !signInPolicy.allowsMethod(user, await listMembershipsOfUser(tx, user.id), 'magic_link'))
      throw invalidLink();
    const session = await openSessionAfterFirstFactor(ctx, tx, user, meta, { via: 'link' });
    await recordAudit(tx, {
      action: 'sign_in.succeeded',
      actor: { id: user.id, label: user.email },
      target: { type: 'user', id: user.id, label: user.email },
      ip: meta.ip,
      details: { method: 'magic_link', state: session.state },
      occurredAt: now,
    });
    return session;
  });
}
