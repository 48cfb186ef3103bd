import { hash, verify } from '@node-rs/argon2';
import { isCommonPassword } from './common-passwords.ts';

// OWASP's argon2id baseline (19 MiB, 2 iterations): ~25 ms per check on these machines.
const ARGON2_OPTIONS = {
  algorithm: 2 /* Algorithm.Argon2id (a const enum) */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check, so an unknown email answers as slowly as a wrong password. */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword('portico-timing-equaliser');
  await verifyPassword(await dummyHash, password);
  return false;
}

export type PasswordProblem = {
  code: 'too_short' | 'too_long' | 'too_common' | 'contains_email' | 'contains_portal_name';
  message: string;
};

/** Letters and digits only, lower-cased: "Northwind Advisory" and "north-wind" compare as written together. */
const compact = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * NIST 800-63B: at least 10 characters, no composition rules, not a breached password (case and trailing
 * digits/symbols ignored), and nothing from the context: the email's local part or the portal's name.
 */
export function checkNewPassword(password: string, email?: string, portalName?: string): PasswordProblem | null {
  // Characters as people count them (code points), for both limits.
  const length = [...password].length;
  if (length < 10) return { code: 'too_short', message: 'Use at least 10 characters.' };
  if (length > 256) return { code: 'too_long', message: 'Use at most 256 characters.' };
  const lowered = password.toLowerCase();
  if (isCommonPassword(lowered))
    return {
      code: 'too_common',
      message:
        'This password is too common: it is on lists of breached passwords (even with other capitals or numbers at the end).',
    };
  const compacted = compact(password);
  const localPart = compact(email?.split('@')[0] ?? '');
  if (localPart.length >= 4 && compacted.includes(localPart))
    return { code: 'contains_email', message: 'Do not use your email address, or part of it, in your password.' };
  // The whole name and its first word ("Northwind" of "Northwind Advisory"), the part people reuse.
  const nameParts = [compact(portalName ?? ''), compact(portalName?.trim().split(/\s+/)[0] ?? '')];
  if (nameParts.some((part) => part.length >= 4 && compacted.includes(part)))
    return { code: 'contains_portal_name', message: 'Do not use the name of this portal in your password.' };
  return null;
}
