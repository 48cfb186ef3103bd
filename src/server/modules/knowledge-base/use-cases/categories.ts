import type { CreateKbCategory, UpdateKbCategory } from '../../../../contract/index.ts';
import { recordAudit } from '../../audit/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { kbPolicy, viewerOf } from '../policy.ts';
import { presentCategory } from '../presenters.ts';
import {
  claimSlug,
  findCategory,
  insertCategory,
  insertSection,
  listCategories,
  updateCategory,
} from '../repository.ts';
import { RESERVED_SLUGS, slugify } from '../slugs.ts';

export async function listCategoriesUseCase(ctx: AppContext, actor: Actor | null, locale: string) {
  const rows = await listCategories(ctx.db, viewerOf(actor), locale);
  return { items: rows.map((row) => presentCategory(row, actor)) };
}

export async function getCategoryUseCase(ctx: AppContext, actor: Actor | null, id: string) {
  const row = await findCategory(ctx.db, viewerOf(actor), id);
  if (!row) throw notFound();
  return presentCategory(row, actor);
}

function checkSlug(slug: string) {
  if (RESERVED_SLUGS.has(slug))
    throw fieldError('slug', 'reserved', 'This word is used by the help center itself; choose another slug.');
}

const slugInUse = () => fieldError('slug', 'taken', 'Another category uses (or used) this slug.');

export async function createCategoryUseCase(ctx: AppContext, actor: Actor, input: CreateKbCategory) {
  if (!kbPolicy.canManageCategories(actor)) throw forbidden();
  const id = newId();
  const slug = input.slug ?? slugify(input.name);
  checkSlug(slug);
  await ctx.db.transaction(async (tx) => {
    if (!(await claimSlug(tx, 'category', input.locale, slug, id))) throw slugInUse();
    await insertCategory(tx, id, { ...input, slug });
    await recordAudit(tx, {
      action: 'kb_category.created',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'kb_category', id, label: input.name },
      occurredAt: ctx.clock.now(),
    });
  });
  return getCategoryUseCase(ctx, actor, id);
}

export async function updateCategoryUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateKbCategory,
  expectedVersion: number | null,
) {
  const current = await findCategory(ctx.db, viewerOf(actor), id);
  if (!current) throw notFound();
  if (!kbPolicy.canManageCategories(actor)) throw forbidden();
  const next = {
    locale: current.locale,
    slug: input.slug ?? current.slug,
    name: input.name ?? current.name,
    description: input.description ?? current.description,
    position: input.position ?? current.position,
    audience: input.audience ?? current.audience,
    audienceSegmentIds: input.audienceSegmentIds ?? current.audience_segment_ids,
  };
  checkSlug(next.slug);
  await ctx.db.transaction(async (tx) => {
    if (next.slug !== current.slug && !(await claimSlug(tx, 'category', current.locale, next.slug, id)))
      throw slugInUse();
    if (!(await updateCategory(tx, id, next, expectedVersion)))
      throw conflict('The category changed since you loaded it. Reload and try again.', 'stale_version');
    await recordAudit(tx, {
      action: 'kb_category.updated',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'kb_category', id, label: next.name },
      occurredAt: ctx.clock.now(),
      details: {
        fields: Object.keys(input),
        ...(next.audience !== current.audience ? { audience: [current.audience, next.audience] } : {}),
      },
    });
  });
  return getCategoryUseCase(ctx, actor, id);
}

export async function createSectionUseCase(
  ctx: AppContext,
  actor: Actor,
  input: { categoryId: string; name: string; position: number },
) {
  if (!kbPolicy.canManageCategories(actor)) throw forbidden();
  if (!(await findCategory(ctx.db, viewerOf(actor), input.categoryId)))
    throw fieldError('categoryId', 'not_found', 'Choose an existing category.');
  const id = newId();
  await insertSection(ctx.db, { id, ...input });
  return getCategoryUseCase(ctx, actor, input.categoryId);
}
