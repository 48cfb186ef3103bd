import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { queueMails, renderCatalogMail } from '../../platform/mail/index.ts';
import { publishEvent } from '../../platform/realtime/index.ts';
import { mailBrandingFor } from '../branding/index.ts';
import { adminRecipients, type SubscriptionRow } from './repository.ts';

/**
 * Tells every staff owner and admin that an endpoint was disabled: an email (queued, so the job queue delivers it)
 * and an in-app real-time event to each of them (`webhook.disabled`), both in the transaction that disabled it.
 */
export async function notifyEndpointDisabled(ctx: AppContext, tx: Queryable, subscription: SubscriptionRow, now: Date) {
  // Staff mail: the firm's branding and the main address.
  const { base, branding: mailBranding, language } = await mailBrandingFor(ctx, tx, { staff: true });
  const vars = { portal: mailBranding.name, url: subscription.url };
  const admins = await adminRecipients(tx);
  const url = `${base}/console/webhooks/${subscription.id}`;
  await queueMails(
    tx,
    ctx.secretBox,
    admins.map((admin) => ({
      to: admin.email,
      ...renderCatalogMail(mailBranding, 'webhookDisabled', vars, language(admin.locale, { staff: true }), url),
    })),
    now,
  );
  for (const admin of admins) {
    await publishEvent(
      tx,
      {
        type: 'webhook.disabled',
        accountId: null,
        audience: 'user',
        userId: admin.id,
        data: { subscriptionId: subscription.id, url: subscription.url },
      },
      now,
    );
  }
}
