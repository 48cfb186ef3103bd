export { notificationRoutes } from './routes.ts';
export {
  insertNotifications,
  insertNotificationsSql,
  insertTaskNotifications,
  emailFrequencies,
  markThreadNotificationsRead,
  type TaskNotificationKind,
  type NewMessageNotifications,
} from './repository.ts';
export { presentNotification } from './presenters.ts';
export { unsubscribeToken } from './unsubscribe-token.ts';
