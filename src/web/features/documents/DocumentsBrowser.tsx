import { useCallback, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { DocumentArea, UploadResult } from '../../../contract/index.ts';
import { porticoApi } from '../../api/typed-client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { useApi, useApiPages } from '../../api/typed-hooks.ts';
import { t } from '../../i18n/index.ts';
import { ErrorState, EmptyState, LoadMore, Loading } from '../../ui/common.tsx';
import { TextField } from '../../ui/Field.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useDebounced } from '../../ui/useDebounced.ts';
import { Dialog } from './Dialog.tsx';
import { DocumentTable } from './DocumentTable.tsx';
import { DropZone } from './DropZone.tsx';
import { ItemDialog, type Item, type ItemAction } from './ItemDialogs.tsx';
import { QuotaBar } from './QuotaBar.tsx';
import { fileUrl, useDocsScope } from './scope.tsx';
import { UploadQueue } from './UploadQueue.tsx';
import { useUploadQueue } from './useUploadQueue.ts';

function NewFolderDialog({
  area,
  parentId,
  onClose,
  onCreated,
}: {
  area: DocumentArea;
  parentId: string | null;
  onClose: () => void;
  onCreated: () => void;
}) {
  const { accountId } = useDocsScope();
  const [name, setName] = useState('');
  const submission = useSubmit();
  const save = () =>
    void submission
      .run((key) =>
        porticoApi.POST('/api/v1/accounts/{accountId}/folders', {
          params: { path: { accountId } },
          body: { name, parentId, area },
          headers: { 'Idempotency-Key': key },
        }),
      )
      .then((ok) => {
        if (!ok) return;
        onCreated();
        onClose();
      });
  return (
    <Dialog
      title={t('documents.newFolder')}
      submitLabel={t('documents.newFolder.create')}
      pending={submission.pending}
      error={submission.error}
      fields={['name']}
      onSubmit={save}
      onClose={onClose}
    >
      <TextField
        label={t('documents.field.name')}
        name="name"
        required
        autoFocus
        maxLength={255}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={submission.error}
      />
    </Dialog>
  );
}

/** The document space of one account: areas, folders with breadcrumbs, search, uploads and item actions. */
export function DocumentsBrowser() {
  const { accountId, docs, space } = useDocsScope();
  const toast = useToast();
  const [params, setParams] = useSearchParams();
  const area = (params.get('area') === 'internal' ? 'internal' : 'shared') satisfies DocumentArea;
  const folderId = params.get('folder') ?? undefined;
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebounced(search.trim(), 300);
  const [dialog, setDialog] = useState<{ item: Item; action: ItemAction } | 'newFolder' | null>(null);

  const folder = useApi(folderId ? '/api/v1/folders/{folderId}' : null, { path: { folderId: folderId ?? '' } });
  const folders = useApiPages(q ? null : '/api/v1/accounts/{accountId}/folders', {
    path: { accountId },
    query: { area, parentId: folderId, limit: 200 },
  });
  const documents = useApiPages('/api/v1/accounts/{accountId}/documents', {
    path: { accountId },
    query: q ? { q, limit: 100 } : { area, folderId, limit: 100 },
  });
  const reload = useCallback(() => {
    folders.reload();
    documents.reload();
    space.reload();
  }, [folders, documents, space]);

  const onUploaded = useCallback(
    (result: UploadResult, file: File) => {
      if (result.outcome === 'new_version') toast(t('documents.upload.newVersion', { name: result.document.name }));
      if (result.outcome === 'renamed')
        toast(t('documents.upload.renamed', { name: file.name, renamed: result.document.name }));
      documents.reload();
      space.reload();
    },
    [documents, space, toast],
  );
  const queue = useUploadQueue<UploadResult>(onUploaded);

  const go = (next: { area?: DocumentArea; folder?: string | null }) => {
    const query = new URLSearchParams();
    const nextArea = next.area ?? area;
    if (nextArea !== 'shared') query.set('area', nextArea);
    const nextFolder = next.folder === undefined ? folderId : next.folder;
    if (nextFolder) query.set('folder', nextFolder);
    setSearch('');
    setParams(query);
  };

  if (space.error) return <ErrorState error={space.error} onRetry={space.reload} />;
  if (!space.data) return <Loading />;
  const data = space.data;
  const here = folderId ? folder.data : null;
  const canUpload = here ? here.abilities.upload : data.abilities.upload;
  const canCreateFolder = here ? here.abilities.createFolder : data.abilities.createFolders;
  const empty = !folders.loading && !documents.loading && !folders.items.length && !documents.items.length;

  return (
    <div className="documents">
      <QuotaBar space={data} />
      {data.areas.length > 1 && !q ? (
        <ul className="tabs" aria-label={t('documents.areas')}>
          {data.areas.map((name) => (
            <li key={name}>
              <Link
                to={name === 'shared' ? docs : `${docs}?area=${name}`}
                aria-current={name === area ? 'page' : undefined}
              >
                {t(`documents.area.${name}`)}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {area === 'internal' ? <p className="alert alert--info">{t('documents.internalNotice')}</p> : null}
      <div className="doc-toolbar">
        <TextField
          label={t('documents.search')}
          name="q"
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        {canCreateFolder && !q ? (
          <button type="button" className="btn btn--secondary" onClick={() => setDialog('newFolder')}>
            {t('documents.newFolder')}
          </button>
        ) : null}
        {here?.abilities.downloadZip && !q ? (
          <a className="btn btn--secondary" href={fileUrl.zip(here.id)} download>
            {t('documents.action.zipFolder')}
          </a>
        ) : null}
        {!folderId && !q && !empty && data.abilities.downloadZip ? (
          <a className="btn btn--secondary" href={fileUrl.areaZip(accountId, area)} download>
            {t('documents.action.zipArea')}
          </a>
        ) : null}
        <Link className="btn btn--secondary" to={`${docs}/trash`}>
          {t('documents.trash')}
        </Link>
      </div>
      {q ? (
        <p className="muted" role="status">
          {t('documents.searchResults', { q, count: documents.items.length })}
        </p>
      ) : (
        <nav aria-label={t('documents.breadcrumbs')} className="breadcrumbs">
          <ol>
            <li>
              {folderId ? (
                <button type="button" className="btn-link" onClick={() => go({ folder: null })}>
                  {t(`documents.area.${area}`)}
                </button>
              ) : (
                <span aria-current="page">{t(`documents.area.${area}`)}</span>
              )}
            </li>
            {(here?.path ?? []).map((step) => (
              <li key={step.id}>
                <button
                  type="button"
                  className="btn-link truncate"
                  title={step.name}
                  onClick={() => go({ folder: step.id })}
                >
                  {step.name}
                </button>
              </li>
            ))}
            {here ? (
              <li>
                <span className="truncate" title={here.name} aria-current="page">
                  {here.name}
                </span>
              </li>
            ) : null}
          </ol>
        </nav>
      )}
      {folder.error ? <ErrorState error={folder.error} onRetry={folder.reload} /> : null}
      {canUpload && !q ? (
        <DropZone
          onFiles={(files) =>
            queue.add(files, (file) => ({
              path: `/accounts/${accountId}/documents`,
              query: { area, folderId, name: file.name },
            }))
          }
        />
      ) : null}
      <UploadQueue
        items={queue.items}
        onCancel={queue.cancel}
        onClear={queue.clearFinished}
        onResolve={queue.resolveConflict}
      />
      {folders.error ? <ErrorState error={folders.error} onRetry={folders.reload} /> : null}
      {empty && !documents.error ? (
        <EmptyState title={q ? t('documents.noResults') : t('documents.emptyFolder')} />
      ) : null}
      {folders.items.length || documents.items.length ? (
        <DocumentTable
          caption={here ? here.name : t(`documents.area.${area}`)}
          folders={q ? [] : folders.items}
          documents={documents.items}
          showReceipts={data.abilities.viewActivity && (Boolean(q) || area === 'shared')}
          onOpenFolder={(item) => go({ folder: item.id })}
          onAction={(item, action) => setDialog({ item, action })}
        />
      ) : null}
      <LoadMore
        hasMore={documents.hasMore}
        loading={documents.loading}
        error={documents.error}
        onLoadMore={documents.loadMore}
      />
      {dialog === 'newFolder' ? (
        <NewFolderDialog
          area={area}
          parentId={folderId ?? null}
          onClose={() => setDialog(null)}
          onCreated={folders.reload}
        />
      ) : dialog ? (
        <ItemDialog item={dialog.item} action={dialog.action} onClose={() => setDialog(null)} onDone={reload} />
      ) : null}
    </div>
  );
}
