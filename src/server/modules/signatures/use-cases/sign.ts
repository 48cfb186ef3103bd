import type { SignEnvelope } from '../../../../contract/index.ts';
import { requireModule, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { conflict, fieldError, forbidden } from '../../../platform/http/errors.ts';
import { currentRequest } from '../../../platform/http/request-scope.ts';
import {
  closeEnvelope,
  fieldsOf,
  recordSignature,
  setFieldValues,
  signersOf,
  type EnvelopeRow,
} from '../repository.ts';
import { allSigned, signRefusal, type SignRefusal } from '../state.ts';
import { finalizeEnvelope } from './complete.ts';
import { getEnvelopeUseCase, loadEnvelope } from './load.ts';
import { notifyTurn } from './send.ts';
import { recordTrail } from './trail.ts';

export const REFUSALS: Record<SignRefusal | 'expired', () => Error> = {
  not_a_signer: () => forbidden('You are not a signer of this document.', 'not_a_signer'),
  already_signed: () => conflict('You have already signed or declined this.', 'already_signed'),
  closed: () => conflict('This envelope is closed.', 'envelope_closed'),
  not_your_turn: () => conflict('Earlier signers sign first.', 'not_your_turn'),
  expired: () => conflict('This envelope has expired.', 'envelope_expired'),
};

/**
 * Under the envelope's row lock: an open envelope past its expiry is closed as expired there and then (the caller
 * commits that, then refuses), so nobody signs after the expiry even before the sweep runs.
 */
export async function expireIfDue(ctx: AppContext, tx: Queryable, row: EnvelopeRow, now: Date) {
  if (row.status !== 'sent' || !row.expires_at || row.expires_at > now) return false;
  await closeEnvelope(tx, row.id, 'expired', now);
  await recordTrail(ctx, tx, row, { kind: 'expired', actor: null, now });
  return true;
}

/** Kinds whose value the signer gives (a date is the signing day, a signature is the signature itself). */
const FILLABLE = new Set(['text', 'checkbox', 'initials']);

/**
 * The caller's values: their own fields only (another signer's field, or a date, is 400 not_your_field); required
 * text filled, a required checkbox ticked, initials of letters only. Initials left out are the name's initials.
 */
async function checkedValues(tx: Queryable, envelopeId: string, signerId: string, values: Record<string, string>) {
  const own = (await fieldsOf(tx, [envelopeId])).filter((field) => field.signer_id === signerId);
  const fillable = new Map(own.filter((f) => FILLABLE.has(f.kind)).map((f) => [f.id, f]));
  for (const id of Object.keys(values))
    if (!fillable.has(id)) throw fieldError(`values.${id}`, 'not_your_field', 'This is not one of your fields.');
  for (const field of fillable.values()) {
    const value = values[field.id];
    const name = field.label || 'this field';
    if (field.kind === 'checkbox' && value !== undefined && value !== 'true' && value !== 'false')
      throw fieldError(`values.${field.id}`, 'invalid_checkbox', 'A checkbox is "true" or "false".');
    if (field.required && field.kind === 'checkbox' && value !== 'true')
      throw fieldError(`values.${field.id}`, 'required', `Tick "${name}".`);
    if (field.required && field.kind === 'text' && !value)
      throw fieldError(`values.${field.id}`, 'required', `Fill in "${name}".`);
    if (field.kind === 'initials' && value !== undefined && !/^[\p{L}][\p{L}.\- ]{0,9}$/u.test(value))
      throw fieldError(`values.${field.id}`, 'invalid_initials', 'Initials are up to ten letters.');
  }
  return Object.entries(values).map(([id, value]) => ({ id, value }));
}

/**
 * The caller signs for themselves, bound to the PDF they saw: `contentSha256` must be the envelope's (409
 * content_changed). Under the envelope's row lock, so concurrent signs queue and each sees the others: a replay or a
 * lost race finds the signature made (409 already_signed), and the last signature completes the envelope once.
 * Consent, time, IP and user agent go into the signer's row, the trail and the audit log in the same transaction.
 */
export async function signEnvelopeUseCase(ctx: AppContext, actor: Actor, id: string, input: SignEnvelope) {
  await loadEnvelope(ctx, actor, id);
  const now = ctx.clock.now();
  const origin = currentRequest();
  const who = { id: actor.userId, email: actor.email };
  let expired = false;
  let complete = false;
  await ctx.db.transaction(async (tx) => {
    const row = await loadEnvelope(ctx, actor, id, tx, true);
    requireModule(actor, row.account_id, 'signatures');
    if ((expired = await expireIfDue(ctx, tx, row, now))) return;
    const signers = await signersOf(tx, [id]);
    const refusal = signRefusal(
      row.status,
      row.mode,
      signers.map((s) => ({ ...s, userId: s.user_id })),
      actor.userId,
    );
    if (refusal) throw REFUSALS[refusal]();
    if (input.contentSha256 !== row.original_sha256)
      throw conflict('The document changed since you looked at it. Review it again.', 'content_changed');
    const own = signers.find((signer) => signer.user_id === actor.userId)!;
    const values = await checkedValues(tx, id, own.id, input.values);
    const signature = input.signature;
    const recorded = await recordSignature(tx, own.id, {
      kind: signature.kind,
      value: signature.kind === 'typed' ? signature.name : signature.image,
      sha256: row.original_sha256,
      ip: origin?.ip ?? null,
      userAgent: origin?.userAgent ?? null,
      now,
    });
    if (!recorded) throw REFUSALS.already_signed();
    await setFieldValues(tx, id, values);
    await recordTrail(ctx, tx, row, {
      kind: 'signed',
      signerId: own.id,
      actor: who,
      sha256: row.original_sha256,
      detail: `consented to sign electronically; ${signature.kind} signature`,
      now,
    });
    const after = await signersOf(tx, [id]);
    complete = allSigned(after.map((s) => ({ ...s, userId: s.user_id })));
    if (!complete && row.mode === 'sequential') await notifyTurn(ctx, tx, id, now);
  });
  if (expired) throw REFUSALS.expired();
  // The signature is committed; if sealing fails now, the sweep completes the envelope later.
  if (complete)
    await finalizeEnvelope(ctx, id, who).catch((error: unknown) => {
      ctx.logger.error({ err: error, envelopeId: id }, 'could not complete a signed envelope; the sweep will retry');
    });
  return getEnvelopeUseCase(ctx, actor, id);
}
