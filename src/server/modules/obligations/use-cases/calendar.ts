import { createHash, randomBytes } from 'node:crypto';
import type { CalendarFeed } from '../../../../contract/index.ts';
import type { Actor, AccountScope } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import { mergeObligationPages, type ObligationsProvider } from '../../../platform/obligations.ts';
import { mailBaseFor } from '../../branding/index.ts';
import { renderCalendar } from '../calendar-ics.ts';
import { obligationsPolicy } from '../policy.ts';
import { deleteFeed, findFeed, findFeedOwner, replaceFeed } from '../repository.ts';

/** The most items a feed holds: calendar apps poll it, so it stays one bounded read per provider. */
const FEED_LIMIT = 500;
const TOKEN_PREFIX = 'cal_';
const TOKEN = /^cal_[A-Za-z0-9_-]{43}$/;

const hashOf = (token: string) => createHash('sha256').update(token).digest();

export async function getFeedUseCase(ctx: AppContext, actor: Actor): Promise<CalendarFeed> {
  if (!obligationsPolicy.canManageFeed(actor)) throw forbidden();
  const row = await findFeed(ctx.db, actor.userId);
  return { active: row !== null, createdAt: row ? row.created_at.toISOString() : null };
}

/** Makes (or rotates) the caller's feed: a new secret URL, shown only in this answer; the previous one stops. */
export async function rotateFeedUseCase(ctx: AppContext, actor: Actor): Promise<CalendarFeed> {
  if (!obligationsPolicy.canManageFeed(actor)) throw forbidden();
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  await replaceFeed(ctx.db, actor.userId, hashOf(token), now);
  // On the person's segment's portal domain (the main address for staff), like every link Portico hands out.
  const base = await mailBaseFor(ctx, ctx.db, actor.staffRole ? { staff: true } : { email: actor.email });
  return { active: true, createdAt: now.toISOString(), url: `${base}/api/v1/calendar/${token}.ics` };
}

export async function revokeFeedUseCase(ctx: AppContext, actor: Actor): Promise<CalendarFeed> {
  if (!obligationsPolicy.canManageFeed(actor)) throw forbidden();
  await deleteFeed(ctx.db, actor.userId);
  return { active: false, createdAt: null };
}

/**
 * The feed itself, by its secret: the person's own due dates (what is assigned to them) in the accounts they may
 * see, with modules switched off left out by each provider. An unknown, rotated or revoked token is 404.
 */
export async function calendarFeedUseCase(ctx: AppContext, providers: ObligationsProvider[], token: string) {
  if (!TOKEN.test(token)) throw notFound();
  const owner = await findFeedOwner(ctx.db, hashOf(token));
  if (!owner) throw notFound();
  const staff = owner.staff_role !== null;
  const scope: AccountScope =
    staff && !(owner.staff_role === 'agent' && owner.limited)
      ? { kind: 'all' }
      : { kind: 'ids', ids: owner.account_ids };
  const viewer = { userId: owner.user_id, staff };
  const pages = [];
  for (const provider of providers)
    pages.push(await provider.ownedBy(ctx.db, viewer, { scope, after: null, limit: FEED_LIMIT }));
  const { items } = mergeObligationPages(pages, FEED_LIMIT);
  const first = owner.account_ids[0];
  const baseUrl = await mailBaseFor(ctx, ctx.db, staff || !first ? { staff: true } : { accountId: first });
  return renderCalendar(items, { baseUrl, ownerName: owner.name, now: ctx.clock.now() });
}
