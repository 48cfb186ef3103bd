import { createHmac, timingSafeEqual } from 'node:crypto';

/** The modules with an email preference (and so an unsubscribe link). */
export const EMAIL_MODULES = [
  'messages',
  'projects',
  'approvals',
  'onboarding',
  'orders',
  'signatures',
  'billing',
] as const;
export type EmailModule = (typeof EMAIL_MODULES)[number];

/**
 * One-click unsubscribe links carry a signed (user, module) pair: no database row, no expiry (an old email's
 * link must keep working), and nothing but email preferences can be changed with it.
 */
export function unsubscribeToken(secret: string, userId: string, module: string): string {
  const mac = createHmac('sha256', secret).update(`unsubscribe:${userId}:${module}`).digest('base64url').slice(0, 32);
  return `${userId}.${module}.${mac}`;
}

export function verifyUnsubscribeToken(secret: string, token: string): { userId: string; module: string } | null {
  const [userId, module, mac] = token.split('.');
  if (
    !userId ||
    !module ||
    !mac ||
    !/^[0-9a-f-]{36}$/.test(userId) ||
    !(EMAIL_MODULES as readonly string[]).includes(module)
  )
    return null;
  const expected = unsubscribeToken(secret, userId, module).split('.')[2]!;
  if (expected.length !== mac.length || !timingSafeEqual(Buffer.from(expected), Buffer.from(mac))) return null;
  return { userId, module };
}
