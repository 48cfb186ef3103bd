import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { queueMails, renderCatalogMail } from '../../platform/mail/index.ts';
import { startPeriodic } from '../../platform/periodic.ts';
import { mailBrandingFor } from '../branding/index.ts';
import { certificateInfoOf, expiryOf, type ExpiryThreshold } from './certificate.ts';
import type { CertificateInfo } from './pdf/p12.ts';
import { claimExpiryNotice, findCertificate } from './repository-certificate.ts';
import { firmAdmins } from './repository-people.ts';

/**
 * The daily look at the signing certificate: when it has 30 days left, and again at 7, every owner and admin is
 * mailed once for that certificate and threshold. The claim row and the mails are written in one transaction that
 * holds the certificate row (FOR SHARE), so a replacement in between is not warned about, a rerun or a second
 * process finds the claim and sends nothing, and a crash loses neither. Returns the threshold mailed, or null.
 */
export async function runCertificateExpiryCheck(ctx: AppContext): Promise<ExpiryThreshold | null> {
  const now = ctx.clock.now();
  // Read the certificate's facts before the transaction: reading a PKCS#12 loads node-forge and runs its key
  // derivation (~100 ms of CPU), which must not hold a connection (on the embedded engine, the only one: at start
  // it kept /readyz waiting). certificateInfoOf keeps them per stored file, so the read under the lock below costs
  // nothing unless the certificate was replaced in between.
  const unlocked = await findCertificate(ctx.db);
  if (!unlocked) return null;
  await certificateInfoOf(ctx, unlocked);
  return ctx.db.transaction(async (tx) => {
    const row = await findCertificate(tx, { share: true });
    // No certificate yet: the first is made at first use, valid for ten years.
    if (!row) return null;
    const info = await certificateInfoOf(ctx, row);
    const { threshold } = expiryOf(info.notAfter, now);
    if (threshold === null) return null;
    const claimed = await claimExpiryNotice(tx, {
      fingerprint: info.sha256Fingerprint,
      thresholdDays: threshold,
      notAfter: info.notAfter,
      now,
    });
    if (!claimed) return null;
    await mailExpiring(ctx, tx, info, now);
    return threshold;
  });
}

/** Staff mail in each person's language (the firm's branding, the console's address). */
async function mailExpiring(ctx: AppContext, tx: Queryable, info: CertificateInfo, now: Date) {
  const admins = await firmAdmins(tx);
  if (!admins.length) return;
  const { base, branding, language } = await mailBrandingFor(ctx, tx, { staff: true });
  const values = {
    portal: branding.name,
    subject: info.subject,
    date: info.notAfter.toISOString().slice(0, 10),
    days: Math.max(1, expiryOf(info.notAfter, now).daysLeft),
  };
  const url = `${base}/console/signatures/certificate`;
  await queueMails(
    tx,
    ctx.secretBox,
    admins.map((admin) => ({
      to: admin.email,
      ...renderCatalogMail(
        branding,
        'signingCertificateExpiring',
        values,
        language(admin.locale, { staff: true }),
        url,
      ),
    })),
    now,
  );
}

/** Every hour, so a process that restarts more often than daily still looks each day; the claims keep it to once. */
const CHECK_EVERY_MS = 3_600_000;

export function startCertificateExpiryCheck(ctx: AppContext): () => void {
  // Tests run the check themselves (runCertificateExpiryCheck), at the clock they set.
  if (ctx.config.env === 'test') return () => undefined;
  return startPeriodic(ctx, 'signing certificate expiry', CHECK_EVERY_MS, () => runCertificateExpiryCheck(ctx));
}
