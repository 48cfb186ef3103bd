import type { KbSearchHit } from '../../../../contract/index.ts';
import type { ArticleRow, CategoryRow } from '../repository.ts';
import { articlePath, categoryPath } from '../presenters.ts';
import { html, raw, type Html } from './html.ts';

const draftBadge = (status: string) => (status === 'published' ? null : html` <span class="kb-badge">${status}</span>`);

export function homeView(categories: CategoryRow[]): Html {
  if (categories.length === 0)
    return html`<h1>Help center</h1>
      <p>There are no articles here yet.</p>`;
  return html`<h1>How can we help?</h1>
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

export function categoryView(category: CategoryRow, articles: ArticleRow[]): Html {
  const sections = category.sections
    .map((section) => ({ section, articles: articles.filter((article) => article.section_id === section.id) }))
    .filter((group) => group.articles.length > 0);
  return html`<p class="kb-crumbs"><a href="/help">Help center</a> ›</p>
    <h1>${category.name}</h1>
    <p>${category.description}</p>
    ${sections.length === 0 ? html`<p>No articles in this category yet.</p>` : null}
    ${sections.map(
      (group) =>
        html`<section>
          <h2>${group.section.name}</h2>
          <ul class="kb-list">
            ${group.articles.map(
              (article) =>
                html`<li><a href="${articlePath(article.slug)}">${article.title}</a>${draftBadge(article.status)}</li>`,
            )}
          </ul>
        </section>`,
    )}`;
}

export function articleView(
  article: ArticleRow,
  category: { name: string; slug: string },
  bodyHtml: string,
  related: ArticleRow[],
  fallback: string | null = null,
): Html {
  return html`${fallback ? html`<p class="kb-notice" role="note">${fallback}</p>` : null}
    <p class="kb-crumbs">
      <a href="/help">Help center</a> › <a href="${categoryPath(category.slug)}">${category.name}</a>
    </p>
    <article class="kb-article">
      <h1>${article.title}${draftBadge(article.status)}</h1>
      ${raw(bodyHtml)}
      <form class="kb-feedback" data-article-id="${article.id}" hidden>
        <p><strong>Was this article helpful?</strong></p>
        <button type="button" data-helpful="true">Yes</button><button type="button" data-helpful="false">No</button>
        <div data-kb-comment hidden>
          <label for="kb-comment">Tell us more (optional)</label
          ><textarea id="kb-comment" maxlength="1000" rows="3"></textarea
          ><button type="button" data-kb-send>Send</button>
        </div>
        <p data-kb-thanks hidden>Thank you for your feedback.</p>
      </form>
    </article>
    ${related.length > 0
      ? html`<aside>
          <h2>Related articles</h2>
          <ul class="kb-list">
            ${related.map((item) => html`<li><a href="${articlePath(item.slug, item.locale)}">${item.title}</a></li>`)}
          </ul>
        </aside>`
      : null}`;
}

/** Snippets are already safe HTML (escaped text plus <mark>), built by the search use case. */
export function searchView(query: string, hits: KbSearchHit[]): Html {
  return html`<p class="kb-crumbs"><a href="/help">Help center</a> ›</p>
    <h1>Search results for “${query}”</h1>
    ${hits.length === 0 ? html`<p>No articles match your search. Try other words.</p>` : null}
    <div>
      ${hits.map(
        (hit) =>
          html`<div class="kb-hit">
            <a href="${hit.url}"><strong>${hit.title}</strong></a>
            <p>${raw(hit.snippet)}</p>
          </div>`,
      )}
    </div>`;
}

export function tooManySearchesView(): Html {
  return html`<h1>Too many searches</h1>
    <p>Searches from your network are paused for a moment. Try again in a minute, or browse the categories.</p>
    <p><a href="/help">Back to the help center</a></p>`;
}

export function notFoundView(): Html {
  return html`<h1>Page not found</h1>
    <p>This page does not exist, or you may need to sign in to read it.</p>
    <p><a href="/help">Back to the help center</a></p>`;
}
