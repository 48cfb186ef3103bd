export { notificationRoutes } from './routes.ts';
export {
  insertNotifications,
  insertTaskNotifications,
  emailFrequencies,
  markThreadNotificationsRead,
  type TaskNotificationKind,
} from './repository.ts';
export { presentNotification } from './presenters.ts';
export { unsubscribeToken } from './unsubscribe-token.ts';
