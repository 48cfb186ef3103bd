import { useState, type FormEvent } from 'react';
import type { Approval } from '../../../contract/index.ts';
import { api, errorMessage } from '../../api/client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { formatDate, formatDateTime, t } from '../../i18n/index.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { Badge } from '../../ui/common.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';

const TONE = { pending: 'warning', approved: 'success', changes_requested: 'warning', cancelled: 'neutral' } as const;

export function StatusBadge({ approval }: { approval: Approval }) {
  return <Badge tone={TONE[approval.status]}>{t(`approvals.status.${approval.status}`)}</Badge>;
}

/**
 * One approval: what exactly is asked about (each version and its SHA-256), the approvers and their decisions,
 * and, for the approver whose turn it is, the decision form bound to the content hash shown.
 */
export function ApprovalCard({ approval, onChange }: { approval: Approval; onChange: (next: Approval) => void }) {
  const { branding } = useSession();
  const toast = useToast();
  const submit = useSubmit();
  const [comment, setComment] = useState('');
  const a = approval.abilities;

  async function decide(event: FormEvent, decision: 'approved' | 'changes_requested') {
    event.preventDefault();
    const ok = await submit.run(async (idempotencyKey) => {
      onChange(
        await api<Approval>(`/approvals/${approval.id}/decision`, {
          method: 'POST',
          idempotencyKey,
          body: { decision, comment, contentSha256: approval.contentSha256 },
        }),
      );
    });
    if (ok) toast(t('approvals.decide.done'));
  }
  async function act(path: 'rerequest' | 'cancel') {
    try {
      const result = await api<Approval>(`/approvals/${approval.id}/${path}`, {
        method: 'POST',
        idempotencyKey: path === 'rerequest',
      });
      if (path === 'rerequest') toast(t('approvals.rerequest.done'));
      onChange(result);
    } catch (error) {
      toast(errorMessage(error), 'error');
    }
  }

  const headingId = `approval-${approval.id}`;
  return (
    <article className="card stack approval" aria-labelledby={headingId}>
      <header className="approval__header">
        <h3 id={headingId}>{approval.title}</h3>
        <StatusBadge approval={approval} />
      </header>
      <ul className="approval__items">
        {approval.items.map((item) => (
          <li key={item.versionId}>
            {t('approvals.item', { name: item.name, number: item.versionNumber })}{' '}
            <span className="muted small">
              {t('approvals.sha')} <code title={item.sha256}>{item.sha256.slice(0, 12)}</code>
            </span>
          </li>
        ))}
      </ul>
      {approval.message ? <p className="pre-wrap">{approval.message}</p> : null}
      <p className="muted small">
        {t(`approvals.mode.${approval.mode}`)}
        {approval.dueDate ? ` · ${t('approvals.due', { date: formatDate(approval.dueDate) })}` : ''}
        {approval.cancelReason
          ? ` · ${t(`approvals.cancelReason.${approval.cancelReason as 'new_version' | 'withdrawn'}`, { portal: branding.name })}`
          : ''}
      </p>
      <ol className="approval__approvers">
        {approval.approvers.map((approver) => (
          <li key={approver.userId}>
            <strong>{approver.name}</strong>{' '}
            <span className="muted small">
              {approver.decision && approver.decidedAt
                ? t('approvals.decision.when', {
                    decision: t(`approvals.decision.${approver.decision}`),
                    when: formatDateTime(approver.decidedAt),
                  })
                : t(approver.awaiting ? 'approvals.decision.waiting' : 'approvals.decision.later')}
              {approver.decidedIp ? ` · ${approver.decidedIp}` : ''}
            </span>
            {approver.comment ? <p className="pre-wrap">{approver.comment}</p> : null}
          </li>
        ))}
      </ol>
      {a.decide ? (
        <form className="stack" onSubmit={(event) => void decide(event, 'approved')} noValidate>
          <h4>{t('approvals.decide.title')}</h4>
          <p className="small">
            {t('approvals.decide.bound')} <code className="break-all">{approval.contentSha256}</code>
          </p>
          <FormAlert error={submit.error} fields={['comment']} />
          <label htmlFor={`${headingId}-comment`}>{t('approvals.decide.comment')}</label>
          <textarea
            id={`${headingId}-comment`}
            value={comment}
            maxLength={5000}
            rows={3}
            onChange={(event) => setComment(event.target.value)}
          />
          <div className="approval-actions">
            <button type="submit" className="btn" disabled={submit.pending}>
              {t('approvals.decide.approve')}
            </button>
            <button
              type="button"
              className="btn btn--secondary"
              disabled={submit.pending}
              onClick={(event) => void decide(event, 'changes_requested')}
            >
              {t('approvals.decide.requestChanges')}
            </button>
          </div>
        </form>
      ) : null}
      {a.rerequest || a.cancel ? (
        <div className="approval-actions">
          {a.rerequest ? (
            <button type="button" className="btn btn--secondary" onClick={() => void act('rerequest')}>
              {t('approvals.rerequest')}
            </button>
          ) : null}
          {a.cancel ? (
            <button type="button" className="btn btn--secondary" onClick={() => void act('cancel')}>
              {t('approvals.cancel')}
            </button>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
