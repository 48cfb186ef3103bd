import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { limitsOf } from '../../../platform/security/limits.ts';
import { hashToken } from '../../../platform/ids.ts';
import { viewerOf } from '../policy.ts';
import { findArticle } from '../repository.ts';
import { upsertFeedback } from '../repository-search.ts';

/** Signed-in readers vote as themselves; anonymous ones as their visitor cookie (hashed, so the table holds no live token). */
export function voterKeyOf(actor: Actor | null, visitorToken: string): string {
  return actor && actor.sessionState === 'active' ? `user:${actor.userId}` : `visitor:${hashToken(visitorToken)}`;
}

/** "Was this helpful?": only on an article the reader may see (else 404, like a missing one). */
export async function giveFeedbackUseCase(
  ctx: AppContext,
  actor: Actor | null,
  articleId: string,
  voterKey: string,
  input: { helpful: boolean; comment?: string },
  ip: string,
) {
  if (!(await findArticle(ctx.db, viewerOf(actor), articleId))) throw notFound();
  // A visitor who drops the cookie votes again: a per-address budget keeps that from skewing the analytics.
  await limitsOf(ctx).take('kbFeedbackPerIp', ip);
  const counts = await upsertFeedback(
    ctx.db,
    articleId,
    voterKey,
    input.helpful,
    input.comment || null,
    ctx.clock.now(),
  );
  return { helpful: input.helpful, ...counts };
}
