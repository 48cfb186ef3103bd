import { useEffect, useState } from 'react';
import { t } from '../../i18n/index.ts';
import { Loading } from '../../ui/common.tsx';
import { useDebounced } from '../../ui/useDebounced.ts';
import { previewMarkdown } from './api.ts';

/** Debounced: one render request per pause in typing, stale answers dropped. */
export function LivePreview({ body }: { body: string }) {
  const debounced = useDebounced(body, 250);
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    previewMarkdown(debounced, controller.signal)
      .then((result) => setHtml(result.html))
      .catch(() => undefined);
    return () => controller.abort();
  }, [debounced]);
  return (
    <section className="kb-preview" aria-label={t('kb.editor.preview')}>
      <h2 className="kb-preview__title">{t('kb.editor.preview')}</h2>
      {/* Sanitised by the server's article renderer (no raw HTML, checked links): the same HTML readers get. */}
      {html === null ? (
        <Loading />
      ) : (
        <div className="kb-preview__body" data-testid="kb-preview" dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </section>
  );
}
