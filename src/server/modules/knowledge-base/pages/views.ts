import type { KbSearchHit } from '../../../../contract/index.ts';
import type { ArticleRow, CategoryRow } from '../repository.ts';
import { articlePath, categoryPath } from '../presenters.ts';
import { directionOf } from '../../../../contract/languages.ts';
import { t } from '../../../i18n/index.ts';
import { html, raw, type Html } from './html.ts';

const draftBadge = (status: string, lang: string) =>
  status === 'published' ? null : html` <span class="kb-badge">${t('help.status', { status }, lang)}</span>`;

const homeCrumb = (lang: string) => html`<a href="/help">${t('help.title', {}, lang)}</a>`;
const backHome = (lang: string) => html`<p><a href="/help">${t('help.back', {}, lang)}</a></p>`;

/** Every view takes the reader's interface language (`lang`); article and category text stays as written. */
export function homeView(categories: CategoryRow[], lang: string): Html {
  if (categories.length === 0)
    return html`<h1>${t('help.title', {}, lang)}</h1>
      <p>${t('help.home.empty', {}, lang)}</p>`;
  return html`<h1>${t('help.home.heading', {}, lang)}</h1>
    <ul class="kb-grid">
      ${categories.map(
        (category) =>
          html`<li class="kb-card">
            <h2><a href="${categoryPath(category.slug)}">${category.name}</a></h2>
            <p>${category.description}</p>
          </li>`,
      )}
    </ul>`;
}

/** Links between the pages of a list: a labelled navigation landmark, rel=prev/next, in the reader's language. */
function pageLinks(pages: { next: string | null; previous: string | null }, lang: string): Html | null {
  if (!pages.next && !pages.previous) return null;
  return html`<nav class="kb-pages" aria-label="${t('help.pages.label', {}, lang)}">
    ${pages.previous ? html`<a href="${pages.previous}" rel="prev">${t('help.pages.previous', {}, lang)}</a>` : null}
    ${pages.next ? html`<a href="${pages.next}" rel="next">${t('help.pages.next', {}, lang)}</a>` : null}
  </nav>`;
}

export function categoryView(
  category: CategoryRow,
  articles: ArticleRow[],
  lang: string,
  pages: { next: string | null; previous: string | null } = { next: null, previous: null },
): Html {
  const sections = category.sections
    .map((section) => ({ section, articles: articles.filter((article) => article.section_id === section.id) }))
    .filter((group) => group.articles.length > 0);
  return html`<p class="kb-crumbs">${homeCrumb(lang)} ›</p>
    <h1>${category.name}</h1>
    <p>${category.description}</p>
    ${sections.length === 0 && !pages.previous ? html`<p>${t('help.category.empty', {}, lang)}</p>` : null}
    ${sections.map(
      (group) =>
        html`<section>
          <h2>${group.section.name}</h2>
          <ul class="kb-list">
            ${group.articles.map(
              (article) =>
                html`<li>
                  <a href="${articlePath(article.slug)}">${article.title}</a>${draftBadge(article.status, lang)}
                </li>`,
            )}
          </ul>
        </section>`,
    )}
    ${pageLinks(pages, lang)}`;
}

export function articleView(
  article: ArticleRow,
  category: { name: string; slug: string },
  bodyHtml: string,
  related: ArticleRow[],
  fallback: string | null,
  lang: string,
): Html {
  const content = article.locale.split('-')[0] ?? article.locale;
  return html`${fallback ? html`<p class="kb-notice" role="note">${fallback}</p>` : null}
    <p class="kb-crumbs">${homeCrumb(lang)} › <a href="${categoryPath(category.slug)}">${category.name}</a></p>
    <article class="kb-article">
      <div lang="${content}" dir="${directionOf(content)}">
        <h1>${article.title}${draftBadge(article.status, lang)}</h1>
        ${raw(bodyHtml)}
      </div>
      <form class="kb-feedback" data-article-id="${article.id}" hidden>
        <p><strong>${t('help.feedback.question', {}, lang)}</strong></p>
        <button type="button" data-helpful="true">${t('help.feedback.yes', {}, lang)}</button
        ><button type="button" data-helpful="false">${t('help.feedback.no', {}, lang)}</button>
        <div data-kb-comment hidden>
          <label for="kb-comment">${t('help.feedback.comment', {}, lang)}</label
          ><textarea id="kb-comment" maxlength="1000" rows="3"></textarea
          ><button type="button" data-kb-send>${t('help.feedback.send', {}, lang)}</button>
        </div>
        <p data-kb-thanks hidden>${t('help.feedback.thanks', {}, lang)}</p>
      </form>
    </article>
    ${related.length > 0
      ? html`<aside>
          <h2>${t('help.related', {}, lang)}</h2>
          <ul class="kb-list">
            ${related.map((item) => html`<li><a href="${articlePath(item.slug, item.locale)}">${item.title}</a></li>`)}
          </ul>
        </aside>`
      : null}`;
}

/** Snippets are already safe HTML (escaped text plus <mark>), built by the search use case. */
export function searchView(query: string, hits: KbSearchHit[], lang: string, morePath: string | null): Html {
  return html`<p class="kb-crumbs">${homeCrumb(lang)} ›</p>
    <h1>${t('help.search.heading', { query }, lang)}</h1>
    ${hits.length === 0
      ? html`<p>${t('help.search.none', {}, lang)}</p>`
      : html`<p class="kb-muted" role="status">${t('help.search.count', { count: hits.length }, lang)}</p>`}
    <div>
      ${hits.map(
        (hit) =>
          html`<div class="kb-hit">
            <a href="${hit.url}"><strong>${hit.title}</strong></a>
            <p>${raw(hit.snippet)}</p>
          </div>`,
      )}
    </div>
    ${morePath
      ? html`<nav class="kb-pages"><a href="${morePath}" rel="next">${t('help.search.more', {}, lang)}</a></nav>`
      : null}`;
}

export function tooManySearchesView(lang: string): Html {
  return html`<h1>${t('help.tooMany.title', {}, lang)}</h1>
    <p>${t('help.tooMany.body', {}, lang)}</p>
    ${backHome(lang)}`;
}

export function notFoundView(lang: string): Html {
  return html`<h1>${t('help.notFound.title', {}, lang)}</h1>
    <p>${t('help.notFound.body', {}, lang)}</p>
    ${backHome(lang)}`;
}
