import type { Document, DocumentVersion, UploadResult } from '../../../contract/index.ts';
import { errorMessage, newIdempotencyKey } from '../../api/client.ts';
import { dataOf, porticoApi } from '../../api/typed-client.ts';
import { useApiPages } from '../../api/typed-hooks.ts';
import { formatDateTime, t } from '../../i18n/index.ts';
import { LoadMore } from '../../ui/common.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { formatBytes, shortChecksum } from './format.ts';
import { fileUrl } from './scope.tsx';

interface VersionsTableProps {
  doc: Document;
  onRestored: (result: UploadResult) => void;
}

/** A file's history, newest first: who uploaded each version, when, its size and SHA-256; download or restore any. */
export function VersionsTable({ doc, onRestored }: VersionsTableProps) {
  const toast = useToast();
  // The page remounts this table (key: current version) after a new upload or restore, so the list reloads.
  const list = useApiPages('/api/v1/documents/{documentId}/versions', {
    path: { documentId: doc.id },
    query: { limit: 50 },
  });

  const restore = async (version: DocumentVersion) => {
    try {
      const result: UploadResult = await dataOf(
        porticoApi.POST('/api/v1/documents/{documentId}/versions/{versionId}/restore', {
          params: { path: { documentId: doc.id, versionId: version.id } },
          headers: { 'Idempotency-Key': newIdempotencyKey() },
        }),
      );
      toast(t('documents.versions.restored', { number: version.number }));
      onRestored(result);
    } catch (error) {
      toast(errorMessage(error), 'error');
    }
  };

  return (
    <section aria-labelledby="versions-heading" className="panel">
      <h2 id="versions-heading">{t('documents.versions.title')}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('documents.versions.col.version')}</th>
              <th scope="col">{t('documents.versions.col.by')}</th>
              <th scope="col">{t('documents.versions.col.when')}</th>
              <th scope="col" className="num">
                {t('documents.col.size')}
              </th>
              <th scope="col" className="hide-narrow">
                {t('documents.versions.col.checksum')}
              </th>
              <th scope="col">
                <span className="sr-only">{t('documents.col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((version) => (
              <tr key={version.id} data-testid="version-row">
                <th scope="row">
                  {t('documents.versions.number', { number: version.number })}
                  {version.isCurrent ? (
                    <>
                      {' '}
                      <span className="badge badge--success">{t('documents.versions.current')}</span>
                    </>
                  ) : null}
                  {version.restoredFromNumber !== null ? (
                    <span className="muted small">
                      {' '}
                      {t('documents.versions.restoredFrom', { number: version.restoredFromNumber })}
                    </span>
                  ) : null}
                </th>
                <td>{version.uploadedBy?.name ?? t('common.unknown')}</td>
                <td>
                  <time dateTime={version.createdAt}>{formatDateTime(version.createdAt)}</time>
                </td>
                <td className="num">{formatBytes(version.sizeBytes)}</td>
                <td className="hide-narrow">
                  <code title={version.sha256}>{shortChecksum(version.sha256)}</code>
                </td>
                <td className="actions">
                  <div className="row-actions">
                    {version.abilities.download ? (
                      <a
                        className="btn btn--secondary btn--small"
                        href={fileUrl.download(doc.id, version.id)}
                        download
                        aria-label={t('documents.versions.download', { number: version.number })}
                      >
                        {t('documents.action.download')}
                      </a>
                    ) : null}
                    {version.abilities.restore && !version.isCurrent ? (
                      <button
                        type="button"
                        className="btn btn--secondary btn--small"
                        aria-label={t('documents.versions.restore', { number: version.number })}
                        onClick={() => void restore(version)}
                      >
                        {t('documents.action.restore')}
                      </button>
                    ) : null}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <LoadMore hasMore={list.hasMore} loading={list.loading} error={list.error} onLoadMore={list.loadMore} />
    </section>
  );
}
