import { useEffect, useState } from 'react';
import type { KbArticleSummary } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { PageHeader } from '../../ui/common.tsx';
import { useDebounced } from '../../ui/useDebounced.ts';
import { recordHelpSession } from '../tickets/api.ts';
import { KB } from './api.ts';

/** Search-as-you-type over the articles this user may read (the server applies the audience rule). */
export function PortalHelp() {
  const [query, setQuery] = useState('');
  const debounced = useDebounced(query.trim(), 250);
  const [result, setResult] = useState<{ query: string; items: KbArticleSummary[] } | null>(null);
  useEffect(() => recordHelpSession(), []);

  useEffect(() => {
    if (debounced.length < 2) return;
    const controller = new AbortController();
    api<{ items: KbArticleSummary[] }>(`${KB}/suggestions`, {
      query: { q: debounced, limit: 10 },
      signal: controller.signal,
    })
      .then((data) => setResult({ query: debounced, items: data.items }))
      .catch(() => undefined);
    return () => controller.abort();
  }, [debounced]);

  const shown = debounced.length >= 2 && result?.query === debounced ? result : null;
  return (
    <>
      <PageHeader
        title={t('kb.portal.title')}
        description={t('kb.portal.intro')}
        actions={
          <a className="btn btn--secondary" href="/help">
            {t('kb.portal.openHelpCenter')}
          </a>
        }
      />
      <form role="search" action="/help/search" method="get" className="kb-portal-search">
        <label htmlFor="kb-portal-q">{t('kb.portal.searchLabel')}</label>
        <input
          id="kb-portal-q"
          name="q"
          type="search"
          value={query}
          autoComplete="off"
          placeholder={t('kb.portal.searchPlaceholder')}
          onChange={(event) => setQuery(event.target.value)}
        />
      </form>
      {shown ? (
        shown.items.length ? (
          <ul className="kb-portal-results" aria-live="polite">
            {shown.items.map((item) => (
              <li key={item.id}>
                <a href={item.url}>{item.title}</a>
                {item.summary ? <p className="muted">{item.summary}</p> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p aria-live="polite">{t('kb.portal.noMatches', { query: shown.query })}</p>
        )
      ) : null}
    </>
  );
}
