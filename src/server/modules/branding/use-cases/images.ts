import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { sniffLogo } from '../../settings/index.ts';
import { brandingPolicy } from '../policy.ts';
import { presentSegmentBranding } from '../presenters.ts';
import { findSegmentBranding, saveSegmentBranding, segmentExists } from '../repository.ts';
import { firmBranding } from '../resolve.ts';

export type BrandingImage = 'logo' | 'favicon';
// Logos are shown at most 64 px high (retina: 128); favicons are square.
const SIZES: Record<BrandingImage, { width: number; height: number; fit: 'inside' | 'cover' }> = {
  logo: { width: 512, height: 128, fit: 'inside' },
  favicon: { width: 64, height: 64, fit: 'cover' },
};
// A decoded image larger than this is refused before it is resized (decompression bombs).
const MAX_INPUT_PIXELS = 4096 * 4096;

const unsupported = () =>
  new AppError(415, 'unsupported_media_type', 'Unsupported image', 'Upload a PNG, JPEG or WebP image.');

/**
 * Sniffed like the firm's logo (settings: PNG, JPEG or WebP by their bytes, never SVG), then decoded and re-encoded
 * as PNG by sharp: what is stored and served is our own encoding, without metadata or trailing payloads.
 */
async function reencode(body: Buffer, image: BrandingImage): Promise<Buffer> {
  sniffLogo(body);
  // sharp (libvips) loads at the first image, not at every start.
  const { default: sharp } = await import('sharp');
  try {
    return await sharp(body, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ ...SIZES[image], withoutEnlargement: true })
      .png()
      .toBuffer();
  } catch {
    throw unsupported();
  }
}

export async function uploadSegmentImageUseCase(
  ctx: AppContext,
  actor: Actor,
  segmentId: string,
  image: BrandingImage,
  body: Buffer,
  ip: string,
) {
  if (!brandingPolicy.canUpdate(actor)) throw forbidden();
  if (!(await segmentExists(ctx.db, segmentId))) throw notFound();
  const png = await reencode(body, image);
  // Keys are ours (lower-case, random): a new key per upload, so cached copies of the old image never linger.
  const key = `branding/segments/${segmentId}/${image}-${randomBytes(8).toString('hex')}`;
  await ctx.storage.write(key, Readable.from(png));
  const previous = await findSegmentBranding(ctx.db, segmentId);
  let row;
  try {
    row = await ctx.db.transaction(async (tx) => {
      const saved = (await saveSegmentBranding(tx, segmentId, { [`${image}Key`]: key }, null))!;
      await recordAudit(tx, {
        action: 'segment.branding_updated',
        actor: { id: actor.userId, label: actor.email },
        target: { type: 'segment', id: segmentId },
        ip,
        details: { fields: [image] },
        occurredAt: ctx.clock.now(),
      });
      return saved;
    });
  } catch (error) {
    await ctx.storage.remove(key);
    throw error;
  }
  await removeImages(ctx, [image === 'logo' ? previous?.logo_key : previous?.favicon_key]);
  return presentSegmentBranding(segmentId, row, await firmBranding(ctx.db), actor);
}

export async function removeImages(ctx: AppContext, keys: (string | null | undefined)[]) {
  for (const key of keys) if (key) await ctx.storage.remove(key);
}

/** Public: the image is on the segment's sign-in pages and in its emails. Always our own PNG encoding. */
export async function readSegmentImage(ctx: AppContext, segmentId: string, image: BrandingImage) {
  const row = await findSegmentBranding(ctx.db, segmentId);
  const key = image === 'logo' ? row?.logo_key : row?.favicon_key;
  if (!key) throw notFound();
  try {
    return await ctx.storage.read(key);
  } catch {
    throw notFound();
  }
}
