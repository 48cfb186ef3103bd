import { t } from '../../i18n/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { queueMail, renderMail, type OutgoingMail } from '../../platform/mail/index.ts';
import { mailBrandingFor } from '../branding/index.ts';

/**
 * Links always start from the configured base URL, never from request headers (Host can be forged). The branding
 * is the recipient's segment's (modules/branding); staff and unknown addresses get the firm's.
 */
const brandingAndBase = (ctx: AppContext, db: Queryable, to: string) => mailBrandingFor(ctx, db, { email: to });

/**
 * Every mail of identity is queued in the transaction of the change that causes it (the token, the lock, the
 * notice): committed means it will be delivered, retried while SMTP is down; rolled back means none is sent.
 */
async function queue(ctx: AppContext, tx: Queryable, mail: OutgoingMail) {
  await queueMail(tx, ctx.secretBox, mail, ctx.clock.now());
}

/** An emailed credential: the token (marked secret, so the outbox keeps the mail redacted) and when it expires. */
export interface EmailedToken {
  token: string;
  expiresAt: Date;
}

// Tokens travel in the URL fragment: browsers never send it to the server, so it stays out of logs and Referer.
export async function queueInvitationEmail(
  ctx: AppContext,
  tx: Queryable,
  to: string,
  { token, expiresAt }: EmailedToken,
  inviterName: string,
  target: string | null,
  accountId: string | null = null,
) {
  // Someone invited into an account sees that account's segment's branding before they have an account of their own.
  const { base, branding } = accountId
    ? await mailBrandingFor(ctx, tx, { accountId })
    : await brandingAndBase(ctx, tx, to);
  const targetName = target ?? t('mail.invitation.staffTarget', { portal: branding.name });
  await queue(ctx, tx, {
    to,
    ...renderMail(branding, {
      subject: t('mail.invitation.subject', { target: targetName, portal: branding.name }),
      paragraphs: [t('mail.invitation.body', { inviter: inviterName, target: targetName, portal: branding.name })],
      action: { label: t('mail.invitation.button'), url: `${base}/invitation#token=${token}` },
      template: { key: 'invitation', values: { inviter: inviterName, target: targetName, portal: branding.name } },
    }),
    secrets: [{ value: token, expiresAt }],
  });
}

/** A mail whose one button is a link carrying an emailed token (reset, sign-in link); `kind` names its texts. */
async function queueTokenLinkEmail(
  ctx: AppContext,
  tx: Queryable,
  to: string,
  { token, expiresAt }: EmailedToken,
  kind: 'reset' | 'magic',
  path: string,
) {
  const { base, branding } = await brandingAndBase(ctx, tx, to);
  await queue(ctx, tx, {
    to,
    ...renderMail(branding, {
      subject: t(`mail.${kind}.subject`, { portal: branding.name }),
      paragraphs: [t(`mail.${kind}.body`, { portal: branding.name })],
      action: { label: t(`mail.${kind}.button`), url: `${base}${path}#token=${token}` },
      template: { key: kind, values: { portal: branding.name } },
    }),
    secrets: [{ value: token, expiresAt }],
  });
}

export const queuePasswordResetEmail = (ctx: AppContext, tx: Queryable, to: string, token: EmailedToken) =>
  queueTokenLinkEmail(ctx, tx, to, token, 'reset', '/reset-password/complete');

export const queueMagicLinkEmail = (ctx: AppContext, tx: Queryable, to: string, token: EmailedToken) =>
  queueTokenLinkEmail(ctx, tx, to, token, 'magic', '/magic-link');

export async function queueLockedEmail(ctx: AppContext, tx: Queryable, to: string, failures: number, minutes: number) {
  const { base, branding } = await brandingAndBase(ctx, tx, to);
  await queue(ctx, tx, {
    to,
    ...renderMail(branding, {
      subject: t('mail.locked.subject', { portal: branding.name }),
      paragraphs: [t('mail.locked.body', { count: failures, minutes })],
      action: { label: t('mail.locked.button'), url: `${base}/reset-password` },
      template: { key: 'locked', values: { portal: branding.name, count: failures, minutes } },
    }),
  });
}

export type SecurityNotice =
  | { kind: 'passwordChanged' | 'twoFactorEnabled' | 'twoFactorDisabled' }
  | { kind: 'passwordReset'; apiTokensRevoked: number }
  | { kind: 'apiTokenCreated'; tokenName: string; scopes: string[] }
  | { kind: 'passkeyAdded' | 'passkeyRemoved'; passkeyName: string };

/** "Was this you?": sent after every change to how someone signs in, to the address of the account. */
export async function queueSecurityNoticeEmail(
  ctx: AppContext,
  tx: Queryable,
  to: { email: string; isStaff: boolean; locale: string | null },
  notice: SecurityNotice,
  occurredAt: Date,
) {
  const { base, branding } = await brandingAndBase(ctx, tx, to.email);
  const time = occurredAt.toISOString().slice(0, 16).replace('T', ' ');
  const values = {
    portal: branding.name,
    time,
    tokens: notice.kind === 'passwordReset' ? notice.apiTokensRevoked : 0,
    name:
      notice.kind === 'apiTokenCreated'
        ? notice.tokenName
        : notice.kind === 'passkeyAdded' || notice.kind === 'passkeyRemoved'
          ? notice.passkeyName
          : '',
    scopes: notice.kind === 'apiTokenCreated' ? notice.scopes.join(', ') : '',
  };
  await queue(ctx, tx, {
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
  });
}
