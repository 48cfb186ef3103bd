import type { AppContext } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import type { SealingCertificate } from './pdf/seal.ts';
import { findCertificate, insertCertificateIfNone } from './repository-certificate.ts';
import { firmName } from './repository-people.ts';

/**
 * The portal's sealing certificate: made at first use (self-signed, sealed with the secret box in the database so a
 * backup carries it), the same for every process afterwards. Replace it by updating the row with another PKCS#12.
 */
export async function sealingCertificate(ctx: AppContext): Promise<SealingCertificate> {
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
  return {
    p12: Buffer.from(ctx.secretBox.open(row.sealed_p12), 'base64'),
    passphrase: ctx.secretBox.open(row.sealed_passphrase),
    subject: row.subject,
  };
}
