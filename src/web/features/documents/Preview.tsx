import { useEffect, useState } from 'react';
import type { Document } from '../../../contract/index.ts';
import { t } from '../../i18n/index.ts';
import { FileIcon } from './FileIcon.tsx';
import { fileKind } from './format.ts';
import { fileUrl } from './scope.tsx';

const TEXT_LIMIT = 256 * 1024;

type Loaded = { url: string; text?: string; failed?: boolean };

/** Fetch the preview bytes of a text file (the first 256 KiB), shown in a <pre>: React renders it as text. */
function useTextPreview(url: string | null) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    fetch(url, { credentials: 'same-origin', signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const blob = await response.blob();
        const text = await blob.slice(0, TEXT_LIMIT).text();
        setLoaded({ url, text: blob.size > TEXT_LIMIT ? `${text}\n…` : text });
      })
      .catch(() => {
        if (!controller.signal.aborted) setLoaded({ url, failed: true });
      });
    return () => controller.abort();
  }, [url]);
  return loaded && loaded.url === url ? loaded : null;
}

/** In-browser preview by the server's previewKind: image, PDF viewer, text, or an icon for anything else. */
export function Preview({ doc, versionId }: { doc: Document; versionId?: string }) {
  const can = doc.abilities.preview && doc.previewKind !== 'other';
  const url = can ? fileUrl.preview(doc.id, versionId ?? doc.currentVersionId) : null;
  const loaded = useTextPreview(doc.previewKind === 'text' ? url : null);

  if (!url) {
    return (
      <div className="preview preview--none">
        <FileIcon kind={fileKind(doc.contentType, doc.name)} />
        <p className="muted small">{t('documents.preview.none')}</p>
      </div>
    );
  }
  if (doc.previewKind === 'image') {
    return (
      <figure className="preview">
        <img src={url} alt={t('documents.preview.imageAlt', { name: doc.name })} />
      </figure>
    );
  }
  if (doc.previewKind === 'pdf') {
    // The browser's own PDF viewer, framed from the preview URL (served inline, sandboxed, framable by us only).
    return (
      <div className="preview">
        <iframe src={url} title={t('documents.preview.pdfTitle', { name: doc.name })} />
        <p className="muted small preview__fallback">
          {t('documents.preview.pdfFallback')}{' '}
          {doc.abilities.download ? (
            <a href={fileUrl.download(doc.id, versionId ?? doc.currentVersionId)} download>
              {t('documents.action.download')}
            </a>
          ) : null}
        </p>
      </div>
    );
  }
  if (!loaded)
    return (
      <p className="preview loading" role="status">
        {t('documents.preview.loading')}
      </p>
    );
  if (loaded.failed) return <p className="preview muted">{t('documents.preview.failed')}</p>;
  return (
    <div className="preview">
      <pre tabIndex={0} aria-label={t('documents.preview.textLabel', { name: doc.name })} data-testid="text-preview">
        {loaded.text}
      </pre>
    </div>
  );
}
