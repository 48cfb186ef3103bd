import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { Notification } from '../../../contract/index.ts';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { ErrorState, Loading } from '../../ui/common.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useCoalesced } from '../conversations/live.ts';
import { NotificationItem } from './NotificationItem.tsx';
import { useEventStream } from './useEventStream.ts';
import { affectsNotifications, notificationsApi, useUnreadNotifications } from './useNotifications.ts';
import { useApiPages } from '../../api/typed-hooks.ts';

interface PanelProps {
  console: boolean;
  unreadCount: number;
  onChanged: () => void;
  onClose: () => void;
}

/** The open panel: mounted on each opening, so it never shows a stale list. */
function BellPanel({ console, unreadCount, onChanged, onClose }: PanelProps) {
  const toast = useToast();
  const list = useApiPages('/api/v1/notifications', { query: { limit: 8 } });
  const reload = useCoalesced(list.reload, 250);
  const base = console ? '/console' : '';
  useEventStream((signal) => {
    if (signal.kind === 'reconnected' || affectsNotifications(signal.event.type)) reload();
  });

  const markRead = async (notification: Notification) => {
    try {
      const updated = await notificationsApi.markRead(notification.id);
      list.setItems((items) => items.map((item) => (item.id === updated.id ? updated : item)));
      onChanged();
    } catch (error) {
      toast(errorMessage(error), 'error');
    }
  };
  const markAll = async () => {
    try {
      await notificationsApi.markAllRead();
      list.reload();
      onChanged();
    } catch (error) {
      toast(errorMessage(error), 'error');
    }
  };

  return (
    <>
      <div className="bell__head">
        <h2 className="h3">{t('notifications.title')}</h2>
        {unreadCount ? (
          <button type="button" className="btn-link small" onClick={() => void markAll()}>
            {t('notifications.markAllRead')}
          </button>
        ) : null}
      </div>
      {list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
      {list.loading && !list.items.length ? <Loading /> : null}
      {!list.loading && !list.error && !list.items.length ? <p className="muted">{t('notifications.empty')}</p> : null}
      <ul className="notification-list">
        {list.items.map((item) => (
          <NotificationItem
            key={item.id}
            notification={item}
            console={console}
            onOpen={(notification) => {
              if (notification.readAt === null) void markRead(notification);
              onClose();
            }}
            onMarkRead={(notification) => void markRead(notification)}
          />
        ))}
      </ul>
      <p className="bell__foot small">
        <Link to={`${base}/notifications`} onClick={onClose}>
          {t('notifications.viewAll')}
        </Link>
        <Link to={`${base}/profile/notifications`} onClick={onClose}>
          {t('notifications.preferences')}
        </Link>
      </p>
    </>
  );
}

/** The header's bell: unread badge, and a panel with the latest notifications. */
export function NotificationBell({ console }: { console: boolean }) {
  const id = useId().replace(/:/g, '');
  const location = useLocation();
  const unread = useUnreadNotifications();
  // Open only on the page where it was opened: following a link closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === location.pathname;
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpenOn(null);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpenOn(null);
      button.current?.focus();
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const label = unread.count ? t('notifications.open', { count: unread.count }) : t('notifications.openNone');
  return (
    <div className="bell" ref={root}>
      <button
        ref={button}
        type="button"
        className="bell__button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-label={label}
        onClick={() => setOpenOn(open ? null : location.pathname)}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" focusable="false">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {unread.count ? (
          <span className="bell__badge" aria-hidden="true">
            {unread.count > 99 ? '99+' : unread.count}
          </span>
        ) : null}
      </button>
      <div
        id={`${id}-panel`}
        className="bell__panel"
        hidden={!open}
        role="region"
        aria-label={t('notifications.title')}
      >
        {open ? (
          <BellPanel
            console={console}
            unreadCount={unread.count}
            onChanged={unread.reload}
            onClose={() => setOpenOn(null)}
          />
        ) : null}
      </div>
    </div>
  );
}
