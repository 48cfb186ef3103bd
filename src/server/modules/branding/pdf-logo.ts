import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { segmentBrandingCached, segmentOfAccount } from './repository.ts';

/** PDF readers (pdfkit) embed PNG and JPEG only; the firm's logo may be WebP, which is then left out. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

async function readAll(stream: AsyncIterable<Buffer>) {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * The logo on an account's PDFs (invoices, quotes, credit notes, statements): its segment's own (stored as our PNG
 * encoding), else none. The firm's own logo stays on the portal: it lives outside the file store and may be WebP.
 * A logo that cannot be read leaves the PDF without one rather than failing the document.
 */
export async function pdfLogoOfAccount(ctx: AppContext, db: Queryable, accountId: string): Promise<Buffer | null> {
  const segmentId = await segmentOfAccount(db, accountId);
  const key = segmentId ? (await segmentBrandingCached(db)).get(segmentId)?.logo_key : null;
  if (!key) return null;
  try {
    const bytes = await readAll(await ctx.storage.read(key));
    return bytes.subarray(0, 4).equals(PNG) || bytes.subarray(0, 3).equals(JPEG) ? bytes : null;
  } catch (error) {
    ctx.logger.warn({ err: error, segmentId }, 'segment logo unreadable; PDF rendered without it');
    return null;
  }
}
