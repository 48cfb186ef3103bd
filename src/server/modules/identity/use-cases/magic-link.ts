import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { hashToken, newId, newSecretToken } from '../../../platform/ids.ts';
import { hitRateLimit } from '../../../platform/security/rate-limit.ts';
import { recordAudit } from '../../audit/index.ts';
import { sendMagicLinkEmail } from '../emails.ts';
import { signInPolicy } from '../policy.ts';
import {
  consumeAuthToken,
  findUserById,
  findUserByEmail,
  insertAuthToken,
  listMembershipsOfUser,
} from '../repository.ts';
import { openSessionAfterFirstFactor } from './open-session.ts';

const MAGIC_LINK_MINUTES = 15;

/** Always answers the same, at once; whether a link goes out is decided in the background. */
export function requestMagicLink(ctx: AppContext, email: string, meta: RequestMeta) {
  ctx.background.run('magic-link', async () => {
    const now = ctx.clock.now();
    const { hits } = await hitRateLimit(ctx.db, `magic-link:email:${email}`, 15 * 60, now);
    if (hits > 5) return;
    const user = await findUserByEmail(ctx.db, email);
    if (!user || !signInPolicy.allowsMethod(user, await listMembershipsOfUser(ctx.db, user.id), 'magic_link')) return;
    const token = newSecretToken();
    const expiresAt = new Date(now.getTime() + MAGIC_LINK_MINUTES * 60_000);
    await ctx.db.transaction(async (tx) => {
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
    });
    await sendMagicLinkEmail(ctx, user.email, { token, expiresAt });
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
    const session = await openSessionAfterFirstFactor(ctx, tx, user, meta);
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
