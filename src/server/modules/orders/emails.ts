import type { OrderStatus } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { queueMails, renderCatalogMail } from '../../platform/mail/index.ts';
import { mailBrandingFor } from '../branding/index.ts';
import { emailFrequencies } from '../notifications/index.ts';
import { peopleOfAccount } from './repository.ts';

/**
 * Tells the account's people their order's status changed, queued in the upsert's transaction: the mail exists
 * exactly when the change does (a replay or a late older update changes nothing, so mails nothing), and the
 * durable mail job delivers it. People whose `orders` email preference is off get none.
 */
export async function notifyOrderStatus(
  ctx: AppContext,
  tx: Queryable,
  order: { id: string; accountId: string; accountName: string; number: string; status: OrderStatus },
) {
  const people = await peopleOfAccount(tx, order.accountId);
  if (!people.length) return;
  const preferences = await emailFrequencies(
    tx,
    people.map((person) => person.user_id),
    'orders',
  );
  const recipients = people.filter((person) => preferences.get(person.user_id) !== 'off');
  if (!recipients.length) return;
  const { base, branding, language } = await mailBrandingFor(ctx, tx, { accountId: order.accountId });
  const values = { portal: branding.name, number: order.number, status: order.status, account: order.accountName };
  const mails = recipients.map((person) => ({
    to: person.email,
    ...renderCatalogMail(
      branding,
      'orderStatus',
      values,
      language(person.locale ?? null),
      `${base}/orders/${order.id}`,
    ),
  }));
  await queueMails(tx, ctx.secretBox, mails, ctx.clock.now());
}
