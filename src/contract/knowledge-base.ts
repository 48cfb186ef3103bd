import { z } from 'zod';
import { Abilities, Id, Timestamp } from './common.ts';
import { DefaultLanguage } from './languages.ts';

/** Who may read a category or an article. Both apply to an article: the stricter wins. */
export const KbAudience = z.enum(['public', 'signed_in', 'segments', 'staff']);
export type KbAudience = z.infer<typeof KbAudience>;
export const KbStatus = z.enum(['draft', 'published', 'archived']);
export type KbStatus = z.infer<typeof KbStatus>;

export const KbSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and hyphens');
export const KbLocale = z
  .string()
  .regex(/^[a-z]{2}(-[A-Z]{2})?$/)
  .default('en');

const AudienceFields = {
  audience: KbAudience,
  audienceSegmentIds: z.array(Id).max(50),
};

export const KbSection = z.object({ id: Id, name: z.string(), position: z.number().int() });
export const KbCategory = z.object({
  id: Id,
  locale: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  position: z.number().int(),
  ...AudienceFields,
  sections: z.array(KbSection),
  version: z.number().int(),
  abilities: Abilities('update'),
});
export type KbCategory = z.infer<typeof KbCategory>;

export const CreateKbCategory = z
  .object({
    name: z.string().trim().min(1).max(120),
    slug: KbSlug.optional(),
    locale: KbLocale,
    description: z.string().trim().max(500).default(''),
    position: z.number().int().min(0).max(10_000).default(0),
    audience: KbAudience.default('public'),
    audienceSegmentIds: z.array(Id).max(50).default([]),
  })
  .strict();
export type CreateKbCategory = z.infer<typeof CreateKbCategory>;
export const UpdateKbCategory = z
  .object({
    name: z.string().trim().min(1).max(120),
    slug: KbSlug,
    description: z.string().trim().max(500),
    position: z.number().int().min(0).max(10_000),
    audience: KbAudience,
    audienceSegmentIds: z.array(Id).max(50),
  })
  .partial()
  .strict();
export type UpdateKbCategory = z.infer<typeof UpdateKbCategory>;

export const CreateKbSection = z
  .object({
    categoryId: Id,
    name: z.string().trim().min(1).max(120),
    position: z.number().int().min(0).max(10_000).default(0),
  })
  .strict();

export const KbArticleSummary = z.object({
  id: Id,
  slug: z.string(),
  locale: z.string(),
  title: z.string(),
  summary: z.string(),
  url: z.string(),
});
export type KbArticleSummary = z.infer<typeof KbArticleSummary>;

export const KbArticle = KbArticleSummary.extend({
  sectionId: Id,
  categoryId: Id,
  categorySlug: z.string(),
  body: z.string().describe('Markdown source'),
  html: z.string().describe('The rendered, sanitised body'),
  status: KbStatus,
  ...AudienceFields,
  publishedAt: Timestamp.nullable(),
  updatedAt: Timestamp,
  version: z.number().int().describe('Concurrency token for If-Match: changes with every edit, publishing included'),
  contentVersion: z
    .number()
    .int()
    .describe('Number of the newest entry of the version history (content changes and restores only)'),
  related: z.array(KbArticleSummary),
  /** Every version of this article in another language that the reader may see (issue 14). */
  translations: z.array(
    z.object({
      id: Id,
      locale: z.string(),
      slug: z.string(),
      title: z.string(),
      status: KbStatus,
      url: z.string(),
      original: z.boolean().describe('The version the others translate; only the others can be removed'),
    }),
  ),
  abilities: Abilities('update', 'publish', 'viewHistory'),
});
export type KbArticle = z.infer<typeof KbArticle>;

/** A new version of an article in another language: a draft with its own slug and its own search index. */
export const CreateKbTranslation = z
  .object({
    locale: DefaultLanguage,
    title: z.string().trim().min(1).max(200),
    slug: KbSlug.optional(),
    summary: z.string().trim().max(300).default(''),
    body: z.string().max(200_000).default(''),
  })
  .strict();
export type CreateKbTranslation = z.infer<typeof CreateKbTranslation>;

export const KbArticleListItem = KbArticleSummary.extend({
  sectionId: Id,
  status: KbStatus,
  audience: KbAudience,
  updatedAt: Timestamp,
});
export type KbArticleListItem = z.infer<typeof KbArticleListItem>;

export const KbArticleListQuery = z.object({
  status: KbStatus.optional(),
  sectionId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const CreateKbArticle = z
  .object({
    sectionId: Id,
    title: z.string().trim().min(1).max(200),
    slug: KbSlug.optional(),
    locale: KbLocale,
    summary: z.string().trim().max(300).default(''),
    body: z.string().max(200_000).default(''),
    audience: KbAudience.default('public'),
    audienceSegmentIds: z.array(Id).max(50).default([]),
  })
  .strict();
export type CreateKbArticle = z.infer<typeof CreateKbArticle>;

export const UpdateKbArticle = z
  .object({
    sectionId: Id,
    title: z.string().trim().min(1).max(200),
    slug: KbSlug,
    summary: z.string().trim().max(300),
    body: z.string().max(200_000),
    status: KbStatus,
    audience: KbAudience,
    audienceSegmentIds: z.array(Id).max(50),
  })
  .partial()
  .strict();
export type UpdateKbArticle = z.infer<typeof UpdateKbArticle>;

export const KbArticleVersion = z.object({
  number: z.number().int(),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  author: z.string().nullable(),
  createdAt: Timestamp,
});
export const RestoreKbArticle = z.object({ version: z.number().int().min(1) }).strict();

export const KbSearchQuery = z.object({
  q: z.string().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export const KbSearchHit = KbArticleSummary.extend({
  snippet: z.string().describe('HTML: escaped text with matches in <mark>'),
  score: z.number(),
});
export type KbSearchHit = z.infer<typeof KbSearchHit>;
export const KbSearchResult = z.object({ items: z.array(KbSearchHit) });

export const KbFeedback = z.object({ helpful: z.boolean(), comment: z.string().trim().max(1000).optional() }).strict();
export const KbFeedbackResult = z.object({ helpful: z.boolean(), yes: z.number().int(), no: z.number().int() });

export const KbPreview = z.object({ body: z.string().max(200_000) }).strict();
export const KbPreviewResult = z.object({ html: z.string() });

export const KbAnalytics = z.object({
  topQueries: z.array(z.object({ query: z.string(), searches: z.number().int(), lastResults: z.number().int() })),
  noResultQueries: z.array(z.object({ query: z.string(), searches: z.number().int() })),
  worstArticles: z.array(
    z.object({
      id: Id,
      title: z.string(),
      slug: z.string(),
      yes: z.number().int(),
      no: z.number().int(),
      helpfulRatio: z.number(),
    }),
  ),
  /** The latest "Was this helpful?" comments of the period (plain text: render as text). */
  recentComments: z.array(
    z.object({
      articleId: Id,
      title: z.string(),
      slug: z.string(),
      helpful: z.boolean(),
      comment: z.string(),
      createdAt: Timestamp,
    }),
  ),
});
export type KbAnalytics = z.infer<typeof KbAnalytics>;
