import { t } from '../../i18n/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { queueMail, renderCatalogMail, type OutgoingMail } from '../../platform/mail/index.ts';
import { chosenLanguageOfAddress, mailBrandingFor } from '../branding/index.ts';

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
  const { base, branding, language } = accountId
    ? await mailBrandingFor(ctx, tx, { accountId })
    : await brandingAndBase(ctx, tx, to);
  // Someone invited usually has no profile yet (then the segment's or the portal's language); staff: the portal's.
  const locale = language(await chosenLanguageOfAddress(tx, to), { staff: target === null });
  const targetName = target ?? t('mail.invitation.staffTarget', { portal: branding.name }, locale);
  const values = { inviter: inviterName, target: targetName, portal: branding.name };
  await queue(ctx, tx, {
    to,
    ...renderCatalogMail(branding, 'invitation', values, locale, `${base}/invitation#token=${token}`),
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
  const { base, branding, language } = await brandingAndBase(ctx, tx, to);
  await queue(ctx, tx, {
    to,
    ...renderCatalogMail(branding, kind, { portal: branding.name }, language(), `${base}${path}#token=${token}`),
    secrets: [{ value: token, expiresAt }],
  });
}

export const queuePasswordResetEmail = (ctx: AppContext, tx: Queryable, to: string, token: EmailedToken) =>
  queueTokenLinkEmail(ctx, tx, to, token, 'reset', '/reset-password/complete');

export const queueMagicLinkEmail = (ctx: AppContext, tx: Queryable, to: string, token: EmailedToken) =>
  queueTokenLinkEmail(ctx, tx, to, token, 'magic', '/magic-link');

export async function queueLockedEmail(ctx: AppContext, tx: Queryable, to: string, failures: number, minutes: number) {
  const { base, branding, language } = await brandingAndBase(ctx, tx, to);
  const values = { portal: branding.name, count: failures, minutes };
  await queue(ctx, tx, { to, ...renderCatalogMail(branding, 'locked', values, language(), `${base}/reset-password`) });
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
  const { base, branding, language } = await brandingAndBase(ctx, tx, to.email);
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
  const key = `notice${notice.kind[0]!.toUpperCase()}${notice.kind.slice(1)}`;
  const locale = language(to.locale, { staff: to.isStaff });
  const url = `${base}${to.isStaff ? '/console' : ''}/security`;
  await queue(ctx, tx, { to: to.email, ...renderCatalogMail(branding, key, values, locale, url) });
}
