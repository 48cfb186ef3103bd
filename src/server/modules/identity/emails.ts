import { t } from '../../i18n/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { renderMail } from '../../platform/mail/index.ts';
import { presentBranding, readPortalSettings } from '../settings/index.ts';

/** Links always start from the configured base URL, never from request headers (Host can be forged). */
async function brandingAndBase(ctx: AppContext) {
  const settings = await readPortalSettings(ctx.db);
  const base = settings.base_url ?? ctx.config.baseUrl;
  const branding = presentBranding(settings);
  return { base, branding: { ...branding, logoUrl: branding.logoUrl ? base + branding.logoUrl : null } };
}

/** An emailed credential: the token (marked secret, so the outbox keeps the mail redacted) and when it expires. */
export interface EmailedToken {
  token: string;
  expiresAt: Date;
}

// Tokens travel in the URL fragment: browsers never send it to the server, so it stays out of logs and Referer.
export async function sendInvitationEmail(
  ctx: AppContext,
  to: string,
  { token, expiresAt }: EmailedToken,
  inviterName: string,
  target: string | null,
) {
  const { base, branding } = await brandingAndBase(ctx);
  const targetName = target ?? t('mail.invitation.staffTarget', { portal: branding.name });
  await ctx.mailer.send({
    to,
    ...renderMail(branding, {
      subject: t('mail.invitation.subject', { target: targetName, portal: branding.name }),
      paragraphs: [t('mail.invitation.body', { inviter: inviterName, target: targetName, portal: branding.name })],
      action: { label: t('mail.invitation.button'), url: `${base}/invitation#token=${token}` },
    }),
    secrets: [{ value: token, expiresAt }],
  });
}

export async function sendPasswordResetEmail(ctx: AppContext, to: string, { token, expiresAt }: EmailedToken) {
  const { base, branding } = await brandingAndBase(ctx);
  await ctx.mailer.send({
    to,
    ...renderMail(branding, {
      subject: t('mail.reset.subject', { portal: branding.name }),
      paragraphs: [t('mail.reset.body', { portal: branding.name })],
      action: { label: t('mail.reset.button'), url: `${base}/reset-password/complete#token=${token}` },
    }),
    secrets: [{ value: token, expiresAt }],
  });
}

export async function sendMagicLinkEmail(ctx: AppContext, to: string, { token, expiresAt }: EmailedToken) {
  const { base, branding } = await brandingAndBase(ctx);
  await ctx.mailer.send({
    to,
    ...renderMail(branding, {
      subject: t('mail.magic.subject', { portal: branding.name }),
      paragraphs: [t('mail.magic.body', { portal: branding.name })],
      action: { label: t('mail.magic.button'), url: `${base}/magic-link#token=${token}` },
    }),
    secrets: [{ value: token, expiresAt }],
  });
}

export async function sendLockedEmail(ctx: AppContext, to: string, failures: number, minutes: number) {
  const { base, branding } = await brandingAndBase(ctx);
  await ctx.mailer.send({
    to,
    ...renderMail(branding, {
      subject: t('mail.locked.subject', { portal: branding.name }),
      paragraphs: [t('mail.locked.body', { count: failures, minutes })],
      action: { label: t('mail.locked.button'), url: `${base}/reset-password` },
    }),
  });
}

export type SecurityNotice =
  | { kind: 'passwordChanged' | 'twoFactorEnabled' | 'twoFactorDisabled' }
  | { kind: 'passwordReset'; apiTokensRevoked: number }
  | { kind: 'apiTokenCreated'; tokenName: string; scopes: string[] };

/** "Was this you?": sent after every change to how someone signs in, to the address of the account. */
export async function sendSecurityNoticeEmail(
  ctx: AppContext,
  to: { email: string; isStaff: boolean; locale: string | null },
  notice: SecurityNotice,
  occurredAt: Date,
) {
  const { base, branding } = await brandingAndBase(ctx);
  const time = occurredAt.toISOString().slice(0, 16).replace('T', ' ');
  const values = {
    portal: branding.name,
    time,
    tokens: notice.kind === 'passwordReset' ? notice.apiTokensRevoked : 0,
    name: notice.kind === 'apiTokenCreated' ? notice.tokenName : '',
    scopes: notice.kind === 'apiTokenCreated' ? notice.scopes.join(', ') : '',
  };
  await ctx.mailer.send(
    {
      to: to.email,
      ...renderMail(
        branding,
        {
          subject: t(`mail.notice.${notice.kind}.subject`, values, to.locale),
          paragraphs: [t(`mail.notice.${notice.kind}.body`, values, to.locale), t('mail.notice.notYou', {}, to.locale)],
          action: {
            label: t('mail.notice.button', {}, to.locale),
            url: `${base}${to.isStaff ? '/console' : ''}/security`,
          },
        },
        to.locale,
      ),
    },
    // A failed delivery fails the job, which the queue retries with backoff.
    { throwOnFailure: true },
  );
}
