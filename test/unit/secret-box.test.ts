import { describe, expect, it } from 'vitest';
import { createSecretBox } from '../../src/server/platform/security/secret-box.ts';

const SECRET = 'unit-test-secret-unit-test-secret-0000';

/** Flips one bit of a base64url part (flipping a character could change only padding bits). */
function flipBit(part: string) {
  const bytes = Buffer.from(part, 'base64url');
  bytes[0] = bytes[0]! ^ 0x01;
  return bytes.toString('base64url');
}

describe('secret box (AES-256-GCM)', () => {
  it('round-trips text, including unicode and empty', () => {
    const box = createSecretBox(SECRET);
    for (const plaintext of ['JBSWY3DPEHPK3PXP', 'héllo 😀', '']) expect(box.open(box.seal(plaintext))).toBe(plaintext);
  });

  it('does not leak the plaintext and uses a fresh IV each time', () => {
    const box = createSecretBox(SECRET);
    const first = box.seal('JBSWY3DPEHPK3PXP');
    expect(first).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.seal('JBSWY3DPEHPK3PXP')).not.toBe(first);
  });

  it('throws on a tampered ciphertext, tag or IV', () => {
    const box = createSecretBox(SECRET);
    const [iv, tag, body] = box.seal('JBSWY3DPEHPK3PXP').split('.') as [string, string, string];
    expect(() => box.open([iv, tag, flipBit(body)].join('.'))).toThrow();
    expect(() => box.open([iv, flipBit(tag), body].join('.'))).toThrow();
    expect(() => box.open([flipBit(iv), tag, body].join('.'))).toThrow();
    expect(() => box.open('only-one-part')).toThrow();
  });

  // Node accepts GCM tags of 4..16 bytes unless authTagLength is set: a 4-byte tag must not open.
  it('refuses a truncated authentication tag', () => {
    const box = createSecretBox(SECRET);
    const [iv, tag, body] = box.seal('JBSWY3DPEHPK3PXP').split('.') as [string, string, string];
    const shortTag = Buffer.from(tag, 'base64url').subarray(0, 4).toString('base64url');
    expect(() => box.open([iv, shortTag, body].join('.'))).toThrow();
  });

  it('cannot be opened with another secret', () => {
    const sealed = createSecretBox(SECRET).seal('JBSWY3DPEHPK3PXP');
    expect(() => createSecretBox(`${SECRET}-other`).open(sealed)).toThrow();
    expect(createSecretBox(SECRET).open(sealed)).toBe('JBSWY3DPEHPK3PXP');
  });
});
