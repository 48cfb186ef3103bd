import { errorMessage } from '../../api/client.ts';
import { formatNumber, t } from '../../i18n/index.ts';
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
}

/** The uploads of this page: a progress bar and a cancel button per file. */
export function UploadQueue({ items, onCancel, onClear }: UploadQueueProps) {
  const finished = items.some((item) => item.status !== 'queued' && item.status !== 'uploading');
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
    </section>
  );
}
