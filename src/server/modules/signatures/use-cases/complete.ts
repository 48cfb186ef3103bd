import { Readable } from 'node:stream';
import type { AppContext } from '../../../platform/context.ts';
import { newId } from '../../../platform/ids.ts';
import {
  discardGeneratedFile,
  fileGeneratedDocumentInTransaction,
  storeGeneratedFile,
  type GeneratedFile,
} from '../../documents/index.ts';
import { usableSealingCertificate } from '../certificate.ts';
import { mailCompleted } from '../emails.ts';
import { signatureCompleted } from '../hooks.ts';
import { sha256Hex } from '../pdf/digest.ts';
import type { FinalSigner } from '../pdf/finalize.ts';
import type { SealingCertificate } from '../pdf/seal.ts';
import { activeUser } from '../repository-people.ts';
import {
  closeEnvelope,
  eventsOf,
  fieldsOf,
  findEnvelope,
  signersOf,
  type EnvelopeRow,
  type EventRow,
  type FieldRow,
  type SignerRow,
} from '../repository.ts';
import { allSigned } from '../state.ts';
import { recordTrail } from './trail.ts';

export async function readAll(ctx: AppContext, key: string) {
  const chunks: Buffer[] = [];
  for await (const chunk of await ctx.storage.read(key)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// eslint-disable-next-line no-control-regex -- refusing or stripping control characters is the point
const fileName = (title: string) => `${title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').slice(0, 180)} - signed.pdf`;

/**
 * Completes an envelope every signer has signed, after the last signature's commit (or from the sweep, if the
 * process died in between): flattens every signer's values into the pages, appends the certificate, seals the file
 * with the portal's certificate and stores it twice (the envelope's copy and a document of the account), all
 * outside any transaction; then, under the envelope's row lock, files the document, completes the envelope, mails
 * every party a link and runs the completion hooks. Two finalizers racing: the lock lets one complete, the other
 * drops its files. Returns whether this call completed it.
 */
export async function finalizeEnvelope(
  ctx: AppContext,
  envelopeId: string,
  actor: { id: string; email: string } | null,
) {
  // An expired certificate seals nothing (a reader would show the seal as invalid): 409 signing_certificate_expired,
  // and the envelope waits, every signature kept, until the certificate is replaced; the sweep then completes it.
  const certificate = await usableSealingCertificate(ctx);
  // Portal-wide reads by id: the caller found (or the sweep selected) this envelope.
  const envelope = await findEnvelope(ctx.db, envelopeId, [true, []]);
  if (!envelope || envelope.status !== 'sent') return false;
  const [signers, fields, events] = await Promise.all([
    signersOf(ctx.db, [envelopeId]),
    fieldsOf(ctx.db, [envelopeId]),
    eventsOf(ctx.db, [envelopeId]),
  ]);
  if (!allSigned(signers.map((signer) => ({ ...signer, userId: signer.user_id })))) return false;
  const now = ctx.clock.now();
  const sealed = await sealedCopy(ctx, envelope, signers, fields, events, certificate, now);
  const sha256 = sha256Hex(sealed);
  const key = `${envelope.original_key}-signed-${newId()}`;
  await ctx.storage.write(key, Readable.from([sealed]));
  let copy: GeneratedFile | null = null;
  let completed = false;
  try {
    copy = await storeGeneratedFile(ctx, envelope.account_id, sealed);
    const file = copy;
    completed = await ctx.db.transaction(async (tx) => {
      const row = await findEnvelope(tx, envelopeId, [true, []], true);
      if (!row || row.status !== 'sent') return false;
      const document = await fileGeneratedDocumentInTransaction(tx, {
        ...file,
        accountId: row.account_id,
        name: fileName(row.title),
        uploadedBy: row.sent_by ?? actor?.id ?? signers[0]!.user_id,
        now,
      });
      await closeEnvelope(tx, envelopeId, 'completed', now, {
        completedKey: key,
        completedSha256: sha256,
        completedDocumentId: document.documentId,
      });
      await recordTrail(ctx, tx, row, { kind: 'completed', actor, sha256, now });
      const sender = row.sent_by ? await activeUser(tx, row.sent_by) : null;
      await mailCompleted(ctx, tx, row, [...signers, ...(sender ? [{ ...sender, side: 'firm' as const }] : [])], now);
      await signatureCompleted(tx, {
        envelopeId,
        accountId: row.account_id,
        completedDocumentId: document.documentId,
        completedSha256: sha256,
        now,
      });
      return true;
    });
  } finally {
    if (!completed) {
      await ctx.storage.remove(key).catch(() => undefined);
      if (copy) await discardGeneratedFile(ctx, copy);
    }
  }
  return completed;
}

async function sealedCopy(
  ctx: AppContext,
  envelope: EnvelopeRow,
  signers: SignerRow[],
  fields: FieldRow[],
  events: EventRow[],
  certificate: SealingCertificate,
  now: Date,
) {
  const final: FinalSigner[] = signers.map((signer) => ({
    id: signer.id,
    name: signer.name,
    email: signer.email,
    side: signer.side,
    signatureKind: signer.signature_kind!,
    signatureValue: signer.signature_value!,
    consentedAt: signer.consented_at!,
    signedAt: signer.signed_at!,
    ip: signer.signed_ip,
    userAgent: signer.signed_user_agent,
    signedSha256: signer.signed_sha256!,
  }));
  const original = await readAll(ctx, envelope.original_key);
  // pdf-lib, node-forge and @signpdf load at the first PDF signature work, not at every start.
  const [{ appendCertificate, flattenFields }, { sealPdf }] = await Promise.all([
    import('../pdf/finalize.ts'),
    import('../pdf/seal.ts'),
  ]);
  const flattened = await flattenFields(
    original,
    fields.map((field) => ({ ...field, signerId: field.signer_id })),
    final,
  );
  const withCertificate = await appendCertificate(flattened, {
    envelopeId: envelope.id,
    title: envelope.title,
    accountName: envelope.account_name,
    originalSha256: envelope.original_sha256,
    sentBy: envelope.sent_by_name ?? 'staff',
    sentAt: envelope.created_at,
    completedAt: now,
    signers: final,
    events: events.map((event) => ({
      kind: event.kind,
      who: event.actor_email ?? 'system',
      at: event.occurred_at,
      ip: event.ip,
      userAgent: event.user_agent,
    })),
  });
  return sealPdf(withCertificate, certificate, now);
}
