import type { FastifyRequest } from 'fastify';
import type { LanguageInfo, UiLanguage } from '../../../../contract/languages.ts';
import { LANGUAGE_COOKIE, languageInfo, resolveLanguage } from '../../../i18n/language.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { readPortalSettingsCached } from '../../settings/index.ts';
import { findUserById, listMembershipsOfUser, segmentDefaultLanguage } from '../repository.ts';
import { cachedSessionById } from '../session-cache.ts';

/** Pseudo-locales exist to test the interface: never offered in production. */
export const pseudoLocalesAllowed = (ctx: AppContext) => ctx.config.env !== 'production';

/**
 * The language a request is answered in: the person's choice (their profile; for a visitor the switcher's cookie or
 * `?lang=`), their segment's default (a visitor: the segment whose domain this is), the browser's Accept-Language,
 * then the portal's default.
 */
export async function languageOfRequest(
  ctx: AppContext,
  request: FastifyRequest,
  actor: Actor | null,
  hostSegmentId: string | null = null,
): Promise<UiLanguage> {
  const query = (request.query as Record<string, unknown> | undefined)?.lang;
  const visitorChoice = (typeof query === 'string' ? query : null) ?? request.cookies[LANGUAGE_COOKIE] ?? null;
  let choice: string | null = visitorChoice;
  let segmentDefault = !actor && hostSegmentId ? await segmentDefaultLanguage(ctx.db, hostSegmentId) : null;
  if (actor) {
    const session = cachedSessionById(actor.sessionId);
    const locale = session ? session.locale : ((await findUserById(ctx.db, actor.userId))?.locale ?? null);
    choice = locale ?? visitorChoice;
    // Staff read the firm's default; people their active account's segment's (the first account's before one is chosen).
    if (!actor.staffRole) {
      const memberships = session?.memberships ?? (await listMembershipsOfUser(ctx.db, actor.userId));
      const active = memberships.find((m) => m.account_id === actor.activeAccountId) ?? memberships[0];
      segmentDefault = active?.segment_default_language ?? segmentDefault;
    }
  }
  const settings = await readPortalSettingsCached(ctx.db);
  return resolveLanguage(
    {
      choice,
      segmentDefault,
      acceptLanguage: request.headers['accept-language'],
      portalDefault: settings.default_language,
    },
    pseudoLocalesAllowed(ctx),
  );
}

export async function languageInfoOfRequest(
  ctx: AppContext,
  request: FastifyRequest,
  actor: Actor | null,
  hostSegmentId: string | null = null,
): Promise<LanguageInfo> {
  return languageInfo(await languageOfRequest(ctx, request, actor, hostSegmentId), pseudoLocalesAllowed(ctx));
}
