import type { AppContext } from '../../../platform/context.ts';
import type { JobOutcome } from '../../../platform/jobs/index.ts';
import { prepareMail, renderCatalogMail } from '../../../platform/mail/index.ts';
import { mailBrandingFor } from '../../branding/index.ts';
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
  // The person's segment's portal domain, branding and language (the firm's for staff): modules/branding.
  const to = rows[0]!.email;
  const { base, branding, language } = await mailBrandingFor(ctx, ctx.db, { email: to });
  const mail = settings.hide_message_content_in_email
    ? renderCatalogMail(branding, 'messagesDigestHidden', { portal: branding.name }, language(), base)
    : renderCatalogMail(
        branding,
        'messagesDigest',
        { portal: branding.name, threads: rows.map((row) => ({ subject: row.subject, count: row.n })) },
        language(),
        base,
      );
  const unsubscribeUrl = `${base}/api/v1/email/unsubscribe?token=${encodeURIComponent(unsubscribeToken(ctx.config.secret, userId, 'messages'))}`;
  // The segment's sender, key and edited template apply here, as in the mail job (platform/mail/prepare.ts).
  const prepared = await prepareMail(ctx, {
    to,
    ...mail,
    headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  });
  await ctx.mailer.send(prepared, { throwOnFailure: true });
}
