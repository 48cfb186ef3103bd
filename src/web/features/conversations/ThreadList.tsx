import { Link } from 'react-router-dom';
import type { Thread } from '../../../contract/index.ts';
import type { PagedList } from '../../api/hooks.ts';
import { formatDateTime, formatRelative, t } from '../../i18n/index.ts';
import { EmptyState, LoadMore } from '../../ui/common.tsx';
import { threadPath } from './api.ts';

interface ThreadListProps {
  list: PagedList<Thread>;
  /** Links go to the console's thread page. */
  console: boolean;
  /** Show each thread's account (the cross-account inbox). */
  showAccount?: boolean;
  label: string;
  emptyHint?: string;
}

/** Threads, latest activity first: subject, last message preview, time and unread count. */
export function ThreadList({ list, console, showAccount = false, label, emptyHint }: ThreadListProps) {
  if (!list.items.length && !list.loading && !list.error) {
    return (
      <EmptyState title={t('conversations.empty')}>
        {emptyHint ? <p className="muted">{emptyHint}</p> : null}
      </EmptyState>
    );
  }
  return (
    <>
      {list.items.length ? (
        <ul className="thread-list" aria-label={label}>
          {list.items.map((thread) => {
            const unread = thread.unreadCount > 0;
            return (
              <li key={thread.id} className={unread ? 'thread-item thread-item--unread' : 'thread-item'}>
                <div className="thread-item__main">
                  <Link to={threadPath(thread.id, console)} className="thread-item__subject">
                    {thread.subject}
                    {unread ? (
                      <span className="sr-only">, {t('conversations.unread', { count: thread.unreadCount })}</span>
                    ) : null}
                  </Link>
                  {showAccount ? <span className="thread-item__account">{thread.accountName}</span> : null}
                  {thread.lastMessagePreview !== null ? (
                    <p className="thread-item__preview muted small">{thread.lastMessagePreview}</p>
                  ) : (
                    <p className="thread-item__preview muted small">{t('conversations.deleted')}</p>
                  )}
                </div>
                <div className="thread-item__meta">
                  <time
                    dateTime={thread.lastMessageAt}
                    title={formatDateTime(thread.lastMessageAt)}
                    className="small muted"
                  >
                    {formatRelative(thread.lastMessageAt)}
                  </time>
                  {unread ? (
                    <span className="count-badge" aria-hidden="true">
                      {thread.unreadCount}
                    </span>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
      <LoadMore
        hasMore={list.hasMore}
        loading={list.loading}
        error={list.error}
        onLoadMore={list.items.length ? list.loadMore : list.reload}
      />
    </>
  );
}
