import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { DOCUMENT_VERSION_PARAM, type Document, type UploadResult } from '../../../contract/index.ts';
import { useApi } from '../../api/typed-hooks.ts';
import { formatDateTime, formatRelative, t } from '../../i18n/index.ts';
import { ErrorState, Loading, PageHeader, usePageTitle } from '../../ui/common.tsx';
import { useMe } from '../../session/SessionProvider.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { DocumentApprovals } from '../approvals/DocumentApprovals.tsx';
import { ActivityList } from './ActivityList.tsx';
import { DocumentFeedback } from './DocumentFeedback.tsx';
import { DropZone } from './DropZone.tsx';
import { formatBytes, shortChecksum } from './format.ts';
import { ItemDialog, type ItemAction } from './ItemDialogs.tsx';
import { Preview } from './Preview.tsx';
import { fileUrl, useDocsScope } from './scope.tsx';
import { UploadQueue } from './UploadQueue.tsx';
import { useUploadQueue } from './useUploadQueue.ts';
import { VersionsTable } from './VersionsTable.tsx';

/** One file: preview, facts, actions, a new version upload, its history and (for staff) its activity. */
export function DocumentPage() {
  const { documentId = '' } = useParams();
  const { docs, space } = useDocsScope();
  const navigate = useNavigate();
  const toast = useToast();
  const doc = useApi('/api/v1/documents/{documentId}', { path: { documentId } });
  const me = useMe();
  const [action, setAction] = useState<ItemAction | null>(null);
  const [, setParams] = useSearchParams();
  // A new version (uploaded or restored): its discussion opens, whichever version a link had chosen.
  const showVersion = useCallback(
    (updated: Document) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.delete(DOCUMENT_VERSION_PARAM);
          return next;
        },
        { replace: true },
      );
      doc.setData(updated);
    },
    [doc, setParams],
  );

  const onVersion = useCallback(
    (result: UploadResult) => {
      showVersion(result.document);
      space.reload();
      toast(t('documents.versions.uploaded', { name: result.document.name }));
    },
    [showVersion, space, toast],
  );
  const queue = useUploadQueue<UploadResult>(onVersion);
  usePageTitle(doc.data?.name ?? t('documents.file'));

  if (doc.error) {
    return (
      <>
        <PageHeader title={t('documents.file')} />
        <ErrorState error={doc.error} onRetry={doc.reload} />
      </>
    );
  }
  if (!doc.data) return <Loading />;
  const data = doc.data;
  const back = `${docs}${data.area === 'internal' || data.folderId ? '?' : ''}${new URLSearchParams({
    ...(data.area === 'internal' ? { area: 'internal' } : {}),
    ...(data.folderId ? { folder: data.folderId } : {}),
  }).toString()}`;
  const a = data.abilities;
  const hasApprovals =
    me.user.staffRole !== null ||
    Boolean(me.memberships.find((item) => item.accountId === data.accountId)?.modules.includes('approvals'));

  return (
    <>
      <p>
        <Link to={back}>← {t('documents.backToFolder')}</Link>
      </p>
      <div className="page-header doc-header">
        <div>
          <h1 className="truncate" title={data.name}>
            {data.name}
          </h1>
          <p className="muted">{t(`documents.area.${data.area}`)}</p>
        </div>
        <div className="page-actions">
          {a.download ? (
            <a className="btn" href={fileUrl.download(data.id)} download>
              {t('documents.action.download')}
            </a>
          ) : null}
          {(['rename', 'move', 'delete'] as const)
            .filter((name) => a[name])
            .map((name) => (
              <button key={name} type="button" className="btn btn--secondary" onClick={() => setAction(name)}>
                {t(`documents.action.${name}`)}
              </button>
            ))}
        </div>
      </div>
      <Preview doc={data} />
      <section aria-labelledby="facts-heading" className="panel">
        <h2 id="facts-heading">{t('documents.details')}</h2>
        <dl className="facts">
          <dt>{t('documents.col.size')}</dt>
          <dd>{formatBytes(data.sizeBytes)}</dd>
          <dt>{t('documents.fact.type')}</dt>
          <dd>{data.contentType}</dd>
          <dt>{t('documents.fact.version')}</dt>
          <dd>{t('documents.versions.number', { number: data.versionCount })}</dd>
          <dt>{t('documents.fact.updated')}</dt>
          <dd>
            {t('documents.fact.byWhen', {
              who: data.updatedBy?.name ?? t('common.unknown'),
              when: formatDateTime(data.updatedAt),
            })}
          </dd>
          <dt>{t('documents.fact.checksum')}</dt>
          <dd>
            <code title={data.sha256}>{shortChecksum(data.sha256)}</code>
          </dd>
          {a.viewActivity ? (
            <>
              <dt>{t('documents.col.viewedByClient')}</dt>
              <dd>
                {data.lastViewedByClientAt ? formatRelative(data.lastViewedByClientAt) : t('documents.notViewed')}
              </dd>
            </>
          ) : null}
        </dl>
      </section>
      {a.uploadVersion ? (
        <section aria-labelledby="new-version-heading" className="panel">
          <h2 id="new-version-heading">{t('documents.versions.new')}</h2>
          <DropZone
            multiple={false}
            label={t('documents.versions.upload')}
            onFiles={(files) =>
              queue.add(files, (file) => ({ path: `/documents/${data.id}/versions`, query: { name: file.name } }))
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
      {/* Remounted (so reloaded) when the current version changes. Sibling keys must differ: with the same key
          React could keep the old table next to the new one after an upload. */}
      <VersionsTable
        key={`versions-${data.currentVersionId}`}
        doc={data}
        onRestored={(result) => showVersion(result.document)}
      />
      {/* Next to the versions: each approval names the version and SHA-256 it is about. Remounted with them. */}
      {hasApprovals ? <DocumentApprovals key={`approvals-${data.currentVersionId}`} doc={data} /> : null}
      {/* The feedback beside the file: a conversations thread per version. Remounted with the versions. */}
      <DocumentFeedback key={`feedback-${data.currentVersionId}`} doc={data} />
      {a.viewActivity ? <ActivityList key={`activity-${data.currentVersionId}`} of={{ documentId: data.id }} /> : null}
      {action ? (
        <ItemDialog
          item={{ kind: 'document', value: data }}
          action={action}
          onClose={() => setAction(null)}
          onDone={(updated) => {
            if (updated) doc.setData(updated as Document);
            else navigate(back);
            space.reload();
          }}
        />
      ) : null}
    </>
  );
}
