import type { Queryable } from '../../../platform/db/index.ts';
import { publishEvent } from '../../../platform/realtime/index.ts';
import { recordAudit } from '../../audit/index.ts';
import type { DocumentVersionAdded } from '../../documents/index.ts';
import { cancelPendingForDocument } from '../repository.ts';

/**
 * A new version of a document cancels the pending approvals of its older content, in the transaction that adds
 * the version: no one can approve bytes that are no longer the document's, and staff re-request on the new one.
 */
export async function cancelApprovalsOnNewVersion(tx: Queryable, event: DocumentVersionAdded) {
  const cancelled = await cancelPendingForDocument(tx, event.documentId, event.versionId, event.now);
  for (const approval of cancelled) {
    await recordAudit(tx, {
      action: 'approval.cancelled',
      actor: null,
      target: { type: 'approval', id: approval.id, label: approval.title },
      accountId: approval.account_id,
      details: { reason: 'new_version', documentId: event.documentId, versionId: event.versionId },
      occurredAt: event.now,
    });
    await publishEvent(
      tx,
      {
        type: 'approval.updated',
        accountId: approval.account_id,
        audience: approval.internal ? 'staff' : 'account',
        data: { approvalId: approval.id },
      },
      event.now,
    );
  }
}
