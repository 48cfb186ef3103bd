import type { OnNameConflict } from '../../../contract/index.ts';
import { errorMessage } from '../../api/client.ts';
import { formatNumber, t } from '../../i18n/index.ts';
import { Dialog } from './Dialog.tsx';
import { formatBytes } from './format.ts';
import type { UploadItem } from './useUploadQueue.ts';

function percent(item: UploadItem): number {
  if (item.status === 'done') return 100;
  return item.size ? Math.min(100, Math.floor((item.loaded / item.size) * 100)) : 0;
}

function statusText(item: UploadItem): string {
  switch (item.status) {
    case 'queued':
      return t('documents.upload.queued');
    case 'uploading':
      return t('documents.upload.progress', { percent: formatNumber(percent(item)) });
    case 'done':
      return t('documents.upload.done');
    case 'cancelled':
      return t('documents.upload.cancelled');
    case 'failed':
      return errorMessage(item.error);
    case 'conflict':
      return t('documents.upload.conflictStatus');
  }
}

/** Summary for the live region: announced when a file starts, finishes or fails, not on every progress tick. */
function announcement(items: UploadItem[]): string {
  if (!items.length) return '';
  const done = items.filter((item) => item.status === 'done').length;
  const failed = items.filter((item) => item.status === 'failed').length;
  const active = items.filter((item) => item.status === 'uploading' || item.status === 'queued').length;
  const parts = [t('documents.upload.summary', { done, count: items.length })];
  if (active) parts.push(t('documents.upload.active', { count: active }));
  if (failed) parts.push(t('documents.upload.failedCount', { count: failed }));
  return parts.join(' ');
}

interface UploadQueueProps {
  items: UploadItem[];
  onCancel: (id: string) => void;
  onClear: () => void;
  /** The uploader's answer to a name already used: keep both, a new version, or (null) do not upload. */
  onResolve: (id: string, choice: OnNameConflict | null) => void;
}

/**
 * Asks what to do with a file whose name is already used where it is going. "Keep both" is always offered;
 * "Replace with new version" only when the server says the caller may version that file.
 */
function NameConflictDialog({ item, onResolve }: { item: UploadItem; onResolve: UploadQueueProps['onResolve'] }) {
  const conflict = item.conflict!;
  return (
    <Dialog
      title={t('documents.conflict.title', { name: item.name })}
      submitLabel={t('documents.conflict.keepBoth')}
      pending={false}
      error={null}
      onSubmit={() => onResolve(item.id, 'keep-both')}
      onClose={() => onResolve(item.id, null)}
      alternative={
        conflict.canReplace
          ? { label: t('documents.conflict.replace'), onSelect: () => onResolve(item.id, 'new-version') }
          : undefined
      }
    >
      <p>{t('documents.conflict.body', { name: item.name, suggested: conflict.suggestedName })}</p>
      {conflict.canReplace ? (
        <p className="muted small">{t('documents.conflict.replaceHint')}</p>
      ) : (
        <p className="muted small">{t('documents.conflict.noReplace')}</p>
      )}
    </Dialog>
  );
}

/** The uploads of this page: a progress bar and a cancel button per file. */
export function UploadQueue({ items, onCancel, onClear, onResolve }: UploadQueueProps) {
  const finished = items.some(
    (item) => item.status !== 'queued' && item.status !== 'uploading' && item.status !== 'conflict',
  );
  // One question at a time, in the order the files were added.
  const asking = items.find((item) => item.status === 'conflict' && item.conflict);
  return (
    <section className="upload-queue" aria-labelledby="upload-queue-heading" hidden={!items.length}>
      <div className="upload-queue__head">
        <h2 id="upload-queue-heading" className="h3">
          {t('documents.upload.title')}
        </h2>
        {finished ? (
          <button type="button" className="btn-link small" onClick={onClear}>
            {t('documents.upload.clear')}
          </button>
        ) : null}
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {announcement(items)}
      </p>
      <ul className="upload-list">
        {items.map((item) => (
          <li key={item.id} className={`upload upload--${item.status}`} data-testid="upload-item">
            <div className="upload__row">
              <span className="upload__name truncate" title={item.name}>
                {item.name}
              </span>
              <span className="upload__size muted small">{formatBytes(item.size)}</span>
              {item.status === 'queued' || item.status === 'uploading' ? (
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  onClick={() => onCancel(item.id)}
                  aria-label={t('documents.upload.cancel', { name: item.name })}
                >
                  {t('common.cancel')}
                </button>
              ) : null}
            </div>
            <progress
              className="upload__bar"
              max={100}
              value={percent(item)}
              aria-label={t('documents.upload.progressOf', { name: item.name })}
            />
            <p className={item.status === 'failed' ? 'upload__status field-error' : 'upload__status muted small'}>
              {statusText(item)}
            </p>
          </li>
        ))}
      </ul>
      {asking ? <NameConflictDialog key={asking.id} item={asking} onResolve={onResolve} /> : null}
    </section>
  );
}
