import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

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

// The bundled list of the ~50,000 most common passwords (zxcvbn's); only those long enough to pass the
// length rule matter. Compared case-insensitively: "Password1234" is as weak as "password1234".
const commonPasswords = new Set(
  (dictionary['passwords-common'] as string[]).filter((word) => word.length >= 10).map((word) => word.toLowerCase()),
);

export type PasswordProblem = { code: 'too_short' | 'too_long' | 'too_common' | 'contains_email'; message: string };

/** NIST 800-63B: at least 10 characters, no composition rules, not a known-common password. */
export function checkNewPassword(password: string, email?: string): PasswordProblem | null {
  // Characters as people count them (code points), for both limits.
  const length = [...password].length;
  if (length < 10) return { code: 'too_short', message: 'Use at least 10 characters.' };
  if (length > 256) return { code: 'too_long', message: 'Use at most 256 characters.' };
  const lowered = password.toLowerCase();
  if (commonPasswords.has(lowered))
    return { code: 'too_common', message: 'This password is too common; choose another.' };
  const localPart = email?.split('@')[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && lowered === localPart)
    return { code: 'contains_email', message: 'Do not use your email address as your password.' };
  return null;
}
