import type { SigningCertificate } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { fieldError, forbidden } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { requireRecentProof } from '../../identity/index.ts';
import { currentCertificate, expiryOf } from '../certificate.ts';
import type { CertificateInfo, P12Problem } from '../pdf/p12.ts';
import { signaturePolicy } from '../policy.ts';
import { findCertificate, replaceCertificate, type CertificateOrigin } from '../repository-certificate.ts';
import { firmName } from '../repository-people.ts';

/** What staff are told for each refused PKCS#12, and which field it is about. */
const P12_PROBLEMS: Record<P12Problem, { path: 'p12' | 'passphrase'; message: string }> = {
  not_pkcs12: { path: 'p12', message: 'This is not a PKCS#12 (.p12 or .pfx) file.' },
  wrong_passphrase: { path: 'passphrase', message: 'The passphrase does not open this file.' },
  no_private_key: { path: 'p12', message: 'The file holds no private key.' },
  not_rsa: { path: 'p12', message: 'Only RSA keys can seal PDFs here.' },
  no_matching_certificate: { path: 'p12', message: 'The file holds no certificate for its private key.' },
  not_yet_valid: { path: 'p12', message: 'The certificate is not valid yet.' },
  expired: { path: 'p12', message: 'The certificate has expired.' },
  cannot_seal: { path: 'p12', message: 'A test PDF sealed with this certificate did not verify.' },
};

const present = (actor: Actor, info: CertificateInfo, row: Awaited<ReturnType<typeof findCertificate>>, now: Date) => {
  const expiry = expiryOf(info.notAfter, now);
  return {
    subject: info.subject,
    issuer: info.issuer,
    serialNumber: info.serialNumber,
    notBefore: info.notBefore.toISOString(),
    notAfter: info.notAfter.toISOString(),
    sha256Fingerprint: info.sha256Fingerprint,
    selfSigned: info.selfSigned,
    origin: row?.origin ?? 'generated',
    createdAt: (row?.created_at ?? new Date(0)).toISOString(),
    replacedAt: row?.replaced_at?.toISOString() ?? null,
    expiry: expiry.state,
    daysLeft: expiry.daysLeft,
    abilities: signaturePolicy.certificateAbilities(actor),
  } satisfies SigningCertificate;
};

/** The certificate that seals completed envelopes now (made first if the portal has none yet). */
export async function getCertificateUseCase(ctx: AppContext, actor: Actor) {
  if (!signaturePolicy.readsCertificate(actor)) throw forbidden();
  const current = await currentCertificate(ctx);
  return present(actor, current.info, current.row, ctx.clock.now());
}

async function store(
  ctx: AppContext,
  actor: Actor,
  made: { p12: Buffer; passphrase: string; info: CertificateInfo; origin: CertificateOrigin },
) {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await replaceCertificate(tx, {
      id: newId(),
      sealed_p12: ctx.secretBox.seal(made.p12.toString('base64')),
      sealed_passphrase: ctx.secretBox.seal(made.passphrase),
      subject: made.info.subject,
      origin: made.origin,
      replacedBy: actor.userId,
      now,
    });
    await recordAudit(tx, {
      action: made.origin === 'uploaded' ? 'signature.certificate_replaced' : 'signature.certificate_regenerated',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'signature_certificate', id: made.info.sha256Fingerprint, label: made.info.subject },
      details: {
        issuer: made.info.issuer,
        serialNumber: made.info.serialNumber,
        notAfter: made.info.notAfter.toISOString(),
      },
      occurredAt: now,
    });
  });
  return present(actor, made.info, await findCertificate(ctx.db), now);
}

async function mayReplace(ctx: AppContext, actor: Actor) {
  if (!signaturePolicy.replacesCertificate(actor)) throw forbidden();
  await requireRecentProof(ctx, actor);
}

/**
 * The firm's own certificate (from a CA, so readers can show the seal as trusted) replaces the portal's. It is
 * checked before anything is stored: refused files change nothing.
 */
export async function replaceCertificateUseCase(
  ctx: AppContext,
  actor: Actor,
  input: { p12: string; passphrase: string },
) {
  await mayReplace(ctx, actor);
  const p12 = Buffer.from(input.p12, 'base64');
  const { checkUsableP12, P12Error } = await import('../pdf/certificate-file.ts');
  let info: CertificateInfo;
  try {
    info = await checkUsableP12(p12, input.passphrase, ctx.clock.now());
  } catch (error) {
    if (!(error instanceof P12Error)) throw error;
    const problem = P12_PROBLEMS[error.problem];
    throw fieldError(problem.path, error.problem, problem.message);
  }
  return store(ctx, actor, { p12, passphrase: input.passphrase, info, origin: 'uploaded' });
}

/** A new self-signed certificate made by the portal (back from the firm's own, or after a key was exposed). */
export async function regenerateCertificateUseCase(ctx: AppContext, actor: Actor) {
  await mayReplace(ctx, actor);
  const { makeSealingCertificate } = await import('../pdf/seal.ts');
  const { readP12 } = await import('../pdf/p12.ts');
  const made = makeSealingCertificate(await firmName(ctx.db), ctx.clock.now());
  const info = readP12(made.p12, made.passphrase);
  return store(ctx, actor, { p12: made.p12, passphrase: made.passphrase, info, origin: 'generated' });
}
