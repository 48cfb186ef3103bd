import { beforeAll, describe, expect, it } from 'vitest';
import { checkNewPassword, hashPassword, verifyPassword } from '../../src/server/platform/security/passwords.ts';

describe('checkNewPassword (NIST 800-63B rules)', () => {
  // The first check reads the 437,651-entry breached-password list (about 0.5 s when idle, over 15 s on a loaded
  // 2-core machine): load it here, with a generous deadline, so no test's own 5 s limit pays for it.
  beforeAll(() => {
    checkNewPassword('warm-up-the-breached-password-list');
  }, 120_000);

  it('refuses 9 characters and accepts 10', () => {
    expect(checkNewPassword('abcdefghi')?.code).toBe('too_short');
    expect(checkNewPassword('lanternfog')).toBeNull();
  });

  it('has no composition rules: long, plain passphrases are fine', () => {
    expect(checkNewPassword('aaaaaaaaab')).toBeNull();
    expect(checkNewPassword('correct horse battery staple')).toBeNull();
    expect(checkNewPassword('alllowercaseletters')).toBeNull();
  });

  it('refuses common passwords whatever their case', () => {
    for (const password of ['qwertyuiop', 'QWERTYUIOP', 'QwErTyUiOp', '1234567890', 'Password1234']) {
      expect(checkNewPassword(password)?.code, password).toBe('too_common');
    }
  });

  it('gives the user a readable message with each refusal', () => {
    expect(checkNewPassword('short')?.message).toMatch(/10 characters/);
    expect(checkNewPassword('qwertyuiop')?.message).toMatch(/too common/);
  });

  it('counts length in characters (code points), not UTF-16 units or bytes', () => {
    expect(checkNewPassword('😀'.repeat(9))?.code).toBe('too_short'); // 18 UTF-16 units, 9 characters
    expect(checkNewPassword('😀'.repeat(10))).toBeNull();
    expect(checkNewPassword('ñ'.repeat(9))?.code).toBe('too_short'); // 18 UTF-8 bytes, 9 characters
    expect(checkNewPassword('ñ'.repeat(10))).toBeNull();
    // Combining accents are separate code points: "é" written as e + U+0301 counts as two.
    expect(checkNewPassword('e\u0301'.repeat(5))).toBeNull();
  });

  it('refuses more than 256 characters', () => {
    expect(checkNewPassword('x'.repeat(256))).toBeNull();
    expect(checkNewPassword('x'.repeat(257))?.code).toBe('too_long');
  });

  // Both limits count code points: 200 emoji are 200 characters, not 400.
  it('counts the 256-character maximum in code points too', () => {
    expect(checkNewPassword('😀'.repeat(200))).toBeNull();
  });

  it('refuses breached passwords with a suffix of digits and symbols, which people add to pass rules', () => {
    for (const password of [
      'Password123!',
      'abc123abc123',
      'PASSWORD2026!!',
      'Sunshine1234',
      'iloveyou123456',
      'Dragon_1987!',
    ]) {
      expect(checkNewPassword(password)?.code, password).toBe('too_common');
    }
    expect(checkNewPassword('Password123!')?.message).toMatch(/breached/);
    // Only the end is stripped, and a stem of 1-3 letters says nothing: these are not on the list.
    expect(checkNewPassword('x9!4#72$1@k')).toBeNull();
    expect(checkNewPassword('q7!#29$1@84')).toBeNull();
    expect(checkNewPassword('123password-lantern')).toBeNull();
  });

  it('refuses a password containing the local part of the email address, case- and punctuation-insensitively', () => {
    expect(checkNewPassword('Alice.Archer1', 'alice.archer1@acme.example')?.code).toBe('contains_email');
    expect(checkNewPassword('alice.archer1-and-more', 'alice.archer1@acme.example')?.code).toBe('contains_email');
    expect(checkNewPassword('my-AliceArcher1-login', 'alice.archer1@acme.example')?.message).toMatch(/email address/);
    expect(checkNewPassword('some other phrase', 'alice.archer1@acme.example')).toBeNull();
  });

  it("refuses a password containing the portal's name or its first word", () => {
    expect(checkNewPassword('northwind-demo-2026', undefined, 'Northwind Advisory')?.code).toBe('contains_portal_name');
    expect(checkNewPassword('I work at NorthWindAdvisory', undefined, 'Northwind Advisory')?.code).toBe(
      'contains_portal_name',
    );
    expect(checkNewPassword('northwind-demo-2026', undefined, 'Northwind Advisory')?.message).toMatch(
      /name of this portal/,
    );
    expect(checkNewPassword('a quiet harbour at dusk', undefined, 'Northwind Advisory')).toBeNull();
  });
});

describe('hashPassword / verifyPassword', () => {
  it('round-trips and refuses a wrong password', async () => {
    const passwordHash = await hashPassword('northwind-demo-2026');
    expect(passwordHash).toMatch(/^\$argon2id\$/);
    expect(passwordHash).not.toContain('northwind-demo-2026');
    expect(await verifyPassword(passwordHash, 'northwind-demo-2026')).toBe(true);
    expect(await verifyPassword(passwordHash, 'northwind-demo-2027')).toBe(false);
    expect(await verifyPassword(passwordHash, 'Northwind-demo-2026')).toBe(false);
  });

  it('salts each hash', async () => {
    const [first, second] = await Promise.all([hashPassword('same passphrase'), hashPassword('same passphrase')]);
    expect(first).not.toBe(second);
    expect(await verifyPassword(second, 'same passphrase')).toBe(true);
  });

  it('answers false (not an exception) for a malformed stored hash', async () => {
    expect(await verifyPassword('not-a-hash', 'whatever12345')).toBe(false);
    expect(await verifyPassword('', 'whatever12345')).toBe(false);
  });
});
