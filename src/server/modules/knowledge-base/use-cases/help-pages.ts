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
import { findArticle, findCategory, listCategories, relatedArticles, resolveSlug } from '../repository.ts';
import { searchUseCase } from './search.ts';
import { categoryArticlesPage } from './category-articles.ts';
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
  frame: Omit<PageFrame, 'branding' | 'baseUrl' | 'signedIn'> & { language: string },
) {
  return { status, html: renderPage({ ...(await frameBase(ctx, actor)), ...frame }) };
}

/** Every page takes the reader's interface language (`lang`, resolved by identity like the portal's). */
export const notFoundPage = (ctx: AppContext, actor: Actor | null, lang: string) =>
  page(ctx, actor, 404, {
    title: t('help.notFound.title', {}, lang),
    description: '',
    canonicalPath: null,
    language: lang,
    body: notFoundView(lang),
  });

export async function homePage(ctx: AppContext, actor: Actor | null, lang: string): Promise<HelpPage> {
  const categories = await listCategories(ctx.db, viewerOf(actor), 'en');
  const { branding } = await frameBase(ctx, actor);
  return page(ctx, actor, 200, {
    title: t('help.title', {}, lang),
    description: t('help.home.description', { name: branding.name }, lang),
    canonicalPath: '/help',
    switchPath: '/help',
    language: lang,
    body: homeView(categories, lang),
  });
}

/** A category's articles a page at a time (`?cursor=`), with Next and Previous links between the pages. */
export async function categoryPage(
  ctx: AppContext,
  actor: Actor | null,
  slug: string,
  lang: string,
  cursor?: string,
): Promise<HelpPage> {
  const viewer = viewerOf(actor);
  const id = await resolveSlug(ctx.db, 'category', 'en', slug);
  const category = id ? await findCategory(ctx.db, viewer, id) : null;
  if (!category) return notFoundPage(ctx, actor, lang);
  const path = categoryPath(category.slug);
  if (category.slug !== slug) return { status: 301, location: path };
  let articles;
  try {
    articles = await categoryArticlesPage(ctx, viewer, category.id, cursor);
  } catch (error) {
    // A tampered or stale cursor: back to the first page rather than an error.
    if (error instanceof AppError && error.status === 400) return { status: 302, location: path };
    throw error;
  }
  const pageOf = (at: string | null) => (at === null ? null : at === '' ? path : `${path}?cursor=${at}`);
  return page(ctx, actor, 200, {
    title: category.name,
    description: category.description || category.name,
    // Every page of a category is the same document to a search engine: the first page is canonical.
    canonicalPath: path,
    switchPath: cursor ? `${path}?cursor=${encodeURIComponent(cursor)}` : path,
    language: lang,
    body: categoryView(category, articles.rows, lang, {
      next: pageOf(articles.next),
      previous: pageOf(articles.previous),
    }),
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
  address: { language: string; explicit: boolean; preferred: string; ui: string },
): Promise<HelpPage> {
  const lang = address.ui;
  const viewer = viewerOf(actor);
  const id = await resolveSlug(ctx.db, 'article', address.language, slug);
  const article = id ? await findArticle(ctx.db, viewer, id) : null;
  if (!article) return notFoundPage(ctx, actor, lang);
  if (article.slug !== slug) return { status: 301, location: articlePath(article.slug, article.locale) };
  const category = await findCategory(ctx.db, viewer, article.category_id);
  if (!category) return notFoundPage(ctx, actor, lang);
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
          lang,
        )
      : null;
  const related = await relatedArticles(ctx.db, viewer, article);
  return page(ctx, actor, 200, {
    title: article.title,
    description: article.summary || plainText(article.body),
    canonicalPath: articlePath(article.slug, article.locale),
    language: lang,
    contentLanguage: shown,
    alternates: versions.map((version) => ({
      language: languageOf(version.locale),
      path: articlePath(version.slug, version.locale),
    })),
    body: articleView(article, category, renderArticleMarkdown(article.body), related, fallback, lang),
  });
}

/** Twenty hits first; "More results" asks for the most the search gives (50), still one capped list, no offset. */
const FIRST_HITS = 20;
const MOST_HITS = 50;

export async function searchPage(
  ctx: AppContext,
  actor: Actor | null,
  search: { query: string; more: boolean },
  ip: string,
  lang: string,
): Promise<HelpPage> {
  const q = search.query.trim().slice(0, 200);
  if (!q) return { status: 301, location: '/help' };
  const limit = search.more ? MOST_HITS : FIRST_HITS;
  const searchPath = `/help/search?q=${encodeURIComponent(q)}`;
  let items;
  try {
    ({ items } = await searchUseCase(ctx, viewerOf(actor), { q, limit }, ip));
  } catch (error) {
    if (!(error instanceof AppError) || error.status !== 429) throw error;
    const tooMany = await page(ctx, actor, 200, {
      title: t('help.tooMany.title', {}, lang),
      description: '',
      canonicalPath: null,
      query: q,
      language: lang,
      switchPath: searchPath,
      body: tooManySearchesView(lang),
    });
    return { status: 429, html: tooMany.html, retryAfterSeconds: Number(error.headers?.['retry-after'] ?? 60) };
  }
  return page(ctx, actor, 200, {
    title: t('help.search.title', { query: q }, lang),
    description: '',
    canonicalPath: null,
    query: q,
    language: lang,
    switchPath: searchPath,
    body: searchView(q, items, lang, !search.more && items.length === FIRST_HITS ? `${searchPath}&more=1` : null),
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
