import { useState } from 'react';
import type { KbArticle } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { useResource } from '../../api/hooks.ts';
import { formatDateTime, t } from '../../i18n/index.ts';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { KB } from './api.ts';

interface Version {
  number: number;
  title: string;
  author: string | null;
  createdAt: string;
}

/** Every content change is a version; restoring copies an old one forward as the newest. */
export function VersionHistory({
  article,
  onRestored,
}: {
  article: KbArticle;
  onRestored: (article: KbArticle) => void;
}) {
  const toast = useToast();
  const versions = useResource<{ items: Version[] }>(`${KB}/articles/${article.id}/versions`, { v: article.version });
  const [error, setError] = useState<unknown>(null);
  async function restore(number: number) {
    setError(null);
    try {
      const restored = await api<KbArticle>(`${KB}/articles/${article.id}/restore`, {
        method: 'POST',
        body: { version: number },
        ifMatch: article.version,
      });
      toast(t('kb.editor.restored', { number }));
      onRestored(restored);
    } catch (caught) {
      setError(caught);
    }
  }
  const items = versions.data?.items ?? [];
  return (
    <section className="card">
      <h2>{t('kb.editor.history')}</h2>
      <FormAlert error={error} />
      <ol className="kb-versions">
        {items.map((version, index) => (
          <li key={version.number}>
            <strong>{t('kb.editor.version', { number: version.number })}</strong> · {version.title} ·{' '}
            {version.author ?? ''} · {formatDateTime(version.createdAt)}
            {index > 0 ? (
              <button type="button" className="btn-link" onClick={() => void restore(version.number)}>
                {t('kb.editor.restore')}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
