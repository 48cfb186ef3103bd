export { notificationRoutes } from './routes.ts';
export { insertNotification, emailFrequencies, markThreadNotificationsRead } from './repository.ts';
export { presentNotification } from './presenters.ts';
export { unsubscribeToken } from './unsubscribe-token.ts';
