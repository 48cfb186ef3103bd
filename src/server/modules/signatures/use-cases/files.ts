import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict } from '../../../platform/http/errors.ts';
import { sha256Hex } from '../pdf/digest.ts';
import { markFirstViewed, signersOf } from '../repository.ts';
import { readAll } from './complete.ts';
import { loadEnvelope } from './load.ts';
import { recordTrail } from './trail.ts';

/**
 * The PDF sent for signature, with its SHA-256 (the value a signature must name). Every view is in the envelope's
 * trail and the audit log, with the viewer's IP and user agent (a signer's first view is also kept on their row).
 */
export async function viewOriginalUseCase(ctx: AppContext, actor: Actor, id: string) {
  const row = await loadEnvelope(ctx, actor, id);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const signer = (await signersOf(tx, [id])).find((s) => s.user_id === actor.userId);
    if (signer) await markFirstViewed(tx, signer.id, now);
    await recordTrail(ctx, tx, row, {
      kind: 'viewed',
      signerId: signer?.id ?? null,
      actor: { id: actor.userId, email: actor.email },
      sha256: row.original_sha256,
      now,
    });
  });
  return { name: `${row.title}.pdf`, body: await ctx.storage.read(row.original_key), sha256: row.original_sha256 };
}

const notCompleted = () => conflict('The envelope is not completed yet.', 'not_completed');

/** The signed, sealed PDF with its certificate page. */
export async function downloadCompletedUseCase(ctx: AppContext, actor: Actor, id: string) {
  const row = await loadEnvelope(ctx, actor, id);
  if (row.status !== 'completed' || !row.completed_key) throw notCompleted();
  return {
    name: `${row.title} - signed.pdf`,
    body: await ctx.storage.read(row.completed_key),
    sha256: row.completed_sha256,
  };
}

/** Checks the stored signed copy: its seal (as a PDF reader would) and its SHA-256 against the one recorded. */
export async function verifyCompletedUseCase(ctx: AppContext, actor: Actor, id: string) {
  const row = await loadEnvelope(ctx, actor, id);
  if (row.status !== 'completed' || !row.completed_key) throw notCompleted();
  const bytes = await readAll(ctx, row.completed_key);
  const sha256 = sha256Hex(bytes);
  // pdf-lib, node-forge and @signpdf load at the first PDF signature work, not at every start.
  const { verifySealedPdf } = await import('../pdf/seal.ts');
  return { ...verifySealedPdf(bytes), sha256, matchesRecord: sha256 === row.completed_sha256 };
}
