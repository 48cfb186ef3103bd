import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { kbPolicy, viewerOf } from '../policy.ts';
import { presentVersion } from '../presenters.ts';
import { findArticle, findVersion, listVersions } from '../repository.ts';
import { updateArticleUseCase } from './articles.ts';

export async function listVersionsUseCase(ctx: AppContext, actor: Actor, articleId: string) {
  if (!(await findArticle(ctx.db, viewerOf(actor), articleId))) throw notFound();
  if (!kbPolicy.articleAbilities(actor).viewHistory) throw forbidden();
  return { items: (await listVersions(ctx.db, articleId)).map(presentVersion) };
}

/** Restoring copies an old version's content forward as a new version: history is never rewritten. */
export async function restoreVersionUseCase(
  ctx: AppContext,
  actor: Actor,
  articleId: string,
  number: number,
  expectedVersion: number | null,
) {
  if (!(await findArticle(ctx.db, viewerOf(actor), articleId))) throw notFound();
  if (!kbPolicy.canEditArticles(actor)) throw forbidden();
  const version = await findVersion(ctx.db, articleId, number);
  if (!version) throw fieldError('version', 'not_found', 'This article has no such version.');
  return updateArticleUseCase(
    ctx,
    actor,
    articleId,
    { title: version.title, summary: version.summary, body: version.body },
    expectedVersion,
  );
}
