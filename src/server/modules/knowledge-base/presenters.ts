import type { KbArticle, KbArticleListItem, KbArticleSummary, KbCategory } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { renderArticleMarkdown } from './markdown.ts';
import { kbPolicy } from './policy.ts';
import type { ArticleRow, CategoryRow, VersionRow } from './repository.ts';
import type { TranslationRow } from './repository-translations.ts';

/** Clean, stable reader URLs (relative; pages make them absolute from the configured base URL). */
export const articlePath = (slug: string, locale = 'en') => {
  const language = locale.split('-')[0] ?? 'en';
  // English keeps the addresses it always had; another language's version lives under its language code.
  return language === 'en' ? `/help/articles/${slug}` : `/help/${language}/articles/${slug}`;
};
export const categoryPath = (slug: string) => `/help/${slug}`;

export function presentCategory(row: CategoryRow, actor: Actor | null): KbCategory {
  return {
    id: row.id,
    locale: row.locale,
    slug: row.slug,
    name: row.name,
    description: row.description,
    position: row.position,
    audience: row.audience,
    audienceSegmentIds: row.audience_segment_ids,
    sections: row.sections,
    version: row.version,
    abilities: kbPolicy.categoryAbilities(actor),
  };
}

export function presentArticleSummary(
  row: Pick<ArticleRow, 'id' | 'slug' | 'locale' | 'title' | 'summary'>,
): KbArticleSummary {
  return {
    id: row.id,
    slug: row.slug,
    locale: row.locale,
    title: row.title,
    summary: row.summary,
    url: articlePath(row.slug, row.locale),
  };
}

export function presentArticleListItem(row: ArticleRow): KbArticleListItem {
  return {
    ...presentArticleSummary(row),
    sectionId: row.section_id,
    status: row.status,
    audience: row.audience,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function presentArticle(
  row: ArticleRow,
  related: ArticleRow[],
  actor: Actor | null,
  translations: TranslationRow[] = [],
): KbArticle {
  return {
    ...presentArticleSummary(row),
    sectionId: row.section_id,
    categoryId: row.category_id,
    categorySlug: row.category_slug,
    body: row.body,
    html: renderArticleMarkdown(row.body),
    status: row.status,
    audience: row.audience,
    audienceSegmentIds: row.audience_segment_ids,
    publishedAt: row.published_at?.toISOString() ?? null,
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
    contentVersion: row.content_version,
    related: related.map(presentArticleSummary),
    translations: translations
      .filter((translation) => translation.id !== row.id)
      .map((translation) => ({ ...translation, url: articlePath(translation.slug, translation.locale) })),
    abilities: kbPolicy.articleAbilities(actor),
  };
}

export function presentVersion(row: VersionRow) {
  return {
    number: row.number,
    title: row.title,
    summary: row.summary,
    body: row.body,
    author: row.author_label,
    createdAt: row.created_at.toISOString(),
  };
}
