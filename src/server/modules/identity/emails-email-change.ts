import { t } from '../../i18n/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { queueMail, renderMail } from '../../platform/mail/index.ts';
import { mailBrandingFor } from '../branding/index.ts';

// Mails of the email change, queued in the change's own transaction like every mail of identity (emails.ts).

/** The code goes to the new address: only its owner can finish the change. The code is a secret of the mail. */
export async function queueEmailChangeCodeEmail(
  ctx: AppContext,
  tx: Queryable,
  to: string,
  code: string,
  expiresAt: Date,
  person: { email: string; locale: string | null },
) {
  // The new address has no sign-in yet: the branding is that of the person's segment, found by their current address.
  const { branding } = await mailBrandingFor(ctx, tx, { email: person.email });
  const locale = person.locale;
  const values = { portal: branding.name, code };
  await queueMail(
    tx,
    ctx.secretBox,
    {
      to,
      ...renderMail(
        branding,
        {
          subject: t('mail.emailChange.code.subject', values, locale),
          paragraphs: [t('mail.emailChange.code.body', values, locale)],
          template: { key: 'emailChangeCode', values },
        },
        locale,
      ),
      secrets: [{ value: code, expiresAt }],
    },
    ctx.clock.now(),
  );
}

/** An address that has a sign-in already learns of the attempt; the requester learns nothing from the answer. */
export async function queueEmailChangeTakenEmail(ctx: AppContext, tx: Queryable, to: string) {
  const { branding } = await mailBrandingFor(ctx, tx, { email: to });
  const values = { portal: branding.name };
  await queueMail(
    tx,
    ctx.secretBox,
    {
      to,
      ...renderMail(branding, {
        subject: t('mail.emailChange.taken.subject', values),
        paragraphs: [t('mail.emailChange.taken.body', values)],
      }),
    },
    ctx.clock.now(),
  );
}

/** To the old address: what changed, and a link (secret until it expires) that undoes it. */
export async function queueEmailChangedNotice(
  ctx: AppContext,
  tx: Queryable,
  change: { userId: string; oldEmail: string; newEmail: string; locale: string | null },
  undo: { token: string; expiresAt: Date },
) {
  // Branded by the person's segment: the old address no longer finds them, so look them up by id.
  const { base, branding } = await mailBrandingFor(ctx, tx, { email: change.newEmail });
  const now = ctx.clock.now();
  const values = {
    portal: branding.name,
    newEmail: change.newEmail,
    time: now.toISOString().slice(0, 16).replace('T', ' '),
  };
  await queueMail(
    tx,
    ctx.secretBox,
    {
      to: change.oldEmail,
      ...renderMail(
        branding,
        {
          subject: t('mail.emailChange.notice.subject', values, change.locale),
          paragraphs: [t('mail.emailChange.notice.body', values, change.locale)],
          action: {
            label: t('mail.emailChange.notice.button', {}, change.locale),
            url: `${base}/email-change/undo#token=${undo.token}`,
          },
          template: { key: 'emailChangeNotice', values },
        },
        change.locale,
      ),
      secrets: [{ value: undo.token, expiresAt: undo.expiresAt }],
    },
    now,
  );
}

/** The data export is ready: a link to the profile, where only the signed-in person can download it. */
export async function queueDataExportReadyEmail(
  ctx: AppContext,
  tx: Queryable,
  to: { email: string; locale: string | null },
  expiresAt: Date,
) {
  const { base, branding } = await mailBrandingFor(ctx, tx, { email: to.email });
  const values = { portal: branding.name, time: expiresAt.toISOString().slice(0, 16).replace('T', ' ') };
  await queueMail(
    tx,
    ctx.secretBox,
    {
      to: to.email,
      ...renderMail(
        branding,
        {
          subject: t('mail.dataExport.subject', values, to.locale),
          paragraphs: [t('mail.dataExport.body', values, to.locale)],
          action: { label: t('mail.dataExport.button', {}, to.locale), url: `${base}/profile#your-data` },
        },
        to.locale,
      ),
    },
    ctx.clock.now(),
  );
}
