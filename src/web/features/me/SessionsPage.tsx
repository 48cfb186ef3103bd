import type { SessionSummary } from '../../../contract/index.ts';
import { errorMessage } from '../../api/client.ts';
import { porticoApi } from '../../api/typed-client.ts';
import { useApiPages } from '../../api/typed-hooks.ts';
import { formatDateTime, formatRelative, t } from '../../i18n/index.ts';
import { Badge, LoadMore, PageHeader } from '../../ui/common.tsx';
import { useToast } from '../../ui/Toast.tsx';

/** A short device description from a user agent string ("Firefox on Windows"). */
export function describeDevice(userAgent: string | null): string {
  if (!userAgent) return t('sessions.unknownDevice');
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /OPR\//.test(userAgent)
      ? 'Opera'
      : /Firefox\//.test(userAgent)
        ? 'Firefox'
        : /Chrome\//.test(userAgent)
          ? 'Chrome'
          : /Safari\//.test(userAgent)
            ? 'Safari'
            : null;
  const os = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad|iPod/.test(userAgent)
      ? 'iOS'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Mac OS X|Macintosh/.test(userAgent)
          ? 'macOS'
          : /CrOS/.test(userAgent)
            ? 'ChromeOS'
            : /Linux/.test(userAgent)
              ? 'Linux'
              : null;
  if (browser && os) return t('sessions.browserOnOs', { browser, os });
  return browser ?? os ?? userAgent.slice(0, 60);
}

/** "My sessions": where you're signed in, with revoke. */
export function SessionsPage() {
  const toast = useToast();
  const list = useApiPages('/api/v1/me/sessions', { query: { limit: 50 } });

  const revoke = async (session: SessionSummary) => {
    try {
      await porticoApi.DELETE('/api/v1/me/sessions/{sessionId}', { params: { path: { sessionId: session.id } } });
      list.setItems((items) => items.filter((item) => item.id !== session.id));
      toast(t('sessions.revoked'));
    } catch (error) {
      toast(errorMessage(error), 'error');
    }
  };

  return (
    <>
      <PageHeader title={t('sessions.title')} description={t('sessions.intro')} />
      <ul className="session-list">
        {list.items.map((session) => {
          const device = describeDevice(session.userAgent);
          return (
            <li key={session.id} className="card session">
              <div className="session__main">
                <h2 className="session__device">
                  {device} {session.current ? <Badge tone="success">{t('sessions.thisDevice')}</Badge> : null}
                </h2>
                <p className="muted small" title={session.userAgent ?? undefined}>
                  {t('sessions.ip', { ip: session.ip ?? t('common.unknown') })}
                  {' · '}
                  <time dateTime={session.lastSeenAt} title={formatDateTime(session.lastSeenAt)}>
                    {t('sessions.lastSeen', { when: formatRelative(session.lastSeenAt) })}
                  </time>
                  {' · '}
                  {t('sessions.started', { when: formatDateTime(session.createdAt) })}
                </p>
              </div>
              {session.abilities.revoke ? (
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  aria-label={t('sessions.revokeNamed', { device })}
                  onClick={() => void revoke(session)}
                >
                  {t('sessions.revoke')}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
      <LoadMore
        hasMore={list.hasMore}
        loading={list.loading}
        error={list.error}
        onLoadMore={list.items.length ? list.loadMore : list.reload}
        count={list.items.length}
      />
    </>
  );
}
