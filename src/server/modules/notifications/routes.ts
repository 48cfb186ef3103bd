import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  Id,
  ListQuery,
  Notification,
  NotificationPreferences,
  Ok,
  Page,
  UpdateNotificationPreferences,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import {
  getPreferencesUseCase,
  listNotificationsUseCase,
  markAllNotificationsReadUseCase,
  markNotificationReadUseCase,
  setPreferencesUseCase,
  unreadNotificationCountUseCase,
  unsubscribeUseCase,
} from './use-cases/notifications.ts';

export function notificationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // Mail clients POST the one-click unsubscribe as a form (RFC 8058); the body carries nothing we need.
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 1024 },
      (_request, _body, done) => done(null, {}),
    );

    app.get(
      '/api/v1/notifications',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['notifications'],
          summary: 'The caller’s notifications, newest first',
          querystring: ListQuery.extend({ unread: z.enum(['true', 'false']).optional() }),
          response: { 200: Page(Notification) },
        },
      },
      (request) => listNotificationsUseCase(ctx, actorOf(request), request.query),
    );

    app.get(
      '/api/v1/notifications/unread-count',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['notifications'],
          summary: 'Unread notifications (the badge)',
          response: { 200: z.object({ count: z.number().int() }) },
        },
      },
      (request) => unreadNotificationCountUseCase(ctx, actorOf(request)),
    );

    app.post(
      '/api/v1/notifications/:notificationId/read',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['notifications'],
          summary: 'Mark one notification read',
          params: z.object({ notificationId: Id }),
          response: { 200: Notification },
        },
      },
      (request) => markNotificationReadUseCase(ctx, actorOf(request), request.params.notificationId),
    );

    app.post(
      '/api/v1/notifications/read-all',
      {
        config: { access: access.signedIn },
        schema: { tags: ['notifications'], summary: 'Mark every notification read', response: { 200: Ok } },
      },
      async (request) => {
        await markAllNotificationsReadUseCase(ctx, actorOf(request));
        return { ok: true as const };
      },
    );

    app.get(
      '/api/v1/me/notification-preferences',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['notifications'],
          summary: 'Email preferences per module',
          response: { 200: NotificationPreferences },
        },
      },
      (request) => getPreferencesUseCase(ctx, actorOf(request)),
    );

    app.put(
      '/api/v1/me/notification-preferences',
      {
        config: { access: access.signedIn },
        schema: {
          tags: ['notifications'],
          summary: 'Set email preferences (immediately, daily digest, off)',
          body: UpdateNotificationPreferences,
          response: { 200: NotificationPreferences },
        },
      },
      (request) => setPreferencesUseCase(ctx, actorOf(request), request.body),
    );

    app.post(
      '/api/v1/email/unsubscribe',
      {
        config: {
          access: access.public('one-click unsubscribe from an email link; the signed token is the authority'),
          csrfExempt: 'mail clients post it without a session',
        },
        schema: {
          tags: ['notifications'],
          summary: 'One-click unsubscribe (RFC 8058)',
          querystring: z.object({ token: z.string().max(200) }),
          response: { 200: Ok },
        },
      },
      async (request) => {
        await unsubscribeUseCase(ctx, request.query.token);
        return { ok: true as const };
      },
    );
  };
}
