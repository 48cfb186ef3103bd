import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { hashToken, newId } from '../../../platform/ids.ts';
import { verifyAgainstNothing, verifyPassword } from '../../../platform/security/passwords.ts';
import { recordAudit } from '../../audit/index.ts';
import {
  findUserById,
  listMembershipsOfUser,
  openSessionAfterFirstFactor,
  throttledPasswordCheck,
} from '../../identity/index.ts';
import { SsoRefused } from '../refused.ts';
import { consumeLinkRequest, findLinkRequest, findProvider, insertIdentity } from '../repository.ts';
import { checkEligible } from './eligible.ts';
import { checkLinkCode } from './link-code.ts';

const expiredLink = () =>
  new AppError(400, 'invalid_token', 'Link not valid', 'This sign-in has expired or was already used. Start again.');

/**
 * The first single sign-on of an existing person: they prove they are that person with their password (throttled
 * and locked like a password sign-in) or the code emailed to them (attempts capped). Only then is the identity
 * linked and a session opened.
 */
export async function linkSsoIdentityUseCase(
  ctx: AppContext,
  input: { token: string; password?: string; code?: string },
  meta: RequestMeta,
) {
  const now = ctx.clock.now();
  const request = await findLinkRequest(ctx.db, hashToken(input.token), now);
  const user = request ? await findUserById(ctx.db, request.user_id) : null;
  if (!request || !user) {
    if (input.password !== undefined) await verifyAgainstNothing(input.password);
    throw expiredLink();
  }
  const { password, code } = input;
  const ok =
    code !== undefined
      ? await checkLinkCode(ctx, request.id, code)
      : (
          await throttledPasswordCheck(ctx, user.email, meta.ip, () =>
            user.password_hash && password !== undefined
              ? verifyPassword(user.password_hash, password)
              : verifyAgainstNothing(password ?? ''),
          )
        ).ok;
  if (!ok) {
    await recordAudit(ctx.db, {
      action: 'sso.link_failed',
      target: { type: 'user', id: user.id, label: user.email },
      ip: meta.ip,
      details: { providerId: request.provider_id, proof: code !== undefined ? 'email_code' : 'password' },
      occurredAt: now,
    });
    if (code !== undefined) throw new AppError(401, 'invalid_code', 'Code not accepted', 'That code is not right.');
    throw new AppError(401, 'invalid_credentials', 'Password not accepted', 'That password is not right.');
  }
  return ctx.db.transaction(async (tx) => {
    // Two tabs confirming at once: only one links.
    if (!(await consumeLinkRequest(tx, request.id, now))) throw expiredLink();
    const provider = await findProvider(tx, request.provider_id);
    if (!provider) throw expiredLink();
    const memberships = await listMembershipsOfUser(tx, user.id);
    try {
      checkEligible(provider, user, memberships);
    } catch (error) {
      if (error instanceof SsoRefused) throw new AppError(403, error.code, 'Single sign-on refused', error.detail);
      throw error;
    }
    await insertIdentity(tx, {
      id: newId(now.getTime()),
      providerId: provider.id,
      subject: request.subject,
      userId: user.id,
    });
    const session = await openSessionAfterFirstFactor(ctx, tx, user, meta, {
      // An emailed code proves the address, like a sign-in link; a password is a step-up proof.
      via: code !== undefined ? 'link' : 'password',
      preferredAccountId: memberships.find((m) => m.segment_id === provider.segment_id)?.account_id ?? null,
    });
    await recordAudit(tx, {
      action: 'sso.identity_linked',
      actor: { id: user.id, label: user.email },
      target: { type: 'user', id: user.id, label: user.email },
      ip: meta.ip,
      details: { providerId: provider.id, proof: code !== undefined ? 'email_code' : 'password', state: session.state },
      occurredAt: now,
    });
    return session;
  });
}
