import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { queueMail, renderCatalogMail } from '../../platform/mail/index.ts';
import { mailBrandingFor } from '../branding/index.ts';

// Mails of the email change, queued in the change's own transaction like every mail of identity (emails.ts).

const minuteOf = (time: Date) => time.toISOString().slice(0, 16).replace('T', ' ');

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
  const { branding, language } = await mailBrandingFor(ctx, tx, { email: person.email });
  const values = { portal: branding.name, code };
  await queueMail(
    tx,
    ctx.secretBox,
    {
      to,
      ...renderCatalogMail(branding, 'emailChangeCode', values, language(person.locale)),
      secrets: [{ value: code, expiresAt }],
    },
    ctx.clock.now(),
  );
}

/** An address that has a sign-in already learns of the attempt; the requester learns nothing from the answer. */
export async function queueEmailChangeTakenEmail(ctx: AppContext, tx: Queryable, to: string) {
  const { branding, language } = await mailBrandingFor(ctx, tx, { email: to });
  const mail = renderCatalogMail(branding, 'emailChangeTaken', { portal: branding.name }, language());
  await queueMail(tx, ctx.secretBox, { to, ...mail }, ctx.clock.now());
}

/** To the old address: what changed, and a link (secret until it expires) that undoes it. */
export async function queueEmailChangedNotice(
  ctx: AppContext,
  tx: Queryable,
  change: { userId: string; oldEmail: string; newEmail: string; locale: string | null },
  undo: { token: string; expiresAt: Date },
) {
  // Branded by the person's segment: the old address no longer finds them, so look them up by id.
  const { base, branding, language } = await mailBrandingFor(ctx, tx, { email: change.newEmail });
  const now = ctx.clock.now();
  const values = { portal: branding.name, newEmail: change.newEmail, time: minuteOf(now) };
  const url = `${base}/email-change/undo#token=${undo.token}`;
  await queueMail(
    tx,
    ctx.secretBox,
    {
      to: change.oldEmail,
      ...renderCatalogMail(branding, 'emailChangeNotice', values, language(change.locale), url),
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
  const { base, branding, language } = await mailBrandingFor(ctx, tx, { email: to.email });
  const values = { portal: branding.name, time: minuteOf(expiresAt) };
  const mail = renderCatalogMail(branding, 'dataExport', values, language(to.locale), `${base}/profile#your-data`);
  await queueMail(tx, ctx.secretBox, { to: to.email, ...mail }, ctx.clock.now());
}
