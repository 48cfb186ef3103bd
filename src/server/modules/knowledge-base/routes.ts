import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CreateKbArticle,
  CreateKbTranslation,
  CreateKbCategory,
  CreateKbSection,
  Id,
  KbAnalytics,
  KbArticle,
  KbArticleListItem,
  KbArticleListQuery,
  KbArticleSummary,
  KbArticleVersion,
  KbCategory,
  KbFeedback,
  KbFeedbackResult,
  KbPreview,
  KbPreviewResult,
  KbSearchQuery,
  KbSearchResult,
  ListQuery,
  Page,
  RestoreKbArticle,
  UpdateKbArticle,
  UpdateKbCategory,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { ifMatchVersion } from '../../platform/http/if-match.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { newSecretToken } from '../../platform/ids.ts';
import { loadActor } from '../identity/index.ts';
import { requireHelpCenter } from './policy.ts';
import { analyticsUseCase, previewUseCase } from './use-cases/analytics.ts';
import {
  createArticleUseCase,
  getArticleUseCase,
  listArticlesUseCase,
  updateArticleUseCase,
} from './use-cases/articles.ts';
import {
  createCategoryUseCase,
  createSectionUseCase,
  getCategoryUseCase,
  listCategoriesUseCase,
  updateCategoryUseCase,
} from './use-cases/categories.ts';
import { listCategoryArticlesUseCase } from './use-cases/category-articles.ts';
import { giveFeedbackUseCase, voterKeyOf } from './use-cases/feedback.ts';
import { IMAGE_MAX_BYTES, uploadImageUseCase } from './use-cases/images.ts';
import { searchForActorUseCase, suggestUseCase } from './use-cases/search.ts';
import { listVersionsUseCase, restoreVersionUseCase } from './use-cases/versions.ts';
import { createTranslationUseCase, deleteTranslationUseCase } from './use-cases/translations.ts';

const BASE = '/api/v1/knowledge-base';
const ArticleParams = z.object({ articleId: Id });
const TranslationParams = z.object({ articleId: Id, translationId: Id });
const CategoryParams = z.object({ categoryId: Id });
const LocaleQuery = z.object({
  locale: z
    .string()
    .regex(/^[a-z]{2}(-[A-Z]{2})?$/)
    .default('en'),
});
/** The caller of a reader route, if signed in, refused when none of their accounts has the help center. */
const readerOf = async (ctx: AppContext, request: FastifyRequest) => requireHelpCenter(await loadActor(ctx, request));

/** Readers need no account: what they get is decided per article by the audience rule. */
const READER = access.public(
  'help-center content is readable without an account; each article’s audience rule filters what a caller gets',
);
export const VISITOR_COOKIE = 'portico_kb_visitor';

