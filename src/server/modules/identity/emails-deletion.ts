import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { queueMail, renderCatalogMail } from '../../platform/mail/index.ts';
import { mailBrandingFor } from '../branding/index.ts';

/**
 * The notice of a scheduled deletion, queued in the request's transaction: whoever started it (the person or staff),
 * the person learns the date and how to cancel, in their own language (else their segment's, else the portal's).
 * The erasure removes this mail from the log with the rest.
 */
export async function queueDeletionScheduledEmail(
  ctx: AppContext,
  tx: Queryable,
  to: { email: string; locale: string | null },
  scheduledFor: Date,
) {
  const { base, branding, language } = await mailBrandingFor(ctx, tx, { email: to.email });
  const values = { portal: branding.name, date: scheduledFor.toISOString().slice(0, 16).replace('T', ' ') };
  const url = `${base}/profile#delete-account`;
  const mail = renderCatalogMail(branding, 'deletionScheduled', values, language(to.locale), url);
  await queueMail(tx, ctx.secretBox, { to: to.email, ...mail }, ctx.clock.now());
}
