import type { AppContext } from '../../platform/context.ts';
import { conflict } from '../../platform/http/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { CertificateInfo } from './pdf/p12.ts';
import type { SealingCertificate } from './pdf/seal.ts';
import { findCertificate, insertCertificateIfNone, type CertificateRow } from './repository-certificate.ts';
import { firmName } from './repository-people.ts';

/**
 * The portal's sealing certificate: made at first use (self-signed, sealed with the secret box in the database so a
 * backup carries it), the same for every process afterwards. Replace it by updating the row with another PKCS#12.
 */
export async function sealingCertificate(ctx: AppContext): Promise<SealingCertificate> {
  return openCertificate(ctx, await certificateRow(ctx));
}

/** The stored row of the certificate, made first if the portal has none yet. */
async function certificateRow(ctx: AppContext) {
  let row = await findCertificate(ctx.db);
  if (!row) {
    const { makeSealingCertificate } = await import('./pdf/seal.ts');
    const made = makeSealingCertificate(await firmName(ctx.db), ctx.clock.now());
    await insertCertificateIfNone(ctx.db, {
      id: newId(),
      sealed_p12: ctx.secretBox.seal(made.p12.toString('base64')),
      sealed_passphrase: ctx.secretBox.seal(made.passphrase),
      subject: made.subject,
      now: ctx.clock.now(),
    });
    row = (await findCertificate(ctx.db))!;
  }
  return row;
}

const openCertificate = (ctx: AppContext, row: CertificateRow): SealingCertificate => ({
  p12: Buffer.from(ctx.secretBox.open(row.sealed_p12), 'base64'),
  passphrase: ctx.secretBox.open(row.sealed_passphrase),
  subject: row.subject,
});

/*
 * Reading a PKCS#12 runs its key derivation (tens of milliseconds): the console's notice and the expiry check read
 * the same stored file again and again, so its facts are kept per stored ciphertext (a replacement is another one).
 */
let lastRead: { sealed: string; info: CertificateInfo } | null = null;

/** The facts (subject, validity, fingerprint) of a stored certificate row. */
export async function certificateInfoOf(ctx: AppContext, row: CertificateRow): Promise<CertificateInfo> {
  if (lastRead?.sealed === row.sealed_p12) return lastRead.info;
  const { readP12 } = await import('./pdf/p12.ts');
  const opened = openCertificate(ctx, row);
  const info = readP12(opened.p12, opened.passphrase);
  lastRead = { sealed: row.sealed_p12, info };
  return info;
}

/** The certificate that seals now (made first if the portal has none yet), with its facts. */
export async function currentCertificate(ctx: AppContext) {
  const row = await certificateRow(ctx);
  return { certificate: openCertificate(ctx, row), info: await certificateInfoOf(ctx, row), row };
}

const DAY_MS = 86_400_000;
/** Owners and admins are mailed when the certificate has this many days left (each once per certificate). */
export const EXPIRY_WARNING_DAYS = [7, 30] as const;
export type ExpiryThreshold = (typeof EXPIRY_WARNING_DAYS)[number];

/**
 * Where a certificate stands at `now`: `expiring` within the last 30 days, `expired` from its notAfter on. The
 * threshold is the latest one reached, the only one mailed: a certificate uploaded with 5 days left gets one
 * warning, not two at once.
 */
export function expiryOf(notAfter: Date, now: Date) {
  const remaining = notAfter.getTime() - now.getTime();
  const state = remaining <= 0 ? 'expired' : remaining <= 30 * DAY_MS ? 'expiring' : 'valid';
  const threshold: ExpiryThreshold | null =
    remaining <= 0 ? null : (EXPIRY_WARNING_DAYS.find((days) => remaining <= days * DAY_MS) ?? null);
  return { state, daysLeft: Math.ceil(remaining / DAY_MS), threshold } as const;
}

/** 409 for work that needs a seal while the certificate is expired: what to do is in the message. */
export const certificateExpiredError = (notAfter: Date) =>
  conflict(
    `The signing certificate expired on ${notAfter.toISOString().slice(0, 10)} (UTC), so signed documents cannot ` +
      'be sealed. An owner or admin must replace it with the firm’s renewed certificate, or make a new self-signed ' +
      'one, under Console › Signatures › Signing certificate.',
    'signing_certificate_expired',
  );

/** The certificate to seal with now; 409 `signing_certificate_expired` when it has expired (never a broken seal). */
export async function usableSealingCertificate(ctx: AppContext): Promise<SealingCertificate> {
  const { certificate, info } = await currentCertificate(ctx);
  if (expiryOf(info.notAfter, ctx.clock.now()).state === 'expired') throw certificateExpiredError(info.notAfter);
  return certificate;
}

/**
 * When the current certificate expired, or null while it is valid (and while the portal has none yet: its first is
 * made valid for ten years). Does not make one: a send or a sweep only asks.
 */
export async function certificateExpiredOn(ctx: AppContext): Promise<Date | null> {
  const row = await findCertificate(ctx.db);
  if (!row) return null;
  const { notAfter } = await certificateInfoOf(ctx, row);
  return expiryOf(notAfter, ctx.clock.now()).state === 'expired' ? notAfter : null;
}
