export { notificationRoutes } from './routes.ts';
export { insertNotifications, emailFrequencies, markThreadNotificationsRead } from './repository.ts';
export { presentNotification } from './presenters.ts';
export { unsubscribeToken } from './unsubscribe-token.ts';
