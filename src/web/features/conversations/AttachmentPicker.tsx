import { useEffect, useId, useRef, type Dispatch, type SetStateAction } from 'react';
import { errorMessage } from '../../api/client.ts';
import { formatNumber, t } from '../../i18n/index.ts';

export interface PendingAttachment {
  key: number;
  name: string;
  size: number;
  status: 'uploading' | 'done' | 'failed';
  id?: string;
  error?: string;
}

interface Props {
  items: PendingAttachment[];
  setItems: Dispatch<SetStateAction<PendingAttachment[]>>;
  upload: (file: File, signal: AbortSignal) => Promise<{ id: string }>;
}

let nextKey = 1;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return t('conversations.size.bytes', { count: bytes });
  if (bytes < 1024 * 1024)
    return t('conversations.size.kb', { size: formatNumber(bytes / 1024, { maximumFractionDigits: 1 }) });
  return t('conversations.size.mb', { size: formatNumber(bytes / 1024 / 1024, { maximumFractionDigits: 1 }) });
}

/** "Attach files": uploads each file at once and lists them with their state; the message sends their ids. */
export function AttachmentPicker({ items, setItems, upload }: Props) {
  const id = useId().replace(/:/g, '');
  const input = useRef<HTMLInputElement>(null);
  const controllers = useRef(new Map<number, AbortController>());

  useEffect(() => {
    const running = controllers.current;
    return () => running.forEach((controller) => controller.abort());
  }, []);

  const add = (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      const key = nextKey++;
      const controller = new AbortController();
      controllers.current.set(key, controller);
      setItems((list) => [...list, { key, name: file.name, size: file.size, status: 'uploading' }]);
      upload(file, controller.signal)
        .then((result) =>
          setItems((list) =>
            list.map((item) => (item.key === key ? { ...item, status: 'done', id: result.id } : item)),
          ),
        )
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          setItems((list) =>
            list.map((item) => (item.key === key ? { ...item, status: 'failed', error: errorMessage(error) } : item)),
          );
        })
        .finally(() => controllers.current.delete(key));
    }
    if (input.current) input.current.value = '';
  };

  const remove = (key: number) => {
    controllers.current.get(key)?.abort();
    setItems((list) => list.filter((item) => item.key !== key));
  };

  return (
    <div className="attachments-picker">
      <input
        id={`${id}-files`}
        ref={input}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        onChange={(event) => add(event.target.files)}
      />
      <button type="button" className="btn btn--secondary btn--small" onClick={() => input.current?.click()}>
        {t('conversations.attach')}
      </button>
      {items.length ? (
        <ul className="attachment-list" aria-live="polite">
          {items.map((item) => (
            <li key={item.key}>
              <span className="truncate">{item.name}</span>{' '}
              <span className="muted small">
                {item.status === 'uploading'
                  ? t('conversations.attachment.uploading')
                  : item.status === 'failed'
                    ? item.error
                    : formatBytes(item.size)}
              </span>{' '}
              <button
                type="button"
                className="btn-link"
                onClick={() => remove(item.key)}
                aria-label={t('conversations.attachment.remove', { name: item.name })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
