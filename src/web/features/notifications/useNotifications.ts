import type { Notification } from '../../../contract/index.ts';
import { useCoalesced } from '../conversations/live.ts';
import { useEventStream } from './useEventStream.ts';
import { dataOf, porticoApi } from '../../api/typed-client.ts';
import { useApi } from '../../api/typed-hooks.ts';

export const notificationsApi = {
  markRead: (notificationId: string): Promise<Notification> =>
    dataOf(
      porticoApi.POST('/api/v1/notifications/{notificationId}/read', {
        params: { path: { notificationId } },
      }),
    ),
  markAllRead: () => porticoApi.POST('/api/v1/notifications/read-all'),
};

/** Events after which the unread count may have changed: new notifications, and reading threads elsewhere. */
export function affectsNotifications(type: string): boolean {
  return type.startsWith('notification.') || type === 'thread.read';
}

/** The badge's unread count, kept current by events (every open tab). */
export function useUnreadNotifications(): { count: number; reload: () => void } {
  const resource = useApi('/api/v1/notifications/unread-count');
  const reload = useCoalesced(resource.reload, 250);
  useEventStream((signal) => {
    if (signal.kind === 'reconnected' || affectsNotifications(signal.event.type)) reload();
  });
  return { count: resource.data?.count ?? 0, reload: resource.reload };
}
