import type { FormEvent } from 'react';
import type { Approval, Document } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { usePagedList, useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { useMe } from '../../session/SessionProvider.tsx';
import { ErrorState } from '../../ui/common.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { ApprovalCard } from './ApprovalCard.tsx';
import { ApprovalRequestFields, useApprovalRequest } from './ApprovalRequestFields.tsx';

/**
 * The approvals of one document, next to its versions: each names the exact version and SHA-256 it is about, so
 * a decision on version 2 never reads as one on version 3. Staff ask for a new one on the current version.
 */
export function DocumentApprovals({ doc }: { doc: Document }) {
  const me = useMe();
  const list = usePagedList<Approval>(`/accounts/${doc.accountId}/approvals`, { documentId: doc.id, limit: 20 });
  const replace = (next: Approval) =>
    list.setItems((items) =>
      items.some((item) => item.id === next.id)
        ? items.map((item) => (item.id === next.id ? next : item))
        : [next, ...items],
    );
  return (
    <section aria-labelledby="approvals-heading" className="panel approvals">
      <h2 id="approvals-heading">{t('approvals.title')}</h2>
      {me.user.staffRole ? <RequestApprovalForm doc={doc} onCreated={replace} /> : null}
      {list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
      {!list.loading && !list.items.length && !list.error ? <p className="muted">{t('approvals.empty')}</p> : null}
      {list.items.map((approval) => (
        <ApprovalCard key={approval.id} approval={approval} onChange={replace} />
      ))}
    </section>
  );
}

function RequestApprovalForm({ doc, onCreated }: { doc: Document; onCreated: (approval: Approval) => void }) {
  const toast = useToast();
  const submit = useSubmit();
  const request = useApprovalRequest();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const ok = await submit.run(async (idempotencyKey) => {
      onCreated(
        await api<Approval>(`/accounts/${doc.accountId}/approvals`, {
          method: 'POST',
          idempotencyKey,
          body: { subjectType: 'document_version', documentIds: [doc.id], ...request.body },
        }),
      );
    });
    if (ok) {
      request.reset();
      toast(t('approvals.request.done'));
    }
  }
  return (
    <details className="card">
      <summary>{t('approvals.request.title')}</summary>
      <form className="stack approval" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormAlert error={submit.error} fields={['approverIds', 'dueDate', 'message', 'mode']} />
        <ApprovalRequestFields
          accountId={doc.accountId}
          staffOnly={doc.area === 'internal'}
          values={request.values}
          onChange={request.setValues}
          error={submit.error}
        />
        <button type="submit" className="btn" disabled={submit.pending || !request.values.approverIds.length}>
          {t('approvals.request.submit')}
        </button>
      </form>
    </details>
  );
}
