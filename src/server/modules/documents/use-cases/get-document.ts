import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { documentScopeOf } from '../policy.ts';
import { presentDocument } from '../presenters.ts';
import { findDocument } from '../repository.ts';
import { loadSpace } from './space.ts';

/** A document the caller can see (live or in the trash) with its space; 404 otherwise, also for the wrong account path. */
export async function documentFor(
  ctx: AppContext,
  actor: Actor,
  documentId: string,
  options: { accountId?: string; live?: boolean } = {},
) {
  const document = await findDocument(ctx.db, documentScopeOf(actor), documentId);
  if (
    !document ||
    (options.accountId && document.account_id !== options.accountId) ||
    (options.live && document.deleted_at)
  )
    throw notFound();
  const { space, permissions } = await loadSpace(ctx, actor, document.account_id);
  return { document, space, permissions };
}

export async function getDocumentUseCase(ctx: AppContext, actor: Actor, documentId: string, accountId?: string) {
  const { document, permissions } = await documentFor(ctx, actor, documentId, { accountId });
  return presentDocument(document, actor, permissions);
}
