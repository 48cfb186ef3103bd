import { Secret, TOTP } from 'otpauth';

// RFC 6238 defaults every authenticator app supports: SHA-1, 6 digits, 30 s.
function totpFor(secretBase32: string, label: string, issuer: string) {
  return new TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secretBase32) });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export async function totpEnrolment(secretBase32: string, label: string, issuer: string) {
  const otpauthUrl = totpFor(secretBase32, label, issuer).toString();
  // Loaded at the first enrolment, not at every start.
  const { default: QRCode } = await import('qrcode');
  const qrCodeSvg = await QRCode.toString(otpauthUrl, { type: 'svg', margin: 1 });
  return { secret: secretBase32, otpauthUrl, qrCodeSvg };
}

/** Accepts the current code and one step either side, for clock drift. Returns the matched time step. */
export function checkTotp(secretBase32: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const totp = totpFor(secretBase32, 'x', 'x');
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : Math.floor(now.getTime() / 30_000) + delta;
}

export function currentTotp(secretBase32: string, now: Date): string {
  return totpFor(secretBase32, 'x', 'x').generate({ timestamp: now.getTime() });
}
