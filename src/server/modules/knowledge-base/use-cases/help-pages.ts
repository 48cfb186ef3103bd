import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { brandingForActor } from '../../branding/index.ts';
import { segmentBaseUrl, segmentOfCurrentHost } from '../../domains/index.ts';
import { plainText, renderArticleMarkdown } from '../markdown.ts';
import { renderPage, type PageFrame } from '../pages/layout.ts';
import { articleView, categoryView, homeView, notFoundView, searchView, tooManySearchesView } from '../pages/views.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { ANONYMOUS_VIEWER, viewerOf } from '../policy.ts';
import { articlePath, categoryPath } from '../presenters.ts';
import {
  findArticle,
  findCategory,
  listCategories,
  listCategoryArticles,
  relatedArticles,
  resolveSlug,
} from '../repository.ts';
import { searchUseCase } from './search.ts';
import { LANGUAGE_NAMES } from '../../../../contract/languages.ts';
import { t } from '../../../i18n/index.ts';
import { listTranslations, publicTranslationsForSitemap } from '../repository-translations.ts';

/** What a help-center page request ends in: a page (200/404) or a redirect from a former slug. */
export type HelpPage =
  | { status: 200 | 404; html: string }
  | { status: 429; html: string; retryAfterSeconds: number }
  | { status: 301 | 302; location: string };

/**
 * The configured public address: canonical links and the sitemap never copy the Host header. On a segment's
 * configured domain (modules/domains) they use that segment's help-center address, and visitors see its branding.
 */
async function frameBase(ctx: AppContext, actor: Actor | null) {
  const host = await segmentOfCurrentHost(ctx);
  return {
    // The signed-in person's segment's branding (the firm's for staff; the host's segment's for visitors).
    branding: await brandingForActor(ctx.db, actor, host?.segmentId ?? null),
    baseUrl: await segmentBaseUrl(ctx, ctx.db, host?.segmentId ?? null, 'help'),
    signedIn: viewerOf(actor).signedIn,
  };
}

async function page(
  ctx: AppContext,
  actor: Actor | null,
  status: 200 | 404,
  frame: Omit<PageFrame, 'branding' | 'baseUrl' | 'signedIn'>,
) {
  return { status, html: renderPage({ ...(await frameBase(ctx, actor)), ...frame }) };
}

export const notFoundPage = (ctx: AppContext, actor: Actor | null) =>
  page(ctx, actor, 404, { title: 'Page not found', description: '', canonicalPath: null, body: notFoundView() });

export async function homePage(ctx: AppContext, actor: Actor | null): Promise<HelpPage> {
  const categories = await listCategories(ctx.db, viewerOf(actor), 'en');
  const { branding } = await frameBase(ctx, actor);
  return page(ctx, actor, 200, {
    title: 'Help center',
    description: `Answers and guides from ${branding.name}.`,
    canonicalPath: '/help',
    body: homeView(categories),
  });
}

export async function categoryPage(ctx: AppContext, actor: Actor | null, slug: string): Promise<HelpPage> {
  const viewer = viewerOf(actor);
  const id = await resolveSlug(ctx.db, 'category', 'en', slug);
  const category = id ? await findCategory(ctx.db, viewer, id) : null;
  if (!category) return notFoundPage(ctx, actor);
  if (category.slug !== slug) return { status: 301, location: categoryPath(category.slug) };
  const articles = await listCategoryArticles(ctx.db, viewer, category.id);
  return page(ctx, actor, 200, {
    title: category.name,
    description: category.description || category.name,
    canonicalPath: categoryPath(category.slug),
    body: categoryView(category, articles),
  });
}

/**
 * An article in the language of its address (`/help/articles/…` English, `/help/de/articles/…` German). At an
 * English address a reader who prefers another language the article exists in is sent to that version; when it
 * does not exist in their language the page says so.
 */
