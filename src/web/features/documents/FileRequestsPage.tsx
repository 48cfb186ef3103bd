import { useState, type FormEvent } from 'react';
import type { FileRequest, UploadResult } from '../../../contract/index.ts';
import { dataOf, porticoApi } from '../../api/typed-client.ts';
import { useSubmit } from '../../api/hooks.ts';
import { useApiPages } from '../../api/typed-hooks.ts';
import { t } from '../../i18n/index.ts';
import { EmptyState, LoadMore } from '../../ui/common.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { FileRequestList } from './FileRequestList.tsx';
import { useDocsScope } from './scope.tsx';
import { uploadWithProgress } from './upload.ts';

const FILTERS = ['all', 'pending', 'submitted', 'accepted', 'cancelled'] as const;

function NewRequestForm({ onCreated }: { onCreated: (request: FileRequest) => void }) {
  const { accountId } = useDocsScope();
  const toast = useToast();
  const submission = useSubmit();
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [note, setNote] = useState('');
  const [template, setTemplate] = useState<File | null>(null);
  const [folderId, setFolderId] = useState('');
  const [formKey, setFormKey] = useState(0);
  // Where the client's files will land: a shared top-level folder, or (default) a new one named after the request.
  const folders = useApiPages('/api/v1/accounts/{accountId}/folders', {
    path: { accountId },
    query: { area: 'shared', limit: 200 },
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await submission.run(async (key) => {
      let templateDocumentId: string | null = null;
      if (template) {
        // The template is stored as a shared document (the client downloads it), then linked to the request.
        const uploaded = await uploadWithProgress<UploadResult>({
          path: `/accounts/${accountId}/documents`,
          // A template never replaces a file of the same name: it is kept next to it.
          query: { area: 'shared', name: template.name, onConflict: 'keep-both' },
          file: template,
          idempotencyKey: `${key}-template`,
        });
        templateDocumentId = uploaded.document.id;
      }
      const created = await dataOf(
        porticoApi.POST('/api/v1/accounts/{accountId}/file-requests', {
          params: { path: { accountId } },
          body: {
            title,
            dueDate: dueDate || null,
            note: note.trim() || null,
            templateDocumentId,
            folderId: folderId || null,
          },
          headers: { 'Idempotency-Key': key },
        }),
      );
      toast(t('documents.request.created', { title: created.title }));
      setTitle('');
      setDueDate('');
      setNote('');
      setTemplate(null);
      setFolderId('');
      setFormKey((n) => n + 1);
      onCreated(created);
    });
  };

  return (
    <form
      key={formKey}
      onSubmit={onSubmit}
      noValidate
      className="panel stack form-narrow"
      aria-labelledby="new-request-heading"
    >
      <h2 id="new-request-heading">{t('documents.request.new')}</h2>
      <FormAlert error={submission.error} fields={['title', 'dueDate', 'note', 'folderId']} />
      <TextField
        label={t('documents.request.field.title')}
        name="title"
        required
        maxLength={200}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={submission.error}
      />
      <TextField
        label={t('common.optional', { label: t('documents.request.field.dueDate') })}
        name="dueDate"
        type="date"
        value={dueDate}
        onChange={(event) => setDueDate(event.target.value)}
        error={submission.error}
      />
      <div className="field">
        <label htmlFor="request-note">{t('common.optional', { label: t('documents.request.field.note') })}</label>
        <textarea
          id="request-note"
          name="note"
          rows={3}
          maxLength={4000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <SelectField
        label={t('documents.request.field.folder')}
        hint={t('documents.request.field.folderHint')}
        name="folderId"
        value={folderId}
        onChange={(event) => setFolderId(event.target.value)}
        error={submission.error}
      >
        <option value="">{t('documents.request.field.folderNew', { title: title.trim() || '…' })}</option>
        {folders.items.map((folder) => (
          <option key={folder.id} value={folder.id}>
            {folder.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('common.optional', { label: t('documents.request.field.template') })}
        hint={t('documents.request.field.templateHint')}
        name="template"
        type="file"
        onChange={(event) => setTemplate(event.target.files?.[0] ?? null)}
      />
      <div>
        <button type="submit" className="btn" disabled={submission.pending}>
          {t('documents.request.create')}
        </button>
      </div>
    </form>
  );
}

/** File requests of an account: staff create them and follow their states; clients see theirs. */
export function FileRequestsPage() {
  const { accountId, requests, space } = useDocsScope();
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>('all');
  const list = useApiPages('/api/v1/accounts/{accountId}/file-requests', {
    path: { accountId },
    query: { status: filter, limit: 50 },
  });

  return (
    <>
      {space.data?.abilities.requestFiles ? <NewRequestForm onCreated={() => list.reload()} /> : null}
      <section aria-labelledby="requests-heading">
        <div className="page-header">
          <h2 id="requests-heading">{t('documents.requests')}</h2>
          <SelectField
            label={t('documents.request.filter')}
            name="status"
            value={filter}
            onChange={(event) => setFilter(event.target.value as (typeof FILTERS)[number])}
          >
            {FILTERS.map((name) => (
              <option key={name} value={name}>
                {t(`documents.request.filter.${name}`)}
              </option>
            ))}
          </SelectField>
        </div>
        {!list.loading && !list.error && !list.items.length ? <EmptyState title={t('documents.request.none')} /> : null}
        <FileRequestList items={list.items} base={requests} label={t('documents.requests')} />
        <LoadMore hasMore={list.hasMore} loading={list.loading} error={list.error} onLoadMore={list.loadMore} />
      </section>
    </>
  );
}
