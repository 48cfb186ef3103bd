import { useState } from 'react';
import type { DeletionRequestStatus, StaffDeletionRequest } from '../../../contract/index.ts';
import { useSubmit } from '../../api/hooks.ts';
import { formatDateTime, t } from '../../i18n/index.ts';
import { Badge, PageHeader, usePageTitle } from '../../ui/common.tsx';
import { useConfirm } from '../../ui/ConfirmDialog.tsx';
import { SelectField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { PagedTable } from '../../ui/PagedTable.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { porticoApi } from '../../api/typed-client.ts';
import { useApiPages } from '../../api/typed-hooks.ts';

const STATUSES: DeletionRequestStatus[] = ['scheduled', 'cancelled', 'completed'];
const TONE = { scheduled: 'warning', cancelled: 'neutral', completed: 'success' } as const;

/** The console's deletion requests: who asked, when they are erased, what holds them, and a way to cancel. */
export function DeletionRequestsPage() {
  usePageTitle(t('deletion.console.title'));
  const toast = useToast();
  const confirm = useConfirm();
  const submission = useSubmit();
  const [status, setStatus] = useState<DeletionRequestStatus | ''>('scheduled');
  const list = useApiPages('/api/v1/deletion-requests', { query: status ? { status } : {} });

  const cancel = async (request: StaffDeletionRequest) => {
    const confirmed = await confirm({
      title: t('deletion.console.cancelConfirm', { name: request.person.name }),
      confirmLabel: t('deletion.console.cancel'),
    });
    if (!confirmed) return;
    const ok = await submission.run(() =>
      porticoApi
        .POST('/api/v1/deletion-requests/{requestId}/cancel', { params: { path: { requestId: request.id } } })
        .then(() => list.reload()),
    );
    if (ok) toast(t('deletion.console.cancelled'));
  };

  return (
    <>
      <PageHeader title={t('deletion.console.title')} description={t('deletion.console.intro')} />
      <div className="form-row" role="search">
        <SelectField
          label={t('deletion.console.status')}
          name="status"
          value={status}
          onChange={(event) => setStatus(event.target.value as DeletionRequestStatus | '')}
        >
          <option value="">{t('deletion.filter.all')}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`deletion.status.${value}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <FormAlert error={submission.error} />
      <PagedTable
        list={list}
        caption={t('deletion.console.title')}
        rowKey={(request) => request.id}
        empty={<p className="muted">{t('deletion.console.empty')}</p>}
        columns={[
          {
            header: t('deletion.console.person'),
            cell: (request) => (
              <>
                <strong>{request.person.name}</strong>
                <div className="small muted break-all">{request.person.email}</div>
                {request.requestedByStaff ? <div className="small muted">{t('deletion.console.byStaff')}</div> : null}
              </>
            ),
          },
          {
            header: t('deletion.console.status'),
            cell: (request) => (
              <>
                <Badge tone={TONE[request.status]}>{t(`deletion.status.${request.status}`)}</Badge>
                {request.blocked ? (
                  <div className="small">{t('deletion.blocked', { reason: request.blocked.reason })}</div>
                ) : null}
                {/* Holds standing now: the erasure waits past its date while any of them stands. */}
                {request.holds.map((hold) => (
                  <div className="small" key={`${hold.account?.id ?? 'person'}-${hold.setAt}`}>
                    {hold.account
                      ? t('deletion.console.heldAccount', { account: hold.account.name, reason: hold.reason })
                      : t('deletion.console.heldPerson', { reason: hold.reason })}
                  </div>
                ))}
              </>
            ),
          },
          {
            header: t('deletion.console.scheduledFor'),
            cell: (request) => formatDateTime(request.completedAt ?? request.scheduledFor),
          },
          {
            header: '',
            cell: (request) =>
              request.abilities.cancel ? (
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  onClick={() => void cancel(request)}
                  disabled={submission.pending}
                >
                  {t('deletion.console.cancel')}
                </button>
              ) : null,
          },
        ]}
      />
    </>
  );
}
