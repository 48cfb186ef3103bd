import type { CreateKbTranslation } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { kbPolicy, viewerOf } from '../policy.ts';
import { claimSlug, findArticle, insertArticle, snapshotArticle } from '../repository.ts';
import {
  deleteTranslation,
  setTranslationOf,
  translationExists,
  translationGroupOf,
} from '../repository-translations.ts';
import { slugify } from '../slugs.ts';
import { freeSlug, getArticleUseCase } from './articles.ts';

/**
 * Adds a version of an article in another language: a draft in the same section and with the same audience, its
 * own slug (unique within its language) and its own search index (the column is generated with the language's
 * text-search configuration). Editing and publishing it is the ordinary article update.
 */
export async function createTranslationUseCase(
  ctx: AppContext,
  actor: Actor,
  articleId: string,
  input: CreateKbTranslation,
) {
  const original = await findArticle(ctx.db, viewerOf(actor), articleId);
  if (!original) throw notFound();
  if (!kbPolicy.canEditArticles(actor)) throw forbidden();
  const id = newId();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const groupId = (await translationGroupOf(tx, articleId)) ?? articleId;
    if (await translationExists(tx, groupId, input.locale))
      throw fieldError('locale', 'taken', 'This article already has a version in this language: edit that one.');
    const slug = input.slug ?? (await freeSlug(tx, input.locale, slugify(input.title)));
    if (!(await claimSlug(tx, 'article', input.locale, slug, id)))
      throw fieldError('slug', 'taken', 'Another article uses (or used) this slug.');
    await insertArticle(
      tx,
      id,
      input.locale,
      {
        sectionId: original.section_id,
        slug,
        title: input.title,
        summary: input.summary,
        body: input.body,
        status: 'draft',
        audience: original.audience,
        audienceSegmentIds: original.audience_segment_ids,
      },
      now,
    );
    await setTranslationOf(tx, id, groupId);
    await snapshotArticle(tx, id, { id: actor.userId, label: actor.name }, now);
    await recordAudit(tx, {
      action: 'kb_article.translated',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'kb_article', id, label: input.title },
      occurredAt: now,
      details: { translationOf: groupId, locale: input.locale },
    });
  });
  return getArticleUseCase(ctx, actor, id);
}

/**
 * Removes one language's version of an article (never the original: it is the group the others hang on). Its
 * history and feedback go with it; its slugs stay claimed, so an old address answers 404 rather than another page.
 */
export async function deleteTranslationUseCase(
  ctx: AppContext,
  actor: Actor,
  articleId: string,
  translationId: string,
) {
  const viewer = viewerOf(actor);
  const original = await findArticle(ctx.db, viewer, articleId);
  const translation = original ? await findArticle(ctx.db, viewer, translationId) : null;
  if (!original || !translation) throw notFound();
  if (!kbPolicy.canEditArticles(actor)) throw forbidden();
  const groupId = await ctx.db.transaction(async (tx) => {
    const group = (await translationGroupOf(tx, articleId)) ?? articleId;
    // Only a translation of this very article, still there when the transaction runs (two deletes: one wins).
    if (!(await deleteTranslation(tx, translationId, group))) throw notFound();
    await recordAudit(tx, {
      action: 'kb_article.translation_deleted',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'kb_article', id: translationId, label: translation.title },
      occurredAt: ctx.clock.now(),
      details: { translationOf: group, locale: translation.locale },
    });
    return group;
  });
  // The original, with the translations that are left.
  return getArticleUseCase(ctx, actor, groupId);
}
