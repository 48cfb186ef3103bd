import type { AuditAction } from '../../../../contract/index.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { currentRequest } from '../../../platform/http/request-scope.ts';
import { newId } from '../../../platform/ids.ts';
import { publishEvent } from '../../../platform/realtime/index.ts';
import { recordAudit } from '../../audit/index.ts';
import type { EnvelopeRow } from '../repository.ts';
import { insertEvent } from '../repository.ts';
import { reportEnvelopeProgress } from './progress.ts';

export interface TrailEntry {
  kind: 'sent' | 'viewed' | 'signed' | 'declined' | 'voided' | 'expired' | 'completed' | 'reminded';
  signerId?: string | null;
  actor: { id: string; email: string } | null;
  sha256?: string | null;
  detail?: string | null;
  now: Date;
}

/**
 * One event of an envelope, written twice in the caller's transaction: in the envelope's own trail (printed on the
 * certificate) and in the audit log, each with the request's IP and user agent; and an `signature.updated` event so
 * open pages refresh; then the listening modules hear whose turn it is or how it closed. A sweep's entry (expiry)
 * has no actor and no request.
 */
export async function recordTrail(ctx: AppContext, tx: Queryable, envelope: EnvelopeRow, entry: TrailEntry) {
  const origin = currentRequest();
  await insertEvent(tx, {
    id: newId(entry.now.getTime()),
    envelopeId: envelope.id,
    signerId: entry.signerId ?? null,
    kind: entry.kind,
    actorUserId: entry.actor?.id ?? null,
    ip: origin?.ip ?? null,
    userAgent: origin?.userAgent ?? null,
    sha256: entry.sha256 ?? null,
    detail: entry.detail ?? null,
    now: entry.now,
  });
  await recordAudit(tx, {
    action: `signature.${entry.kind}` as AuditAction,
    actor: entry.actor ? { id: entry.actor.id, label: entry.actor.email } : null,
    target: { type: 'signature_envelope', id: envelope.id, label: envelope.title },
    accountId: envelope.account_id,
    details: { signerId: entry.signerId ?? null, sha256: entry.sha256 ?? null, detail: entry.detail ?? null },
    occurredAt: entry.now,
  });
  if (entry.kind !== 'viewed')
    await publishEvent(
      tx,
      {
        type: 'signature.updated',
        accountId: envelope.account_id,
        audience: 'account',
        data: { envelopeId: envelope.id },
      },
      entry.now,
    );
  await reportEnvelopeProgress(tx, envelope, entry);
}
