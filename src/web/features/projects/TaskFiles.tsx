import { useRef, useState, type ChangeEvent } from 'react';
import type { Task, TaskAttachment, UploadResult } from '../../../contract/index.ts';
import { api, API_BASE } from '../../api/client.ts';
import { useResource } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { formatBytes } from '../documents/format.ts';
import { uploadWithProgress } from '../documents/upload.ts';

/**
 * The files of a task: documents of its account, linked. Handing one in uploads it to the account's documents (the
 * internal area on a staff-only project, the shared one otherwise; a same-named file is kept beside it), then links
 * it, so the file lives where every other file of the account does, with its versions and permissions.
 */
export function TaskFiles({ task }: { task: Task }) {
  const files = useResource<{ items: TaskAttachment[] }>(`/tasks/${task.id}/attachments`);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function onPick(event: ChangeEvent<HTMLInputElement>) {
    const picked = [...(event.target.files ?? [])];
    event.target.value = '';
    if (!picked.length) return;
    setBusy(true);
    setError(undefined);
    try {
      for (const file of picked) {
        const uploaded = await uploadWithProgress<UploadResult>({
          path: `/accounts/${task.accountId}/documents`,
          query: { area: task.projectInternal ? 'internal' : 'shared', name: file.name, onConflict: 'keep-both' },
          file,
        });
        await api(`/tasks/${task.id}/attachments`, { method: 'POST', body: { documentId: uploaded.document.id } });
      }
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
      files.reload();
    }
  }

  async function onRemove(documentId: string) {
    setError(undefined);
    try {
      await api(`/tasks/${task.id}/attachments/${documentId}`, { method: 'DELETE' });
    } catch (failure) {
      setError(failure);
    }
    files.reload();
  }

  const items = files.data?.items ?? [];
  return (
    <section className="card stack" aria-labelledby="task-files-heading">
      <h2 id="task-files-heading" className="h3">
        {t('tasks.files.title')}
      </h2>
      <FormAlert error={error} />
      {items.length ? (
        <ul className="task-files">
          {items.map((file) => (
            <li key={file.documentId}>
              <a href={`${API_BASE}/documents/${file.documentId}/download`}>{file.name}</a>{' '}
              <span className="muted small">
                {formatBytes(file.sizeBytes)}
                {file.addedBy ? ` · ${t('tasks.files.addedBy', { name: file.addedBy.name })}` : ''}
              </span>
              {file.abilities.remove ? (
                <button
                  type="button"
                  className="btn-link small task-files__remove"
                  onClick={() => void onRemove(file.documentId)}
                  aria-label={t('tasks.files.remove', { name: file.name })}
                >
                  {t('tasks.files.removeShort')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{files.data ? t('tasks.files.empty') : ''}</p>
      )}
      {task.abilities.attach ? (
        <div>
          <input ref={input} type="file" multiple hidden onChange={(event) => void onPick(event)} />
          <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => input.current?.click()}>
            {busy ? t('tasks.files.uploading') : t('tasks.files.add')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
