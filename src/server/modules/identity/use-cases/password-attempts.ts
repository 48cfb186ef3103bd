import type { AppContext } from '../../../platform/context.ts';
import { tooManyRequests } from '../../../platform/http/errors.ts';
import { limitsOf } from '../../../platform/security/limits.ts';

export interface PasswordCheck {
  ok: boolean;
  /** Failures of the address in the current window, this one included (0 on success). */
  failures: number;
  /** This failure used the address's last attempt: it is locked for the full lock time from now. */
  lockedNow: boolean;
}

/**
 * Every check of an address's password (sign-in, accepting an invitation as an existing user, confirming the current
 * password before a change) is counted BEFORE the slow hash comparison, against the address's budget and, when the
 * caller gives one, the IP's. Concurrent guesses therefore cannot all be compared: past the budget they get 429
 * unchecked. A right password gives the IP's point back and ends the address's count; the failure that uses the
 * address's last attempt locks it for the full lock time. Unknown addresses are counted the same way.
 */
export async function throttledPasswordCheck(
  ctx: AppContext,
  email: string,
  ip: string | null,
  verify: () => Promise<boolean>,
): Promise<PasswordCheck> {
  const limits = limitsOf(ctx);
  const addressKey = email.toLowerCase();
  if (ip !== null)
    await limits.take('signInFailuresPerIp', ip, 'Too many failed sign-ins from your network. Try again later.');
  const address = await limits.consume('signInFailuresPerAddress', addressKey);
  if (!address.allowed) {
    if (ip !== null) await limits.refund('signInFailuresPerIp', ip);
    throw tooManyRequests(address.retryAfterSeconds, 'Too many failed sign-ins for this address. Try again later.');
  }
  if (await verify()) {
    if (ip !== null) await limits.refund('signInFailuresPerIp', ip);
    await limits.reset('signInFailuresPerAddress', addressKey);
    return { ok: true, failures: 0, lockedNow: false };
  }
  const lockedNow = address.consumed === limits.rule('signInFailuresPerAddress').points;
  if (lockedNow) await limits.block('signInFailuresPerAddress', addressKey, ctx.config.signIn.lockMinutes * 60);
  return { ok: false, failures: address.consumed, lockedNow };
}

/** After a password reset (the owner proved the mailbox): the address may try again at once. */
export async function forgetPasswordFailures(ctx: AppContext, email: string) {
  await limitsOf(ctx).reset('signInFailuresPerAddress', email.toLowerCase());
}
