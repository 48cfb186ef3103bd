import type { NotificationPreferences, UpdateNotificationPreferences } from '../../../../contract/index.ts';
import { accountScopeOf, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { fieldError, notFound } from '../../../platform/http/errors.ts';
import { decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { presentNotification } from '../presenters.ts';
import {
  countUnread,
  emailFrequencies,
  findNotification,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  setEmailFrequency,
} from '../repository.ts';
import { EMAIL_MODULES, verifyUnsubscribeToken } from '../unsubscribe-token.ts';

export async function listNotificationsUseCase(
  ctx: AppContext,
  actor: Actor,
  query: { unread?: 'true' | 'false'; cursor?: string; limit: number },
) {
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid']) as [string, string] | null;
  const rows = await listNotifications(
    ctx.db,
    accountScopeOf(actor),
    actor.userId,
    query.unread === 'true',
    after,
    query.limit,
  );
  return toPage(
    rows,
    query.limit,
    (row) => presentNotification(row, actor),
    (row) => [row.created_key, row.id],
  );
}

export async function unreadNotificationCountUseCase(ctx: AppContext, actor: Actor) {
  return { count: await countUnread(ctx.db, accountScopeOf(actor), actor.userId) };
}

export async function markNotificationReadUseCase(ctx: AppContext, actor: Actor, id: string) {
  const scope = accountScopeOf(actor);
  if (!(await findNotification(ctx.db, scope, actor.userId, id))) throw notFound();
  await markNotificationRead(ctx.db, actor.userId, id, ctx.clock.now());
  return presentNotification((await findNotification(ctx.db, scope, actor.userId, id))!, actor);
}

export async function markAllNotificationsReadUseCase(ctx: AppContext, actor: Actor) {
  await markAllNotificationsRead(ctx.db, actor.userId, ctx.clock.now());
}

export async function getPreferencesUseCase(ctx: AppContext, actor: Actor): Promise<NotificationPreferences> {
  const [messages, projects, approvals, onboarding, orders, signatures, billing] = await Promise.all(
    EMAIL_MODULES.map((module) => emailFrequencies(ctx.db, [actor.userId], module)),
  );
  return {
    email: {
      messages: messages!.get(actor.userId) ?? 'immediately',
      projects: projects!.get(actor.userId) ?? 'immediately',
      approvals: approvals!.get(actor.userId) ?? 'immediately',
      onboarding: onboarding!.get(actor.userId) ?? 'immediately',
      orders: orders!.get(actor.userId) ?? 'immediately',
      signatures: signatures!.get(actor.userId) ?? 'immediately',
      billing: billing!.get(actor.userId) ?? 'immediately',
    },
  };
}

export async function setPreferencesUseCase(ctx: AppContext, actor: Actor, input: UpdateNotificationPreferences) {
  for (const module of EMAIL_MODULES) {
    const frequency = input.email[module];
    if (frequency) await setEmailFrequency(ctx.db, actor.userId, module, frequency);
  }
  return getPreferencesUseCase(ctx, actor);
}

/** RFC 8058 one-click: the signed link alone turns that module's email off; nothing else can be changed with it. */
export async function unsubscribeUseCase(ctx: AppContext, token: string) {
  const target = verifyUnsubscribeToken(ctx.config.secret, token);
  if (!target) throw fieldError('token', 'invalid_token', 'This unsubscribe link is not valid.');
  await setEmailFrequency(ctx.db, target.userId, target.module, 'off');
}
