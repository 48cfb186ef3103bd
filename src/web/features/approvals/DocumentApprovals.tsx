import { useState, type FormEvent } from 'react';
import type { Approval, ApprovalMode, Document, Member } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { usePagedList, useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { useMe } from '../../session/SessionProvider.tsx';
import { ErrorState } from '../../ui/common.tsx';
import { Checkbox, GroupError, SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { ApprovalCard } from './ApprovalCard.tsx';

interface StaffUser {
  id: string;
  name: string;
}

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
  const internal = doc.area === 'internal';
  const members = usePagedList<Member>(internal ? null : `/accounts/${doc.accountId}/members`, { limit: 200 });
  const staff = usePagedList<StaffUser>('/staff-users', { limit: 200 });
  const [chosen, setChosen] = useState<string[]>([]);
  const [mode, setMode] = useState<ApprovalMode>('parallel');
  const [dueDate, setDueDate] = useState('');
  const [message, setMessage] = useState('');
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => (on ? [...current, id] : current.filter((value) => value !== id)));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const ok = await submit.run(async (idempotencyKey) => {
      onCreated(
        await api<Approval>(`/accounts/${doc.accountId}/approvals`, {
          method: 'POST',
          idempotencyKey,
          body: {
            subjectType: 'document_version',
            documentIds: [doc.id],
            approverIds: chosen,
            mode,
            message,
            ...(dueDate ? { dueDate } : {}),
          },
        }),
      );
    });
    if (ok) {
      setChosen([]);
      toast(t('approvals.request.done'));
    }
  }
  return (
    <details className="card">
      <summary>{t('approvals.request.title')}</summary>
      <form className="stack approval" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormAlert error={submit.error} fields={['approverIds', 'dueDate', 'message', 'mode']} />
        <fieldset className="approvers-choice">
          <legend>{t('approvals.request.approvers')}</legend>
          {members.items.map((member) => (
            <Checkbox
              key={member.userId}
              label={member.name}
              checked={chosen.includes(member.userId)}
              onChange={(event) => toggle(member.userId, event.target.checked)}
            />
          ))}
          {staff.items.map((user) => (
            <Checkbox
              key={user.id}
              label={t('approvals.request.staff', { name: user.name })}
              checked={chosen.includes(user.id)}
              onChange={(event) => toggle(user.id, event.target.checked)}
            />
          ))}
          <GroupError error={submit.error} name="approverIds" />
        </fieldset>
        <SelectField
          label={t('approvals.request.mode')}
          name="mode"
          value={mode}
          onChange={(event) => setMode(event.target.value as ApprovalMode)}
        >
          <option value="parallel">{t('approvals.mode.parallel')}</option>
          <option value="sequential">{t('approvals.mode.sequential')}</option>
        </SelectField>
        <TextField
          label={t('approvals.request.due')}
          name="dueDate"
          type="date"
          value={dueDate}
          error={submit.error}
          onChange={(event) => setDueDate(event.target.value)}
        />
        <TextField
          label={t('approvals.request.message')}
          name="message"
          value={message}
          maxLength={5000}
          error={submit.error}
          onChange={(event) => setMessage(event.target.value)}
        />
        <button type="submit" className="btn" disabled={submit.pending || !chosen.length}>
          {t('approvals.request.submit')}
        </button>
      </form>
    </details>
  );
}
