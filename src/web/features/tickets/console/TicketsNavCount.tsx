import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import { useApi } from '../../../api/typed-hooks.ts';
import { t } from '../../../i18n/index.ts';
import { countLabel } from './format.ts';

/** The console nav's badge: new + open tickets (capped count), re-read when the agent moves between pages. */
export function TicketsNavCount() {
  const location = useLocation();
  const counts = useApi('/api/v1/tickets/counts', { query: { status: ['new', 'open'] } });
  const { reload } = counts;
  // Each navigation re-reads the count (cheap: the counts endpoint is capped); the first load needs no reload.
  const seenPath = useRef(location.pathname);
  useEffect(() => {
    if (seenPath.current === location.pathname) return;
    seenPath.current = location.pathname;
    reload();
  }, [location.pathname, reload]);
  if (!counts.data || counts.data.total === 0) return null;
  return (
    <span className="count-badge" aria-label={t('tc.nav.openCount', { count: countLabel(counts.data) })}>
      {countLabel(counts.data)}
    </span>
  );
}
