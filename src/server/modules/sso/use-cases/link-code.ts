import { randomInt, timingSafeEqual } from 'node:crypto';
import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import { AppError, tooManyRequests } from '../../../platform/http/errors.ts';
import { hashToken } from '../../../platform/ids.ts';
import { queueMail, renderCatalogMail } from '../../../platform/mail/index.ts';
import { limitsOf } from '../../../platform/security/limits.ts';
import { recordAudit } from '../../audit/index.ts';
import { mailBrandingFor } from '../../branding/index.ts';
import { findUserById } from '../../identity/index.ts';
import { findLinkRequestForCode, storeLinkCode, takeLinkCodeAttempt } from '../repository.ts';

const CODE_MINUTES = 10;
/** Codes per link request, the wait between two, and wrong guesses per code (a 6-digit code: 5 in a million). */
const MAX_SENDS = 3;
const RESEND_GAP_MS = 30_000;
const MAX_ATTEMPTS = 5;

const expiredLink = () =>
  new AppError(400, 'invalid_token', 'Link not valid', 'This sign-in has expired or was already used. Start again.');

/** Bound to the link request: the same digits for another request hash differently. */
const codeHash = (requestId: string, code: string) => hashToken(`${requestId}:${code}`);

/**
 * Sends a one-time code to the address of the person the SSO identity would be linked to: reading it proves they
 * own that address, for people without a password (or who prefer not to type it). Limited per request (3 codes,
 * 30 s apart), per address and per IP.
 */
export async function sendLinkCodeUseCase(ctx: AppContext, token: string, meta: RequestMeta) {
  const now = ctx.clock.now();
  const request = await findLinkRequestForCode(ctx.db, hashToken(token), now);
  const user = request ? await findUserById(ctx.db, request.user_id) : null;
  if (!request || !user) throw expiredLink();
  const limits = limitsOf(ctx);
  await limits.take('signInLinkPerIp', meta.ip, 'Too many codes were asked from here. Wait a few minutes.');
  await limits.take('signInLinkPerAddress', user.email, 'Too many codes were sent to this address. Wait a while.');
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const expiresAt = new Date(now.getTime() + CODE_MINUTES * 60_000);
  await ctx.db.transaction(async (tx) => {
    const stored = await storeLinkCode(tx, {
      id: request.id,
      codeHash: codeHash(request.id, code),
      now,
      expiresAt,
      maxSends: MAX_SENDS,
      gapMs: RESEND_GAP_MS,
    });
    if (!stored) {
      if (request.codes_sent >= MAX_SENDS)
        throw new AppError(429, 'too_many_codes', 'Too many codes', 'No more codes for this sign-in. Start again.');
      throw tooManyRequests(RESEND_GAP_MS / 1000, 'A code was just sent. Wait a moment before asking again.');
    }
    const { branding, language } = await mailBrandingFor(ctx, tx, { email: user.email });
    const values = { portal: branding.name, minutes: CODE_MINUTES, code };
    await queueMail(
      tx,
      ctx.secretBox,
      {
        to: user.email,
        ...renderCatalogMail(branding, 'ssoLinkCode', values, language()),
        secrets: [{ value: code, expiresAt }],
      },
      now,
    );
    await recordAudit(tx, {
      action: 'sso.link_code_sent',
      target: { type: 'user', id: user.id, label: user.email },
      ip: meta.ip,
      details: { providerId: request.provider_id },
      occurredAt: now,
    });
  });
  return { ok: true as const };
}

/** One attempt at the emailed code; wrong or used-up attempts answer 401 / 429 (then a new code is needed). */
export async function checkLinkCode(ctx: AppContext, requestId: string, code: string) {
  const stored = await takeLinkCodeAttempt(ctx.db, requestId, ctx.clock.now(), MAX_ATTEMPTS);
  if (!stored)
    throw new AppError(
      429,
      'code_attempts_exhausted',
      'Code no longer valid',
      'This code expired or was tried too often. Ask for a new one.',
    );
  const given = Buffer.from(codeHash(requestId, code));
  const expected = Buffer.from(stored);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
