import type { Queryable } from '../../platform/db/index.ts';

/* The portal's signing certificate: one portal-wide row (no account scope: it belongs to no account). */

export interface CertificateRow {
  sealed_p12: string;
  sealed_passphrase: string;
  subject: string;
}

export async function findCertificate(db: Queryable) {
  const { rows } = await db.query<CertificateRow>(
    'SELECT sealed_p12, sealed_passphrase, subject FROM signature_certificates LIMIT 1',
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
