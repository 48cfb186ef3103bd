import type { BrandingPreviewRequest, UpdateSegmentBranding } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, forbidden, notFound } from '../../../platform/http/errors.ts';
import { renderCatalogMail, templateEntry } from '../../../platform/mail/index.ts';
import { recordAudit } from '../../audit/index.ts';
import { renderHelpPreview } from '../../knowledge-base/index.ts';
import { segmentBaseUrl } from '../../domains/index.ts';
import { brandingPolicy } from '../policy.ts';
import { imagesOf, mergeBranding, overridesOf, presentSegmentBranding } from '../presenters.ts';
import { findSegmentBranding, saveSegmentBranding, segmentExists } from '../repository.ts';
import { firmBranding, mailLanguages } from '../resolve.ts';
import { removeImages } from './images.ts';

async function requireSegment(ctx: AppContext, actor: Actor, segmentId: string) {
  if (!brandingPolicy.canRead(actor)) throw forbidden();
  if (!(await segmentExists(ctx.db, segmentId))) throw notFound();
}

export async function getSegmentBrandingUseCase(ctx: AppContext, actor: Actor, segmentId: string) {
  await requireSegment(ctx, actor, segmentId);
  const row = await findSegmentBranding(ctx.db, segmentId);
  return presentSegmentBranding(segmentId, row, await firmBranding(ctx.db), actor);
}

export async function updateSegmentBrandingUseCase(
  ctx: AppContext,
  actor: Actor,
  segmentId: string,
  input: UpdateSegmentBranding,
  expectedVersion: number | null,
  ip: string,
) {
  await requireSegment(ctx, actor, segmentId);
  if (!brandingPolicy.canUpdate(actor)) throw forbidden();
  const { removeLogo, removeFavicon, ...fields } = input;
  const previous = await findSegmentBranding(ctx.db, segmentId);
  const row = await ctx.db.transaction(async (tx) => {
    const saved = await saveSegmentBranding(
      tx,
      segmentId,
      { ...fields, ...(removeLogo ? { logoKey: null } : {}), ...(removeFavicon ? { faviconKey: null } : {}) },
      expectedVersion,
    );
    if (!saved) throw conflict('The branding changed since you loaded it. Reload and try again.', 'stale_version');
    await recordAudit(tx, {
      action: 'segment.branding_updated',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'segment', id: segmentId },
      ip,
      details: { fields: Object.keys(input) },
      occurredAt: ctx.clock.now(),
    });
    return saved;
  });
  // Only after the commit: a rolled-back change still points at the old images.
  await removeImages(ctx, [removeLogo ? previous?.logo_key : null, removeFavicon ? previous?.favicon_key : null]);
  return presentSegmentBranding(segmentId, row, await firmBranding(ctx.db), actor);
}

/**
 * The portal, a help-center page and an email as the segment's people would see them with the unsaved values:
 * rendered by the same code as the real ones, so the preview cannot drift from what is sent.
 */
export async function previewSegmentBrandingUseCase(
  ctx: AppContext,
  actor: Actor,
  segmentId: string,
  input: BrandingPreviewRequest,
) {
  await requireSegment(ctx, actor, segmentId);
  const row = await findSegmentBranding(ctx.db, segmentId);
  // The segment's own portal address (its domain, when it has one), as its real emails use.
  const base = await segmentBaseUrl(ctx, ctx.db, segmentId);
  // Unsaved values win; a field the form left out keeps the saved override.
  const effective = mergeBranding(await firmBranding(ctx.db), { ...overridesOf(row), ...input }, imagesOf(row));
  // The logo stays relative here: the preview is shown inside the console, on this origin (CSP img-src 'self').
  // A sample invoice email (the catalogue's sample values) and the help page, in the segment's language.
  const sample = templateEntry('invoiceSent')!.sample;
  const language = (await mailLanguages(ctx.db, segmentId))(null);
  const values = { ...sample, portal: effective.name };
  const email = renderCatalogMail(effective, 'invoiceSent', values, language, `${base}/billing`);
  // Mail is light-only (its layout asks clients not to darken it); the help page follows the reader's theme: both.
  return {
    effective,
    email,
    helpPage: renderHelpPreview(effective, base, language),
    helpPageDark: renderHelpPreview(effective, base, language, 'dark'),
  };
}