export async function articlePage(
  ctx: AppContext,
  actor: Actor | null,
  slug: string,
  address: { language: string; explicit: boolean; preferred: string },
): Promise<HelpPage> {
  const viewer = viewerOf(actor);
  const id = await resolveSlug(ctx.db, 'article', address.language, slug);
  const article = id ? await findArticle(ctx.db, viewer, id) : null;
  if (!article) return notFoundPage(ctx, actor);
  if (article.slug !== slug) return { status: 301, location: articlePath(article.slug, article.locale) };
  const category = await findCategory(ctx.db, viewer, article.category_id);
  if (!category) return notFoundPage(ctx, actor);
  const versions = await listTranslations(ctx.db, viewer, article.id);
  const languageOf = (locale: string) => locale.split('-')[0] ?? locale;
  const wanted = versions.find((version) => languageOf(version.locale) === address.preferred);
  if (!address.explicit && wanted && wanted.id !== article.id)
    return { status: 302, location: articlePath(wanted.slug, wanted.locale) };
  const shown = languageOf(article.locale);
  const fallback =
    !wanted && address.preferred !== shown
      ? t(
          'help.fallback',
          { wanted: LANGUAGE_NAMES[address.preferred] ?? address.preferred, shown: LANGUAGE_NAMES[shown] ?? shown },
          address.preferred,
        )
      : null;
  const related = await relatedArticles(ctx.db, viewer, article);
  return page(ctx, actor, 200, {
    title: article.title,
    description: article.summary || plainText(article.body),
    canonicalPath: articlePath(article.slug, article.locale),
    language: shown,
    alternates: versions.map((version) => ({
      language: languageOf(version.locale),
      path: articlePath(version.slug, version.locale),
    })),
    body: articleView(article, category, renderArticleMarkdown(article.body), related, fallback),
  });
}

export async function searchPage(ctx: AppContext, actor: Actor | null, query: string, ip: string): Promise<HelpPage> {
  const q = query.trim().slice(0, 200);
  if (!q) return { status: 301, location: '/help' };
  let items;
  try {
    ({ items } = await searchUseCase(ctx, viewerOf(actor), { q, limit: 20 }, ip));
  } catch (error) {
    if (!(error instanceof AppError) || error.status !== 429) throw error;
    const tooMany = await page(ctx, actor, 200, {
      title: 'Too many searches',
      description: '',
      canonicalPath: null,
      query: q,
      body: tooManySearchesView(),
    });
    return { status: 429, html: tooMany.html, retryAfterSeconds: Number(error.headers?.['retry-after'] ?? 60) };
  }
  return page(ctx, actor, 200, {
    title: `Search: ${q}`,
    description: '',
    canonicalPath: null,
    query: q,
    body: searchView(q, items),
  });
}

const xmlEscape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Public articles only: built with the anonymous viewer through the same audience rule as everything else. */
export async function sitemapXml(ctx: AppContext): Promise<string> {
  const { baseUrl } = await frameBase(ctx, null);
  const categories = await listCategories(ctx.db, ANONYMOUS_VIEWER, 'en');
  // hreflang alternates: every public version of an article names all the others (and itself), per Google's rules.
  const versions = await publicTranslationsForSitemap(ctx.db, ANONYMOUS_VIEWER);
  const groups = new Map<string, typeof versions>();
  for (const version of versions) groups.set(version.group_id, [...(groups.get(version.group_id) ?? []), version]);
  const alternates = (group: typeof versions) =>
    group.length < 2
      ? ''
      : group
          .map(
            (version) =>
              `<xhtml:link rel="alternate" hreflang="${version.locale.split('-')[0]}" href="${xmlEscape(baseUrl + articlePath(version.slug, version.locale))}"/>`,
          )
          .join('');
  const urls = [
    `<url><loc>${xmlEscape(`${baseUrl}/help`)}</loc></url>`,
    ...categories.map((category) => `<url><loc>${xmlEscape(baseUrl + categoryPath(category.slug))}</loc></url>`),
    ...[...groups.values()].flatMap((group) =>
      group.map(
        (version) =>
          `<url><loc>${xmlEscape(baseUrl + articlePath(version.slug, version.locale))}</loc><lastmod>${version.updated_at.toISOString()}</lastmod>${alternates(group)}</url>`,
      ),
    ),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