export function knowledgeBaseRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['knowledge-base'];

    app.get(
      `${BASE}/categories`,
      {
        config: { access: READER },
        schema: {
          tags,
          summary: 'Categories (and their sections) the caller may read',
          querystring: LocaleQuery,
          response: { 200: z.object({ items: z.array(KbCategory) }) },
        },
      },
      async (request) => listCategoriesUseCase(ctx, await readerOf(ctx, request), request.query.locale),
    );

    app.post(
      `${BASE}/categories`,
      {
        config: { access: access.staff, idempotent: true },
        schema: { tags, summary: 'Create a category', body: CreateKbCategory, response: { 201: KbCategory } },
      },
      async (request, reply) =>
        reply.status(201).send(await createCategoryUseCase(ctx, actorOf(request), request.body)),
    );

    app.get(
      `${BASE}/categories/:categoryId`,
      {
        config: { access: READER },
        schema: { tags, summary: 'One category', params: CategoryParams, response: { 200: KbCategory } },
      },
      async (request) => getCategoryUseCase(ctx, await readerOf(ctx, request), request.params.categoryId),
    );

    app.get(
      `${BASE}/categories/:categoryId/articles`,
      {
        config: { access: READER },
        schema: {
          tags,
          summary: 'The category’s articles the caller may read, in reading order (section, position, title)',
          params: CategoryParams,
          querystring: ListQuery,
          response: { 200: Page(KbArticleListItem) },
        },
      },
      async (request) =>
        listCategoryArticlesUseCase(ctx, await readerOf(ctx, request), request.params.categoryId, request.query),
    );

    app.patch(
      `${BASE}/categories/:categoryId`,
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Change a category: name, slug (old ones redirect), audience (If-Match: version)',
          params: CategoryParams,
          body: UpdateKbCategory,
          response: { 200: KbCategory },
        },
      },
      (request) =>
        updateCategoryUseCase(ctx, actorOf(request), request.params.categoryId, request.body, ifMatchVersion(request)),
    );

    app.post(
      `${BASE}/sections`,
      {
        config: { access: access.staff, idempotent: true },
        schema: {
          tags,
          summary: 'Add a section to a category; returns the category',
          body: CreateKbSection,
          response: { 201: KbCategory },
        },
      },
      async (request, reply) => reply.status(201).send(await createSectionUseCase(ctx, actorOf(request), request.body)),
    );

    app.get(
      `${BASE}/articles`,
      {
        config: { access: READER },
        schema: {
          tags,
          summary: 'Articles the caller may read (staff: all, drafts included)',
          querystring: KbArticleListQuery,
          response: { 200: Page(KbArticleListItem) },
        },
      },
      async (request) => listArticlesUseCase(ctx, await readerOf(ctx, request), request.query),
    );

    app.post(
      `${BASE}/articles`,
      {
        config: { access: access.staff, idempotent: true },
        schema: { tags, summary: 'Create a draft article', body: CreateKbArticle, response: { 201: KbArticle } },
      },
      async (request, reply) => reply.status(201).send(await createArticleUseCase(ctx, actorOf(request), request.body)),
    );

    app.post(
      `${BASE}/articles/:articleId/translations`,
      {
        config: { access: access.staff, idempotent: true },
        schema: {
          tags,
          summary: 'Add a version of the article in another language (a draft with its own slug and search index)',
          params: ArticleParams,
          body: CreateKbTranslation,
          response: { 201: KbArticle },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createTranslationUseCase(ctx, actorOf(request), request.params.articleId, request.body)),
    );

    app.delete(
      `${BASE}/articles/:articleId/translations/:translationId`,
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Remove one language’s version of the article (not the original); answers with the original',
          params: TranslationParams,
          response: { 200: KbArticle },
        },
      },
      (request) =>
        deleteTranslationUseCase(ctx, actorOf(request), request.params.articleId, request.params.translationId),
    );

    app.get(
      `${BASE}/articles/:articleId`,
      {
        config: { access: READER },
        schema: {
          tags,
          summary: 'One article with its rendered body and related articles; outside its audience it is 404',
          params: ArticleParams,
          response: { 200: KbArticle },
        },
      },
      async (request) => getArticleUseCase(ctx, await readerOf(ctx, request), request.params.articleId),
    );

    app.patch(
      `${BASE}/articles/:articleId`,
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Edit, publish or archive an article (If-Match: version); content changes add a version',
          params: ArticleParams,
          body: UpdateKbArticle,
          response: { 200: KbArticle },
        },
      },
      (request) =>
        updateArticleUseCase(ctx, actorOf(request), request.params.articleId, request.body, ifMatchVersion(request)),
    );

    app.get(
      `${BASE}/articles/:articleId/versions`,
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Version history, newest first',
          params: ArticleParams,
          response: { 200: z.object({ items: z.array(KbArticleVersion) }) },
        },
      },
      (request) => listVersionsUseCase(ctx, actorOf(request), request.params.articleId),
    );

    app.post(
      `${BASE}/articles/:articleId/restore`,
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Restore an earlier version’s content (as a new version)',
          params: ArticleParams,
          body: RestoreKbArticle,
          response: { 200: KbArticle },
        },
      },
      (request) =>
        restoreVersionUseCase(
          ctx,
          actorOf(request),
          request.params.articleId,
          request.body.version,
          ifMatchVersion(request),
        ),
    );

    app.post(
      `${BASE}/articles/:articleId/feedback`,
      {
        config: {
          access: access.public(
            'anonymous readers answer “was this helpful?”; one vote per visitor cookie, 404 outside the audience',
          ),
        },
        schema: {
          tags,
          summary: 'Was this helpful? One vote per reader; voting again replaces it',
          params: ArticleParams,
          body: KbFeedback,
          response: { 200: KbFeedbackResult },
        },
      },
      async (request, reply) => {
        const actor = await readerOf(ctx, request);
        let visitor = request.cookies[VISITOR_COOKIE];
        if (!visitor || visitor.length > 100) {
          visitor = newSecretToken();
          reply.setCookie(VISITOR_COOKIE, visitor, {
            path: '/',
            httpOnly: true,
            sameSite: 'lax',
            secure: ctx.config.baseUrl.startsWith('https://'),
            maxAge: 365 * 86_400,
          });
        }
        return giveFeedbackUseCase(
          ctx,
          actor,
          request.params.articleId,
          voterKeyOf(actor, visitor),
          request.body,
          request.ip,
        );
      },
    );

    app.get(
      `${BASE}/search`,
      {
        config: { access: READER },
        schema: {
          tags,
          summary: 'Full-text search with ranking, highlighted snippets (HTML with <mark> only) and typo tolerance',
          querystring: KbSearchQuery.extend(LocaleQuery.shape),
          response: { 200: KbSearchResult },
        },
      },
      async (request) => searchForActorUseCase(ctx, await readerOf(ctx, request), request.query, request.ip),
    );

    app.get(
      `${BASE}/suggestions`,
      {
        config: { access: READER },
        schema: {
          tags,
          summary: 'Search-as-you-type: matching titles',
          querystring: KbSearchQuery.extend(LocaleQuery.shape),
          response: { 200: z.object({ items: z.array(KbArticleSummary) }) },
        },
      },
      async (request) => suggestUseCase(ctx, await readerOf(ctx, request), request.query),
    );

    app.post(
      `${BASE}/preview`,
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Render Markdown exactly as readers will see it (editor live preview)',
          body: KbPreview,
          response: { 200: KbPreviewResult },
        },
      },
      (request) => previewUseCase(actorOf(request), request.body.body),
    );

    await app.register(async (plain) => {
      const upload = plain.withTypeProvider<ZodTypeProvider>();
      // Raw image bodies, only on this route: the rest of the API stays JSON-only (415 otherwise).
      upload.addContentTypeParser(
        ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/octet-stream'],
        { parseAs: 'buffer', bodyLimit: IMAGE_MAX_BYTES },
        (_request, body, done) => done(null, body),
      );
      upload.post(
        `${BASE}/images`,
        {
          config: { access: access.staff },
          schema: {
            tags,
            summary: 'Upload an article image (raw PNG, JPEG, GIF or WebP body); returns its URL and Markdown',
            response: { 201: z.object({ id: Id, url: z.string(), markdown: z.string() }) },
          },
        },
        async (request, reply) => reply.status(201).send(await uploadImageUseCase(ctx, actorOf(request), request.body)),
      );
    });

    app.get(
      `${BASE}/analytics`,
      {
        config: { access: access.staff },
        schema: {
          tags,
          summary: 'Search analytics and least helpful articles',
          querystring: z.object({ days: z.coerce.number().int().min(1).max(365).default(30) }),
          response: { 200: KbAnalytics },
        },
      },
      (request) => analyticsUseCase(ctx, actorOf(request), request.query.days),
    );
  };
}
