import { Link } from 'react-router-dom';
import type { Notification } from '../../../contract/index.ts';
import { formatDateTime, formatRelative, t } from '../../i18n/index.ts';
import { notificationPath } from '../conversations/api.ts';

interface Props {
  notification: Notification;
  console: boolean;
  onOpen: (notification: Notification) => void;
  onMarkRead: (notification: Notification) => void;
}

/** One notification: its title (as text) links to the message; unread ones can be marked read. */
export function NotificationItem({ notification, console, onOpen, onMarkRead }: Props) {
  const unread = notification.readAt === null;
  return (
    <li className={unread ? 'notification notification--unread' : 'notification'}>
      <div className="notification__main">
        <Link
          to={notificationPath(notification.link, console)}
          onClick={() => onOpen(notification)}
          className="notification__title"
        >
          {unread ? <span className="sr-only">{t('notifications.unreadLabel')}: </span> : null}
          {notification.title}
        </Link>
        {notification.preview ? <p className="notification__preview muted small">{notification.preview}</p> : null}
        <time className="muted small" dateTime={notification.createdAt} title={formatDateTime(notification.createdAt)}>
          {formatRelative(notification.createdAt)}
        </time>
      </div>
      {unread && notification.abilities.markRead ? (
        <button
          type="button"
          className="btn-link small"
          onClick={() => onMarkRead(notification)}
          aria-label={`${t('notifications.markRead')}: ${notification.title}`}
        >
          {t('notifications.markRead')}
        </button>
      ) : null}
    </li>
  );
}
