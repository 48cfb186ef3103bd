import type { Notification } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { useResource } from '../../api/hooks.ts';
import { useCoalesced } from '../conversations/live.ts';
import { useEventStream } from './useEventStream.ts';

export const notificationsApi = {
  markRead: (id: string) => api<Notification>(`/notifications/${id}/read`, { method: 'POST', body: {} }),
  markAllRead: () => api(`/notifications/read-all`, { method: 'POST', body: {} }),
};

/** Events after which the unread count may have changed: new notifications, and reading threads elsewhere. */
export function affectsNotifications(type: string): boolean {
  return type.startsWith('notification.') || type === 'thread.read';
}

/** The badge's unread count, kept current by events (every open tab). */
export function useUnreadNotifications(): { count: number; reload: () => void } {
  const resource = useResource<{ count: number }>('/notifications/unread-count');
  const reload = useCoalesced(resource.reload, 250);
  useEventStream((signal) => {
    if (signal.kind === 'reconnected' || affectsNotifications(signal.event.type)) reload();
  });
  return { count: resource.data?.count ?? 0, reload: resource.reload };
}
