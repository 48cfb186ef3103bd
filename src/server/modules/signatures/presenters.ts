import type { Envelope } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { signaturePolicy } from './policy.ts';
import type { EnvelopeRow, EventRow, FieldRow, SignerRow } from './repository.ts';
import { awaitingSigners } from './state.ts';

const stateOf = (signers: SignerRow[]) =>
  signers.map((row) => ({ ...row, userId: row.user_id, position: row.position, status: row.status }));

/** Row -> API object. Signature images and origins stay in the firm's record (the completed PDF shows them). */
export function presentEnvelope(
  row: EnvelopeRow,
  signers: SignerRow[],
  fields: FieldRow[],
  events: EventRow[],
  actor: Actor,
): Envelope {
  const awaiting = new Set(awaitingSigners(row.status, row.mode, stateOf(signers)).map((signer) => signer.user_id));
  const origin = signaturePolicy.seesOrigin(actor);
  return {
    id: row.id,
    accountId: row.account_id,
    accountName: row.account_name,
    title: row.title,
    message: row.message,
    source: row.source,
    mode: row.mode,
    status: row.status,
    contentSha256: row.original_sha256,
    pageCount: row.page_count,
    completedSha256: row.completed_sha256,
    completedDocumentId: row.completed_document_id,
    expiresAt: row.expires_at?.toISOString() ?? null,
    voidReason: row.void_reason,
    signers: signers.map((signer) => ({
      id: signer.id,
      userId: signer.user_id,
      name: signer.name,
      email: signer.email,
      side: signer.side,
      position: signer.position,
      status: signer.status,
      awaiting: awaiting.has(signer.user_id),
      signedAt: signer.signed_at?.toISOString() ?? null,
      declineReason: signer.decline_reason,
    })),
    fields: fields.map((field) => ({
      id: field.id,
      signerId: field.signer_id,
      kind: field.kind,
      page: field.page,
      x: field.x,
      y: field.y,
      width: field.width,
      height: field.height,
      label: field.label,
      required: field.required,
      value: field.value,
    })),
    events: events.map((event) => ({
      kind: event.kind,
      signerId: event.signer_id,
      actorName: event.actor_name,
      occurredAt: event.occurred_at.toISOString(),
      ip: origin ? event.ip : null,
      userAgent: origin ? event.user_agent : null,
      detail: event.detail,
    })),
    createdAt: row.created_at.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
    version: row.version,
    abilities: signaturePolicy.abilities(actor, {
      status: row.status,
      awaitingUserIds: [...awaiting],
      completed: row.status === 'completed' && row.completed_key !== null,
    }),
  };
}
