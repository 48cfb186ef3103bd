import { describe, expect, it } from 'vitest';
import { checkTotp, currentTotp, newTotpSecret, totpEnrolment } from '../../src/server/platform/security/totp.ts';

// 15 s into a 30 s step, so ±30 s is exactly one step either side.
const NOW = new Date(Math.floor(Date.UTC(2026, 4, 1) / 30_000) * 30_000 + 15_000);
const at = (offsetSeconds: number) => new Date(NOW.getTime() + offsetSeconds * 1000);
const step = Math.floor(NOW.getTime() / 30_000);

describe('TOTP', () => {
  const secret = newTotpSecret();

  it('makes a base32 secret of 160 bits, new each time', () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
  });

  it('accepts the current code and returns its time step', () => {
    const code = currentTotp(secret, NOW);
    expect(code).toMatch(/^\d{6}$/);
    expect(checkTotp(secret, code, NOW)).toBe(step);
  });

  it('matches the RFC 6238 SHA-1 test vector', () => {
    // RFC 6238 appendix B: secret "12345678901234567890", T = 59 s → 94287082 (8 digits); 6 digits → 287082.
    const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    expect(currentTotp(rfcSecret, new Date(59_000))).toBe('287082');
  });

  it('accepts a code from one step before or after (clock drift of ±30 s)', () => {
    expect(checkTotp(secret, currentTotp(secret, at(-30)), NOW)).toBe(step - 1);
    expect(checkTotp(secret, currentTotp(secret, at(30)), NOW)).toBe(step + 1);
  });

  it('refuses a code from ±90 s', () => {
    for (const offset of [-90, 90]) {
      const code = currentTotp(secret, at(offset));
      // Codes of distant steps could collide by chance (1 in a million); guard the assertion against it.
      if (
        code !== currentTotp(secret, NOW) &&
        code !== currentTotp(secret, at(-30)) &&
        code !== currentTotp(secret, at(30))
      ) {
        expect(checkTotp(secret, code, NOW)).toBeNull();
      }
    }
  });

  it('refuses non-digit and wrong-length input without throwing', () => {
    const code = currentTotp(secret, NOW);
    for (const input of [
      '',
      'abcdef',
      `${code.slice(0, 5)}x`,
      ` ${code}`,
      `${code} `,
      code.slice(0, 5),
      `${code}0`,
      '１２３４５６',
    ]) {
      expect(checkTotp(secret, input, NOW), JSON.stringify(input)).toBeNull();
    }
  });

  it('refuses a code made for another secret', () => {
    const other = newTotpSecret();
    const code = currentTotp(other, NOW);
    if (code !== currentTotp(secret, NOW)) expect(checkTotp(secret, code, NOW)).toBeNull();
  });

  it('enrolment gives an otpauth URL and an SVG QR code carrying the secret', async () => {
    const enrolment = await totpEnrolment(secret, 'alice@acme.example', 'Northwind Advisory');
    expect(enrolment.otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    expect(enrolment.otpauthUrl).toContain(`secret=${secret}`);
    expect(enrolment.otpauthUrl).toContain('issuer=Northwind');
    expect(enrolment.qrCodeSvg).toMatch(/^<svg/);
  });
});
