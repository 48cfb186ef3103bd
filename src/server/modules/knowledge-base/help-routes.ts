import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { FILE_SANDBOX_CSP } from '../../platform/http/file-response.ts';
import type { Actor } from '../../platform/actor.ts';
import { languageOfRequest, loadActor, pseudoLocalesAllowed } from '../identity/index.ts';
import { segmentOfHost } from '../domains/index.ts';
import { LANGUAGE_COOKIE, matchLanguage } from '../../i18n/language.ts';
import { SHIPPED_LANGUAGES } from '../../../contract/languages.ts';

const isShippedLanguage = (value: string) => (SHIPPED_LANGUAGES as readonly string[]).includes(value);

/**
 * The reader's interface language, resolved like the portal's (choice, segment, Accept-Language, portal default).
 * The switcher's `?lang=` is the reader's choice: kept in a cookie, so later pages follow it too.
 */
async function readerLanguage(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, actor: Actor | null) {
  const lang = (request.query as { lang?: unknown }).lang;
  const chosen = typeof lang === 'string' ? matchLanguage(lang, pseudoLocalesAllowed(ctx)) : null;
  if (chosen && chosen === lang)
    reply.setCookie(LANGUAGE_COOKIE, chosen, { path: '/', sameSite: 'lax', maxAge: 31_536_000 });
  const hostSegment = (await segmentOfHost(ctx, request))?.segmentId ?? null;
  return { ui: await languageOfRequest(ctx, request, actor, hostSegment), chosen: chosen !== null };
}
import { helpSessionCookieHook } from '../deflection/index.ts';
import { HELP_SCRIPT } from './pages/help-script.ts';
import { readImageUseCase } from './use-cases/images.ts';
import {
  articlePage,
  categoryPage,
  homePage,
  notFoundPage,
  searchPage,
  sitemapXml,
  type HelpPage,
} from './use-cases/help-pages.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function send(reply: FastifyReply, page: HelpPage) {
  if ('location' in page) return reply.redirect(page.location, page.status);
  if (page.status === 429) reply.header('retry-after', String(page.retryAfterSeconds));
  // Pages differ per reader (audiences), so shared caches must not keep them.
  return reply
    .status(page.status)
    .header('cache-control', 'private, no-cache')
    .type('text/html; charset=utf-8')
    .send(page.html);
}

/**
 * The public help center: server-rendered HTML at clean URLs, crawlable without JavaScript. One wildcard route
 * dispatches /help/{category}, /help/articles/{slug} and /help/search, so a guessed or hidden URL gets the same
 * HTML 404 page (not the API's problem+json) as a missing one.
 */
export function helpCenterRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (app) => {
    const reason = 'the help center is public web pages; each article’s audience rule decides what a reader sees';
    // Deflection: a first visit without the help-session cookie gets one and is counted (crawlers skipped).
    app.addHook('preHandler', helpSessionCookieHook(ctx));
    app.get('/help', { config: { access: access.public(reason) }, schema: { hide: true } }, async (request, reply) => {
      const actor = await loadActor(ctx, request);
      return send(reply, await homePage(ctx, actor, (await readerLanguage(ctx, request, reply, actor)).ui));
    });

    app.get(
      '/help/*',
      { config: { access: access.public(reason) }, schema: { hide: true } },
      async (request, reply) => {
        const path = (request.params as { '*': string })['*'].replace(/\/+$/, '');
        if (path === 'assets/help.js') {
          return reply
            .header('cache-control', 'public, max-age=300')
            .type('text/javascript; charset=utf-8')
            .send(HELP_SCRIPT);
        }
        const actor = await loadActor(ctx, request);
        const reader = await readerLanguage(ctx, request, reply, actor);
        if (path === '') return send(reply, await homePage(ctx, actor, reader.ui));
        if (path.startsWith('images/')) {
          const found = await readImageUseCase(ctx, actor, path.slice('images/'.length));
          if (!found) return send(reply, await notFoundPage(ctx, actor, reader.ui));
          // Private: whether an image may be seen depends on the reader. Sandboxed and never sniffed.
          return reply
            .header('content-type', found.image.content_type)
            .header('content-length', String(found.image.size))
            .header('cache-control', 'private, max-age=3600')
            .header('x-content-type-options', 'nosniff')
            .header('content-security-policy', FILE_SANDBOX_CSP)
            .send(found.stream);
        }
        if (path === 'search') {
          const { q, more } = request.query as { q?: unknown; more?: unknown };
          const search = { query: typeof q === 'string' ? q : '', more: more === '1' };
          return send(reply, await searchPage(ctx, actor, search, request.ip, reader.ui));
        }
        const parts = path.split('/');
        // A translation's address starts with its language: /help/de/articles/{slug}.
        const prefixed = parts.length === 3 && isShippedLanguage(parts[0]!) && parts[0] !== 'en';
        if (prefixed) parts.shift();
        if (parts.length === 2 && parts[0] === 'articles' && SLUG.test(parts[1]!)) {
          // Articles are written in shipped languages only: a pseudo-locale reader reads the English ones.
          const preferred = matchLanguage(reader.ui, false) ?? 'en';
          return send(
            reply,
            await articlePage(ctx, actor, parts[1]!, {
              language: prefixed ? path.split('/')[0]! : 'en',
              explicit: prefixed || reader.chosen,
              preferred,
              ui: reader.ui,
            }),
          );
        }
        if (parts.length === 1 && SLUG.test(parts[0]!)) {
          const { cursor } = request.query as { cursor?: unknown };
          const at = typeof cursor === 'string' && cursor.length <= 500 ? cursor : undefined;
          return send(reply, await categoryPage(ctx, actor, parts[0]!, reader.ui, at));
        }
        return send(reply, await notFoundPage(ctx, actor, reader.ui));
      },
    );

    app.get(
      '/sitemap.xml',
      {
        config: { access: access.public('search engines read the sitemap of public help articles') },
        schema: { hide: true },
      },
      async (_request, reply) =>
        reply
          .header('cache-control', 'public, max-age=300')
          .type('application/xml; charset=utf-8')
          .send(await sitemapXml(ctx)),
    );
  };
}
