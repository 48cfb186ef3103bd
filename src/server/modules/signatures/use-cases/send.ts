import { Readable } from 'node:stream';
import type { CreateEnvelope, EnvelopeMode, EnvelopeSource, NewSignatureField } from '../../../../contract/index.ts';
import { accountScopeOf, requireModule, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { currentVersionBytes, releaseHeldUpload } from '../../documents/index.ts';
import { certificateExpiredError, certificateExpiredOn } from '../certificate.ts';
import { notifySigners } from '../emails.ts';
import { sha256Hex } from '../pdf/digest.ts';
import { boxInsidePage, defaultFields } from '../pdf/placement.ts';
import { signaturePolicy } from '../policy.ts';
import { findEnvelope, insertEnvelope, signersOf } from '../repository.ts';
import { accountInScope, eligibleSigners, firmName } from '../repository-people.ts';
import { awaitingSigners } from '../state.ts';
import { claimReminderSlot, reminderSlot } from '../reminders.ts';
import { getEnvelopeUseCase } from './load.ts';
import { recordTrail } from './trail.ts';

/** The PDF of an envelope, stored (not yet pointed at by any row) with its SHA-256 and page count. */
export interface PreparedPdf {
  envelopeId: string;
  source: 'document' | 'template';
  sourceDocumentId: string | null;
  storageKey: string;
  sha256: string;
  pageCount: number;
}

const notAPdf = () => fieldError('source.documentId', 'not_a_pdf', 'Choose a PDF (not encrypted) from the documents.');

/** The bytes of an envelope's PDF from its source, with its page count (400 when it is no readable PDF). */
export async function renderSourcePdf(
  ctx: AppContext,
  account: { id: string; name: string },
  source: EnvelopeSource,
  title: string,
  db: Queryable = ctx.db,
) {
  let bytes: Uint8Array;
  if (source.kind === 'document') {
    const file = await currentVersionBytes(ctx, db, account.id, source.documentId);
    if (!file) throw fieldError('source.documentId', 'not_found', 'No such document in this account.');
    if (file.contentType !== 'application/pdf') throw notAPdf();
    bytes = file.bytes;
  } else {
    // pdf-lib loads at the first PDF signature work, not at every start.
    const { DEFAULT_ENGAGEMENT_BODY, renderTemplatePdf } = await import('../pdf/template.ts');
    bytes = await renderTemplatePdf({
      title,
      firmName: await firmName(db),
      clientName: account.name,
      fees: source.fees,
      date: source.date,
      body: source.body ?? DEFAULT_ENGAGEMENT_BODY,
    });
  }
  const { PDFDocument } = await import('pdf-lib');
  try {
    const pageCount = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
    return { bytes, pageCount };
  } catch {
    throw notAPdf();
  }
}

/**
 * Makes the envelope's PDF from its source (a document's current version, or the engagement letter with its merge
 * fields) and stores it. Outside any transaction (storage is not the database); the caller's transaction then
 * names it, and `discardPreparedPdf` drops it if that transaction fails. `db`: the caller's transaction when it
 * already holds one (an onboarding step), so the reads do not wait on it.
 */
export async function prepareEnvelopePdf(
  ctx: AppContext,
  account: { id: string; name: string },
  source: EnvelopeSource,
  title: string,
  db: Queryable = ctx.db,
): Promise<PreparedPdf> {
  const { bytes, pageCount } = await renderSourcePdf(ctx, account, source, title, db);
  const envelopeId = newId();
  const storageKey = `signatures/${account.id}/${envelopeId}`;
  await ctx.storage.write(storageKey, Readable.from([Buffer.from(bytes)]));
  return {
    envelopeId,
    source: source.kind,
    sourceDocumentId: source.kind === 'document' ? source.documentId : null,
    storageKey,
    sha256: sha256Hex(bytes),
    pageCount,
  };
}

export async function discardPreparedPdf(ctx: AppContext, prepared: PreparedPdf) {
  await ctx.storage.remove(prepared.storageKey).catch((error: unknown) => {
    ctx.logger.warn({ err: error, key: prepared.storageKey }, 'could not remove an unsent envelope PDF');
  });
}

export interface SignatureRequest {
  accountId: string;
  sentBy: { id: string; email: string };
  title: string;
  message: string;
  prepared: PreparedPdf;
  signerIds: string[];
  mode: EnvelopeMode;
  fields?: NewSignatureField[];
  expiresAt: string | null;
}

/**
 * Sends an envelope inside the caller's transaction (the console's send, or another module's step: onboarding):
 * checks the signers (staff, or the account's people; each once) and the fields (on a page, one signature field per
 * signer at least), writes the envelope, its trail's "sent", and tells the signers whose turn it is.
 */
export async function requestSignatureInTransaction(ctx: AppContext, tx: Queryable, request: SignatureRequest) {
  const { signerIds, prepared } = request;
  if (new Set(signerIds).size !== signerIds.length)
    throw fieldError('signerIds', 'duplicate', 'Name each signer once.');
  const eligible = new Map((await eligibleSigners(tx, request.accountId, signerIds)).map((row) => [row.id, row]));
  const missing = signerIds.findIndex((id) => !eligible.has(id));
  if (missing >= 0) throw fieldError(`signerIds.${missing}`, 'not_eligible', 'Choose staff or people of this account.');
  const fields = request.fields ?? defaultFields(signerIds.length, prepared.pageCount);
  fields.forEach((field, index) => {
    if (field.signer >= signerIds.length)
      throw fieldError(`fields.${index}.signer`, 'no_such_signer', 'This field names no signer of this request.');
    if (field.page > prepared.pageCount)
      throw fieldError(`fields.${index}.page`, 'no_such_page', `The document has ${prepared.pageCount} pages.`);
    if (!boxInsidePage(field))
      throw fieldError(`fields.${index}`, 'off_page', 'Place the field inside the edges of its page.');
  });
  const unsigned = signerIds.findIndex((_, i) => !fields.some((f) => f.signer === i && f.kind === 'signature'));
  if (unsigned >= 0) throw fieldError('fields', 'signature_missing', `Signer ${unsigned + 1} has no signature field.`);
  if (request.expiresAt && new Date(request.expiresAt) <= ctx.clock.now())
    throw fieldError('expiresAt', 'in_the_past', 'Choose an expiry in the future.');
  const now = ctx.clock.now();
  const signers = signerIds.map((userId) => {
    const user = eligible.get(userId)!;
    return { ...user, id: newId(), userId, side: user.staff ? ('firm' as const) : ('client' as const) };
  });
  await insertEnvelope(tx, {
    id: prepared.envelopeId,
    accountId: request.accountId,
    title: request.title,
    message: request.message,
    source: prepared.source,
    sourceDocumentId: prepared.sourceDocumentId,
    mode: request.mode,
    originalKey: prepared.storageKey,
    originalSha256: prepared.sha256,
    pageCount: prepared.pageCount,
    expiresAt: request.expiresAt,
    sentBy: request.sentBy.id,
    now,
    signers: signers.map(({ id, userId, side, name, email }) => ({ id, userId, side, name, email })),
    fields: fields.map((field) => ({
      id: newId(),
      signer_id: signers[field.signer]!.id,
      kind: field.kind,
      page: field.page,
      x: field.x,
      y: field.y,
      width: field.width,
      height: field.height,
      label: field.label,
      required: field.required,
    })),
  });
  // A PDF uploaded in the send form was held until used: used now, in the send's transaction, so it stays.
  if (prepared.sourceDocumentId) await releaseHeldUpload(tx, prepared.sourceDocumentId);
  // Portal-wide read: the envelope was written in this transaction.
  const envelope = (await findEnvelope(tx, prepared.envelopeId, [true, []], true))!;
  await recordTrail(ctx, tx, envelope, { kind: 'sent', actor: request.sentBy, sha256: prepared.sha256, now });
  await notifyTurn(ctx, tx, prepared.envelopeId, now);
  return prepared.envelopeId;
}

/** Tells the signers whose turn it now is (and marks this interval's reminder as sent for them). */
export async function notifyTurn(ctx: AppContext, tx: Queryable, envelopeId: string, now: Date) {
  // Portal-wide read: the envelope was written or locked in this transaction by a caller who could see it.
  const envelope = (await findEnvelope(tx, envelopeId, [true, []]))!;
  const signers = await signersOf(tx, [envelopeId]);
  const turn = awaitingSigners(
    envelope.status,
    envelope.mode,
    signers.map((row) => ({ ...row, userId: row.user_id })),
  );
  if (!turn.length) return;
  const slot = reminderSlot(ctx, now);
  if (slot !== null)
    await claimReminderSlot(
      tx,
      turn.map((signer) => signer.id),
      slot,
      now,
    );
  await notifySigners(ctx, tx, envelope, turn, 'requested');
}

/** Staff send a PDF of the account for signature. */
export async function sendEnvelopeUseCase(ctx: AppContext, actor: Actor, accountId: string, input: CreateEnvelope) {
  const account = await accountInScope(ctx.db, accountId, scopeParams(accountScopeOf(actor)));
  if (!account) throw notFound();
  if (!signaturePolicy.canSend(actor)) throw forbidden();
  requireModule(actor, accountId, 'signatures');
  // Nothing sent now could be sealed when signed: refused (409) until owners or admins replace the certificate.
  const expiredOn = await certificateExpiredOn(ctx);
  if (expiredOn) throw certificateExpiredError(expiredOn);
  const prepared = await prepareEnvelopePdf(ctx, account, input.source, input.title);
  try {
    await ctx.db.transaction((tx) =>
      requestSignatureInTransaction(ctx, tx, {
        accountId,
        sentBy: { id: actor.userId, email: actor.email },
        title: input.title,
        message: input.message,
        prepared,
        signerIds: input.signerIds,
        mode: input.mode,
        fields: input.fields,
        expiresAt: input.expiresAt,
      }),
    );
  } catch (error) {
    await discardPreparedPdf(ctx, prepared);
    throw error;
  }
  return getEnvelopeUseCase(ctx, actor, prepared.envelopeId);
}
