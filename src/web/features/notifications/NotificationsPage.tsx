import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Notification } from '../../../contract/index.ts';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n/index.ts';
import { Checkbox } from '../../ui/Field.tsx';
import { EmptyState, LoadMore, PageHeader } from '../../ui/common.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useCoalesced } from '../conversations/live.ts';
import { NotificationItem } from './NotificationItem.tsx';
import { useEventStream } from './useEventStream.ts';
import { affectsNotifications, notificationsApi } from './useNotifications.ts';
import { useApiPages } from '../../api/typed-hooks.ts';

/** `/notifications` (and `/console/notifications`): every notification, newest first, with mark-as-read. */
export function NotificationsPage({ console = false }: { console?: boolean }) {
  const toast = useToast();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useApiPages('/api/v1/notifications', { query: { limit: 50, unread: unreadOnly ? 'true' : undefined } });
  const reload = useCoalesced(list.reload, 250);
  useEventStream((signal) => {
    if (signal.kind === 'reconnected' || affectsNotifications(signal.event.type)) reload();
  });

  const markRead = async (notification: Notification) => {
    try {
      const updated = await notificationsApi.markRead(notification.id);
      list.setItems((items) => items.map((item) => (item.id === updated.id ? updated : item)));
    } catch (error) {
      toast(errorMessage(error), 'error');
    }
  };
  const markAll = async () => {
    try {
      await notificationsApi.markAllRead();
      list.reload();
    } catch (error) {
      toast(errorMessage(error), 'error');
    }
  };

  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        actions={
          <>
            <button type="button" className="btn btn--secondary" onClick={() => void markAll()}>
              {t('notifications.markAllRead')}
            </button>
            <Link to={`${console ? '/console' : ''}/profile/notifications`} className="btn btn--secondary">
              {t('notifications.preferences')}
            </Link>
          </>
        }
      />
      <Checkbox
        label={t('notifications.unreadOnly')}
        checked={unreadOnly}
        onChange={(event) => setUnreadOnly(event.target.checked)}
      />
      {list.items.length ? (
        <ul className="notification-list notification-list--page" aria-label={t('notifications.title')}>
          {list.items.map((item) => (
            <NotificationItem
              key={item.id}
              notification={item}
              console={console}
              onOpen={(notification) => notification.readAt === null && void markRead(notification)}
              onMarkRead={(notification) => void markRead(notification)}
            />
          ))}
        </ul>
      ) : !list.loading && !list.error ? (
        <EmptyState title={t('notifications.empty')} />
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
