import type { Queryable } from '../../platform/db/index.ts';

/* The portal's signing certificate: one portal-wide row (no account scope: it belongs to no account). */

export type CertificateOrigin = 'generated' | 'uploaded';

export interface CertificateRow {
  sealed_p12: string;
  sealed_passphrase: string;
  subject: string;
}

export interface StoredCertificateRow extends CertificateRow {
  origin: CertificateOrigin;
  created_at: Date;
  replaced_at: Date | null;
}

/** `share`: inside a transaction, holds a replacement back until it ends (the expiry check mails about this one). */
export async function findCertificate(db: Queryable, options: { share?: boolean } = {}) {
  const { rows } = await db.query<StoredCertificateRow>(
    `SELECT sealed_p12, sealed_passphrase, subject, origin, created_at, replaced_at FROM signature_certificates
      LIMIT 1${options.share ? ' FOR SHARE' : ''}`,
  );
  return rows[0] ?? null;
}

/** Keeps the first certificate made: a second process racing at first use loses and reads the winner's. */
export async function insertCertificateIfNone(db: Queryable, row: CertificateRow & { id: string; now: Date }) {
  await db.query(
    `INSERT INTO signature_certificates (id, sealed_p12, sealed_passphrase, subject, created_at)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
    [row.id, row.sealed_p12, row.sealed_passphrase, row.subject, row.now],
  );
}

/**
 * Staff replace the certificate (the firm's own, or a new self-signed one): the one row takes the new PKCS#12, or is
 * made if none was yet. Envelopes sealed before keep the old certificate inside their PDF, so they still verify.
 */
export async function replaceCertificate(
  db: Queryable,
  row: CertificateRow & { id: string; origin: CertificateOrigin; replacedBy: string; now: Date },
) {
  await db.query(
    `INSERT INTO signature_certificates (id, sealed_p12, sealed_passphrase, subject, created_at, origin, replaced_at,
       replaced_by)
     VALUES ($1, $2, $3, $4, $5, $6, $5, $7)
     ON CONFLICT ((true)) DO UPDATE SET sealed_p12 = EXCLUDED.sealed_p12, sealed_passphrase = EXCLUDED.sealed_passphrase,
       subject = EXCLUDED.subject, origin = EXCLUDED.origin, replaced_at = EXCLUDED.replaced_at,
       replaced_by = EXCLUDED.replaced_by`,
    [row.id, row.sealed_p12, row.sealed_passphrase, row.subject, row.now, row.origin, row.replacedBy],
  );
}

/**
 * Claims the warning of one certificate at one threshold: true for the one caller that inserted the row (it then
 * queues the mail in the same transaction); a rerun or a concurrent check waits on the key and gets false.
 */
export async function claimExpiryNotice(
  db: Queryable,
  notice: { fingerprint: string; thresholdDays: number; notAfter: Date; now: Date },
) {
  const { rowCount } = await db.query(
    `INSERT INTO signature_certificate_expiry_notices (fingerprint, threshold_days, not_after, sent_at)
     VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
    [notice.fingerprint, notice.thresholdDays, notice.notAfter, notice.now],
  );
  return rowCount === 1;
}
