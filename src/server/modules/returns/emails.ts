import type { ReturnStatus } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { queueMails, renderCatalogMail } from '../../platform/mail/index.ts';
import { mailBrandingFor } from '../branding/index.ts';
import { emailFrequencies } from '../notifications/index.ts';
import { requesterOf } from './repository.ts';

/**
 * Tells the customer who asked for the return about its step, queued in the step's transaction (the mail exists
 * exactly when the step does). Follows their `orders` email preference: returns are part of their orders.
 */
export async function notifyReturnStep(
  ctx: AppContext,
  tx: Queryable,
  r: {
    id: string;
    accountId: string;
    accountName: string;
    number: string;
    orderNumber: string;
    status: ReturnStatus;
    requestedBy: string | null;
    detail?: string;
  },
) {
  if (!r.requestedBy) return;
  const person = await requesterOf(tx, r.requestedBy);
  if (!person) return;
  const preferences = await emailFrequencies(tx, [person.user_id], 'orders');
  if (preferences.get(person.user_id) === 'off') return;
  const { base, branding, language } = await mailBrandingFor(ctx, tx, { accountId: r.accountId });
  const values = {
    portal: branding.name,
    number: r.number,
    order: r.orderNumber,
    status: r.status,
    account: r.accountName,
    detail: r.detail ?? '',
  };
  const mail = renderCatalogMail(
    branding,
    'returnStatus',
    values,
    language(person.locale ?? null),
    `${base}/returns/${r.id}`,
  );
  await queueMails(tx, ctx.secretBox, [{ to: person.email, ...mail }], ctx.clock.now());
}
