import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { TrashItem } from '../../../contract/index.ts';
import { errorMessage } from '../../api/client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { porticoApi } from '../../api/typed-client.ts';
import { useApiPages } from '../../api/typed-hooks.ts';
import { formatDate, formatDateTime, t } from '../../i18n/index.ts';
import { EmptyState, LoadMore } from '../../ui/common.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { Dialog } from './Dialog.tsx';
import { FileIcon } from './FileIcon.tsx';
import { fileKind, formatBytes } from './format.ts';
import { useDocsScope } from './scope.tsx';

/** Deleted files and folders of the account: restore them, or (staff) empty the trash. */
export function TrashPage() {
  const { accountId, docs, space } = useDocsScope();
  const toast = useToast();
  const list = useApiPages('/api/v1/accounts/{accountId}/trash', { path: { accountId }, query: { limit: 100 } });
  const [confirming, setConfirming] = useState(false);
  const emptying = useSubmit();

  const restore = async (item: TrashItem) => {
    try {
      if (item.type === 'folder')
        await porticoApi.POST('/api/v1/folders/{folderId}/restore', { params: { path: { folderId: item.id } } });
      else
        await porticoApi.POST('/api/v1/documents/{documentId}/restore', { params: { path: { documentId: item.id } } });
      list.setItems((items) => items.filter((entry) => entry.id !== item.id));
      space.reload();
      toast(t('documents.trash.restored', { name: item.name }));
    } catch (error) {
      toast(errorMessage(error), 'error');
    }
  };
  const empty = () =>
    void emptying
      .run(() => porticoApi.DELETE('/api/v1/accounts/{accountId}/trash', { params: { path: { accountId } } }))
      .then((ok) => {
        if (!ok) return;
        setConfirming(false);
        list.reload();
        space.reload();
        toast(t('documents.trash.emptied'));
      });

  return (
    <section aria-labelledby="trash-heading">
      <p>
        <Link to={docs}>← {t('documents.backToDocuments')}</Link>
      </p>
      <div className="page-header">
        <div>
          <h2 id="trash-heading">{t('documents.trash')}</h2>
          <p className="muted">{t('documents.trash.intro')}</p>
        </div>
        {space.data?.abilities.emptyTrash && list.items.length ? (
          <button type="button" className="btn btn--danger" onClick={() => setConfirming(true)}>
            {t('documents.trash.empty')}
          </button>
        ) : null}
      </div>
      {!list.loading && !list.error && !list.items.length ? <EmptyState title={t('documents.trash.none')} /> : null}
      {list.items.length ? (
        <div className="table-wrap">
          <table className="doc-table">
            <thead>
              <tr>
                <th scope="col">{t('documents.col.name')}</th>
                <th scope="col" className="hide-narrow">
                  {t('documents.trash.col.deleted')}
                </th>
                <th scope="col" className="hide-narrow">
                  {t('documents.trash.col.purge')}
                </th>
                <th scope="col">
                  <span className="sr-only">{t('documents.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={item.id}>
                  <td className="doc-name-cell">
                    <span className="doc-name">
                      <FileIcon folder={item.type === 'folder'} kind={fileKind(null, item.name)} />
                      <span className="truncate" title={item.name}>
                        {item.name}
                      </span>
                      {item.sizeBytes !== null ? (
                        <span className="muted small">{formatBytes(item.sizeBytes)}</span>
                      ) : null}
                    </span>
                  </td>
                  <td className="hide-narrow">
                    {t('documents.fact.byWhen', {
                      who: item.deletedBy?.name ?? t('common.unknown'),
                      when: formatDateTime(item.deletedAt),
                    })}
                  </td>
                  <td className="hide-narrow">{formatDate(item.purgeAt)}</td>
                  <td className="actions">
                    {item.abilities.restore ? (
                      <button
                        type="button"
                        className="btn btn--secondary btn--small"
                        aria-label={t('documents.trash.restoreName', { name: item.name })}
                        onClick={() => void restore(item)}
                      >
                        {t('documents.action.restore')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <LoadMore hasMore={list.hasMore} loading={list.loading} error={list.error} onLoadMore={list.loadMore} />
      {confirming ? (
        <Dialog
          title={t('documents.trash.empty')}
          submitLabel={t('documents.trash.emptyConfirm')}
          danger
          pending={emptying.pending}
          error={emptying.error}
          onSubmit={empty}
          onClose={() => setConfirming(false)}
        >
          <p>{t('documents.trash.emptyBody')}</p>
        </Dialog>
      ) : null}
    </section>
  );
}
