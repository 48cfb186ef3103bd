import { useState } from 'react';
import type { Job } from '../../../../contract/index.ts';
import { api, errorMessage } from '../../../api/client.ts';
import { usePagedList } from '../../../api/hooks.ts';
import { formatDateTime, t, type MessageKey } from '../../../i18n/index.ts';
import { SelectField } from '../../../ui/Field.tsx';
import { Badge, EmptyState, PageHeader } from '../../../ui/common.tsx';
import { PagedTable } from '../../../ui/PagedTable.tsx';
import { useToast } from '../../../ui/Toast.tsx';

const STATUSES: Job['status'][] = ['failed', 'queued', 'running', 'done'];
const STATUS_KEYS: Record<Job['status'], MessageKey> = {
  failed: 'jobs.status.failed',
  queued: 'jobs.status.queued',
  running: 'jobs.status.running',
  done: 'jobs.status.done',
};

/** The delivery queue (emails, notifications): what failed, why, and a retry button. */
export function JobsPage() {
  const toast = useToast();
  const [status, setStatus] = useState<Job['status'] | ''>('failed');
  const list = usePagedList<Job>('/jobs', { limit: 50, ...(status ? { status } : {}) });

  const retry = async (job: Job) => {
    try {
      await api(`/jobs/${job.id}/retry`, { method: 'POST' });
      toast(t('jobs.retried'));
      list.reload();
    } catch (error) {
      toast(errorMessage(error), 'error');
    }
  };

  return (
    <>
      <PageHeader
        title={t('jobs.title')}
        description={t('jobs.intro')}
        actions={
          <button type="button" className="btn btn--secondary" onClick={list.reload}>
            {t('jobs.refresh')}
          </button>
        }
      />
      <SelectField
        label={t('jobs.filter.status')}
        name="status"
        value={status}
        onChange={(event) => setStatus(event.target.value as Job['status'] | '')}
      >
        <option value="">{t('jobs.filter.all')}</option>
        {STATUSES.map((value) => (
          <option key={value} value={value}>
            {t(STATUS_KEYS[value])}
          </option>
        ))}
      </SelectField>
      <PagedTable
        list={list}
        caption={t('jobs.title')}
        rowKey={(job) => job.id}
        empty={<EmptyState title={t(status === 'failed' ? 'jobs.emptyFailed' : 'jobs.empty')} />}
        columns={[
          { header: t('jobs.col.kind'), cell: (job) => job.kind },
          {
            header: t('jobs.col.status'),
            cell: (job) => (
              <Badge tone={job.status === 'failed' ? 'warning' : job.status === 'done' ? 'success' : 'neutral'}>
                {t(STATUS_KEYS[job.status])}
              </Badge>
            ),
          },
          {
            header: t('jobs.col.attempts'),
            className: 'num',
            cell: (job) => t('jobs.attempts', { attempts: job.attempts, max: job.maxAttempts }),
          },
          { header: t('jobs.col.runAt'), cell: (job) => formatDateTime(job.runAt, { timeStyle: 'medium' }) },
          { header: t('jobs.col.error'), cellClassName: 'small', cell: (job) => job.lastError ?? '—' },
          {
            header: <span className="sr-only">{t('jobs.col.actions')}</span>,
            className: 'actions',
            cell: (job) =>
              job.abilities.retry ? (
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  aria-label={t('jobs.retryNamed', { kind: job.kind })}
                  onClick={() => void retry(job)}
                >
                  {t('jobs.retry')}
                </button>
              ) : null,
          },
        ]}
      />
    </>
  );
}
