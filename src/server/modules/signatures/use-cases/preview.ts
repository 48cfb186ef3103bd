import type { PreviewEnvelope } from '../../../../contract/index.ts';
import { accountScopeOf, requireModule, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import { signaturePolicy } from '../policy.ts';
import { accountInScope } from '../repository-people.ts';
import { renderSourcePdf } from './send.ts';

/**
 * The PDF an envelope would carry (staff, before sending): the console renders its pages to place the fields on.
 * The same rendering as the send, so the pages staff place fields on are the pages the signers see. Nothing stored.
 */
export async function previewEnvelopeUseCase(ctx: AppContext, actor: Actor, accountId: string, input: PreviewEnvelope) {
  const account = await accountInScope(ctx.db, accountId, scopeParams(accountScopeOf(actor)));
  if (!account) throw notFound();
  if (!signaturePolicy.canSend(actor)) throw forbidden();
  requireModule(actor, accountId, 'signatures');
  const { bytes, pageCount } = await renderSourcePdf(ctx, account, input.source, input.title);
  return { bytes: Buffer.from(bytes), pageCount };
}
