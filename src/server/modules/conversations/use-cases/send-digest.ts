import type { AppContext } from '../../../platform/context.ts';
import type { JobOutcome } from '../../../platform/jobs/index.ts';
import { renderMail } from '../../../platform/mail/index.ts';
import { mailBaseFor } from '../../branding/index.ts';
import { emailFrequencies, unsubscribeToken } from '../../notifications/index.ts';
import { conversationSettings, digestRowsFor } from '../repository-delivery.ts';

/**
 * Job: the daily digest of one person — threads with unread notifications from the last day, by subject and
 * count only (a digest is a pointer back to the portal, and says nothing a hidden-content portal would hide).
 */
export async function sendDigest(ctx: AppContext, payload: Record<string, unknown>): Promise<JobOutcome> {
  const userId = String(payload.userId);
  if ((await emailFrequencies(ctx.db, [userId], 'messages')).get(userId) !== 'daily') return;
  const now = ctx.clock.now();
  const rows = await digestRowsFor(ctx.db, userId, new Date(now.getTime() - 24 * 3_600_000));
  if (!rows.length) return;
  const settings = await conversationSettings(ctx.db);
  // The person's segment's portal domain (the main address for staff): modules/branding's mailBaseFor.
  const baseUrl = await mailBaseFor(ctx, ctx.db, { email: rows[0]!.email });
  const lines = settings.hide_message_content_in_email
    ? [`You have new messages from ${settings.name}.`]
    : ['New messages since yesterday:', ...rows.map((row) => `${row.subject}: ${row.n} new`)];
  const mail = renderMail(
    { name: settings.name, primaryColor: settings.primary_color, logoUrl: null },
    {
      subject: `Your daily summary from ${settings.name}`,
      paragraphs: lines,
      action: { label: 'Open the portal', url: baseUrl },
    },
  );
  const unsubscribeUrl = `${baseUrl}/api/v1/email/unsubscribe?token=${encodeURIComponent(unsubscribeToken(ctx.config.secret, userId, 'messages'))}`;
  await ctx.mailer.send(
    {
      to: rows[0]!.email,
      ...mail,
      headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    },
    { throwOnFailure: true },
  );
}
