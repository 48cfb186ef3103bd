import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { dataOf, porticoApi } from '../../api/typed-client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { useApi } from '../../api/typed-hooks.ts';
import { formatDateTime, t } from '../../i18n/index.ts';
import { Badge, ErrorState, Loading, PageHeader } from '../../ui/common.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { Dialog } from './Dialog.tsx';
import { DropZone } from './DropZone.tsx';
import { formatBytes } from './format.ts';
import { formatDueDate, isOverdue, statusTone } from './requests.ts';
import { fileUrl, useDocsScope } from './scope.tsx';
import { UploadQueue } from './UploadQueue.tsx';
import { useUploadQueue } from './useUploadQueue.ts';

/** One file request: what is asked, its state, the files sent; the client uploads, staff accept or send it back. */
export function FileRequestPage() {
  const { requestId = '' } = useParams();
  const { docs, requests, space } = useDocsScope();
  const toast = useToast();
  const request = useApi('/api/v1/file-requests/{fileRequestId}', { path: { fileRequestId: requestId } });
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const decision = useSubmit();
  const reload = request.reload;
  const onUploaded = useCallback(() => {
    reload();
    space.reload();
  }, [reload, space]);
  const queue = useUploadQueue(onUploaded);

  if (request.error) {
    return (
      <>
        <PageHeader title={t('documents.request')} />
        <ErrorState error={request.error} onRetry={request.reload} />
      </>
    );
  }
  if (!request.data) return <Loading />;
  const data = request.data;

  const decide = (path: 'accept' | 'return' | 'cancel') =>
    void decision
      .run(async () => {
        const params = { path: { fileRequestId: data.id } };
        const updated = await dataOf(
          path === 'cancel'
            ? porticoApi.DELETE('/api/v1/file-requests/{fileRequestId}', { params })
            : path === 'return'
              ? porticoApi.POST('/api/v1/file-requests/{fileRequestId}/return', { params, body: { reason } })
              : porticoApi.POST('/api/v1/file-requests/{fileRequestId}/accept', { params }),
        );
        request.setData(updated);
        toast(t(`documents.request.${path}ed`));
      })
      .then((ok) => ok && path === 'return' && setReturning(false));

  return (
    <>
      <p>
        <Link to={requests}>← {t('documents.request.back')}</Link>
      </p>
      <PageHeader
        title={data.title}
        description={
          <>
            <Badge tone={statusTone(data.status)}>{t(`documents.request.status.${data.status}`)}</Badge>{' '}
            {data.dueDate
              ? t('documents.request.due', { date: formatDueDate(data.dueDate) })
              : t('documents.request.noDue')}
            {isOverdue(data.dueDate, data.status) ? (
              <>
                {' '}
                · <strong>{t('documents.request.overdue')}</strong>
              </>
            ) : null}
          </>
        }
        actions={
          <>
            {data.abilities.accept ? (
              <button type="button" className="btn" disabled={decision.pending} onClick={() => decide('accept')}>
                {t('documents.request.accept')}
              </button>
            ) : null}
            {data.abilities.return ? (
              <button type="button" className="btn btn--secondary" onClick={() => setReturning(true)}>
                {t('documents.request.return')}
              </button>
            ) : null}
            {data.abilities.cancel ? (
              <button
                type="button"
                className="btn btn--secondary"
                disabled={decision.pending}
                onClick={() => decide('cancel')}
              >
                {t('documents.request.cancel')}
              </button>
            ) : null}
          </>
        }
      />
      {returning ? null : <FormAlert error={decision.error} />}
      {data.status === 'returned' && data.returnReason ? (
        <div className="alert alert--info" role="note">
          <p>{t('documents.request.returnedBecause', { reason: data.returnReason })}</p>
        </div>
      ) : null}
      <section className="panel" aria-labelledby="request-about">
        <h2 id="request-about">{t('documents.request.about')}</h2>
        <dl className="facts">
          <dt>{t('documents.request.requestedBy')}</dt>
          <dd>
            {t('documents.fact.byWhen', {
              who: data.requestedBy?.name ?? t('common.unknown'),
              when: formatDateTime(data.createdAt),
            })}
          </dd>
          {data.note ? (
            <>
              <dt>{t('documents.request.field.note')}</dt>
              <dd className="mail-text">{data.note}</dd>
            </>
          ) : null}
          {data.template ? (
            <>
              <dt>{t('documents.request.field.template')}</dt>
              <dd>
                <a
                  href={fileUrl.download(data.template.documentId)}
                  download
                  className="truncate"
                  title={data.template.name}
                >
                  {data.template.name}
                </a>
              </dd>
            </>
          ) : null}
          {data.acceptedAt ? (
            <>
              <dt>{t('documents.request.acceptedAt')}</dt>
              <dd>{formatDateTime(data.acceptedAt)}</dd>
            </>
          ) : null}
        </dl>
      </section>
      {data.abilities.upload ? (
        <section className="panel" aria-labelledby="request-upload">
          <h2 id="request-upload">{t('documents.request.sendFiles')}</h2>
          <DropZone
            onFiles={(files) =>
              queue.add(files, (file) => ({ path: `/file-requests/${data.id}/uploads`, query: { name: file.name } }))
            }
          />
          <UploadQueue
            items={queue.items}
            onCancel={queue.cancel}
            onClear={queue.clearFinished}
            onResolve={queue.resolveConflict}
          />
        </section>
      ) : null}
      <section className="panel" aria-labelledby="request-files">
        <h2 id="request-files">{t('documents.request.files')}</h2>
        {data.documents.length ? (
          <ul className="activity-list request-files">
            {data.documents.map((doc) => (
              <li key={doc.id}>
                <Link to={`${docs}/files/${doc.id}`} className="truncate" title={doc.name}>
                  {doc.name}
                </Link>
                <span className="muted small">
                  {formatBytes(doc.sizeBytes)} · {formatDateTime(doc.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('documents.request.noFiles')}</p>
        )}
      </section>
      {returning ? (
        <Dialog
          title={t('documents.request.return')}
          submitLabel={t('documents.request.returnSend')}
          pending={decision.pending}
          error={decision.error}
          fields={['reason']}
          onSubmit={() => decide('return')}
          onClose={() => setReturning(false)}
        >
          <div className="field">
            <label htmlFor="return-reason">{t('documents.request.reason')}</label>
            <textarea
              id="return-reason"
              rows={3}
              required
              maxLength={2000}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
        </Dialog>
      ) : null}
    </>
  );
}
