import { useEffect, useRef, useState, type MouseEvent } from 'react';
import type { KbArticleSummary } from '../../../../contract/index.ts';
import { t } from '../../../i18n/index.ts';
import { useDebounced } from '../../../ui/useDebounced.ts';
import { ticketsApi } from '../api.ts';
import type { FormSession } from './useFormSession.ts';

const MIN_QUERY = 3;

interface Props {
  subject: string;
  session: FormSession;
}

/** "These articles may answer your question": help-center titles matching the subject as the customer types. */
export function DeflectionPanel({ subject, session }: Props) {
  const query = useDebounced(subject.trim(), 300);
  const [result, setResult] = useState<{ query: string; items: KbArticleSummary[] } | null>(null);
  const reported = useRef(new Set<string>());
  const { report } = session;

  useEffect(() => {
    if (query.length < MIN_QUERY) return;
    const controller = new AbortController();
    ticketsApi
      .suggestions(query, controller.signal)
      .then((data) => {
        setResult({ query, items: data.items });
        if (!reported.current.has(query)) {
          reported.current.add(query);
          void report({ kind: 'suggestions_shown', query: query.slice(0, 200), count: data.items.length });
        }
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [query, report]);

  const shown = query.length >= MIN_QUERY && result?.query === query && result.items.length ? result.items : null;

  const open = async (event: MouseEvent<HTMLAnchorElement>, article: KbArticleSummary) => {
    const newTab = event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0;
    if (newTab) {
      void report({ kind: 'suggestion_opened', articleId: article.id });
      return;
    }
    // Record the open before the page goes: "left" (sent on the way out) must find it to count a deflection.
    event.preventDefault();
    await report({ kind: 'suggestion_opened', articleId: article.id });
    window.location.assign(article.url);
  };

  return (
    <div className="ticket-form__aside" aria-live="polite">
      {shown ? (
        <aside className="deflection" aria-labelledby="deflection-title">
          <h2 id="deflection-title">{t('tickets.new.suggestions')}</h2>
          <ul>
            {shown.map((article) => (
              <li key={article.id}>
                <a
                  href={article.url}
                  onClick={(event) => void open(event, article)}
                  onAuxClick={(event) => void open(event, article)}
                >
                  {article.title}
                </a>
                {article.summary ? <p className="muted small">{article.summary}</p> : null}
              </li>
            ))}
          </ul>
          <p className="field-hint">{t('tickets.new.suggestionsHint')}</p>
        </aside>
      ) : null}
    </div>
  );
}
