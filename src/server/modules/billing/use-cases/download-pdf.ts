import type { Readable } from 'node:stream';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { renderPdfOf } from '../documents-pdf.ts';
import { loadDocument } from './load.ts';

export interface PdfToSend {
  name: string;
  body: Readable | Buffer;
  sha256: string | null;
}

/**
 * A sent document's PDF is the exact file that was sent (kept at send); a draft (staff only) is rendered now. An
 * accepted quote with optional lines: the file kept at acceptance, with the lines chosen.
 */
export async function downloadPdfUseCase(ctx: AppContext, actor: Actor, id: string): Promise<PdfToSend> {
  const row = await loadDocument(ctx, actor, id);
  if (row.accepted_pdf_key)
    return {
      name: `${row.number}.pdf`,
      body: await ctx.storage.read(row.accepted_pdf_key),
      sha256: row.accepted_pdf_sha256,
    };
  if (row.pdf_key)
    return { name: `${row.number}.pdf`, body: await ctx.storage.read(row.pdf_key), sha256: row.pdf_sha256 };
  const { pdf } = await renderPdfOf(ctx, ctx.db, row, ctx.clock.now());
  return { name: `draft-${row.kind}.pdf`, body: pdf, sha256: null };
}
