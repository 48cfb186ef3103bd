import type { CreateKbArticle, KbStatus, UpdateKbArticle } from '../../../../contract/index.ts';
import { recordAudit } from '../../audit/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { conflict, fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { kbPolicy, viewerOf } from '../policy.ts';
import { presentArticle, presentArticleListItem } from '../presenters.ts';
import {
  claimSlug,
  findArticle,
  findSection,
  insertArticle,
  listArticles,
  relatedArticles,
  slugTaken,
  snapshotArticle,
  updateArticle,
  type ArticleFields,
} from '../repository.ts';
import { slugify } from '../slugs.ts';
import { listTranslations } from '../repository-translations.ts';

export async function listArticlesUseCase(
  ctx: AppContext,
  actor: Actor | null,
  query: { status?: KbStatus; sectionId?: string; limit: number; cursor?: string },
) {
  const cursor = decodeCursor(query.cursor, ['uuid']);
  const rows = await listArticles(ctx.db, viewerOf(actor), {
    status: query.status,
    sectionId: query.sectionId,
    afterId: cursor?.[0] ?? null,
    limit: query.limit,
  });
  return toPage(rows, query.limit, presentArticleListItem, (row) => [row.id]);
}

/** One article as its reader may see it: hidden and missing are the same 404. */
export async function getArticleUseCase(ctx: AppContext, actor: Actor | null, id: string) {
  const viewer = viewerOf(actor);
  const row = await findArticle(ctx.db, viewer, id);
  if (!row) throw notFound();
  const translations = await listTranslations(ctx.db, viewer, id);
  return presentArticle(row, await relatedArticles(ctx.db, viewer, row), actor, translations);
}

const slugInUse = () => fieldError('slug', 'taken', 'Another article uses (or used) this slug.');

/** A generated slug that is taken gets a number: "billing", "billing-2", ... */
export async function freeSlug(db: Queryable, locale: string, base: string) {
  for (let n = 1; n < 50; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await slugTaken(db, 'article', locale, candidate))) return candidate;
  }
  return `${base}-${newId().slice(-8)}`;
}

const author = (actor: Actor) => ({ id: actor.userId, label: actor.name });
const auditActor = (actor: Actor) => ({ id: actor.userId, label: actor.email });

export async function createArticleUseCase(ctx: AppContext, actor: Actor, input: CreateKbArticle) {
  if (!kbPolicy.canEditArticles(actor)) throw forbidden();
  const section = await findSection(ctx.db, input.sectionId);
  if (!section) throw fieldError('sectionId', 'not_found', 'Choose an existing section.');
  const id = newId();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const slug = input.slug ?? (await freeSlug(tx, section.locale, slugify(input.title)));
    if (!(await claimSlug(tx, 'article', section.locale, slug, id))) throw slugInUse();
    await insertArticle(tx, id, section.locale, { ...input, slug, status: 'draft' }, now);
    await snapshotArticle(tx, id, author(actor), now);
    await recordAudit(tx, {
      action: 'kb_article.created',
      actor: auditActor(actor),
      target: { type: 'kb_article', id, label: input.title },
      occurredAt: now,
    });
  });
  return getArticleUseCase(ctx, actor, id);
}

/**
 * Edits content, metadata and status in one call (If-Match: version). A change of title, summary or body
 * records a new version; a new slug is added to the article's slugs, the old ones keep redirecting.
 */
export async function updateArticleUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateKbArticle,
  expectedVersion: number | null,
) {
  const current = await findArticle(ctx.db, viewerOf(actor), id);
  if (!current) throw notFound();
  if (!kbPolicy.canEditArticles(actor)) throw forbidden();
  const next: ArticleFields = {
    sectionId: input.sectionId ?? current.section_id,
    slug: input.slug ?? current.slug,
    title: input.title ?? current.title,
    summary: input.summary ?? current.summary,
    body: input.body ?? current.body,
    status: input.status ?? current.status,
    audience: input.audience ?? current.audience,
    audienceSegmentIds: input.audienceSegmentIds ?? current.audience_segment_ids,
  };
  if (next.sectionId !== current.section_id) {
    const section = await findSection(ctx.db, next.sectionId);
    if (!section || section.locale !== current.locale)
      throw fieldError('sectionId', 'not_found', 'Choose an existing section of the same language.');
  }
  const contentChanged = next.title !== current.title || next.summary !== current.summary || next.body !== current.body;
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (next.slug !== current.slug && !(await claimSlug(tx, 'article', current.locale, next.slug, id)))
      throw slugInUse();
    if (!(await updateArticle(tx, id, next, expectedVersion, now)))
      throw conflict('The article changed since you loaded it. Reload and try again.', 'stale_version');
    if (contentChanged) await snapshotArticle(tx, id, author(actor), now);
    // Who published, archived or widened an article's audience is worth knowing later: the audit log keeps it.
    await recordAudit(tx, {
      action: 'kb_article.updated',
      actor: auditActor(actor),
      target: { type: 'kb_article', id, label: next.title },
      occurredAt: now,
      details: {
        fields: Object.keys(input),
        ...(next.status !== current.status ? { status: [current.status, next.status] } : {}),
        ...(next.audience !== current.audience ? { audience: [current.audience, next.audience] } : {}),
      },
    });
  });
  return getArticleUseCase(ctx, actor, id);
}
