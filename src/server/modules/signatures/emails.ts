import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { queueMails, renderCatalogMail } from '../../platform/mail/index.ts';
import { publishEvent } from '../../platform/realtime/index.ts';
import { mailBrandingFor } from '../branding/index.ts';
import { emailFrequencies } from '../notifications/index.ts';
import type { EnvelopeRow, SignerRow } from './repository.ts';

type Recipient = Pick<SignerRow, 'user_id' | 'email' | 'locale' | 'side'>;
const pathOf = (recipient: Recipient, id: string) =>
  recipient.side === 'firm' ? `/console/signatures/${id}` : `/signatures/${id}`;

/**
 * Tells signers an envelope waits on their signature: an event on their own stream (`signature.waiting`, ids only)
 * and an email queued in the caller's transaction (send, turn, reminder). A request to sign and its reminders are
 * required mail, like a sign-in link: staff asked this person to act on a legal document, often before an expiry,
 * and the request is the only place a signer learns of it outside the portal; the person can decline instead.
 * So they follow no notification preference. The mail exists exactly when the change does.
 */
export async function notifySigners(
  ctx: AppContext,
  tx: Queryable,
  envelope: EnvelopeRow,
  signers: Recipient[],
  kind: 'requested' | 'reminder',
) {
  if (!signers.length) return;
  const now = ctx.clock.now();
  for (const signer of signers)
    await publishEvent(
      tx,
      {
        type: 'signature.waiting',
        accountId: envelope.account_id,
        audience: 'user',
        userId: signer.user_id,
        data: { envelopeId: envelope.id, reminder: kind === 'reminder' },
      },
      now,
    );
  const { base, branding, language } = await mailBrandingFor(ctx, tx, { accountId: envelope.account_id });
  const values = {
    portal: branding.name,
    title: envelope.title,
    account: envelope.account_name,
    date: envelope.expires_at?.toISOString().slice(0, 16).replace('T', ' ') ?? '',
    message: envelope.message ?? '',
  };
  const key = kind === 'requested' ? 'signatureRequested' : 'signatureReminder';
  const mails = signers.map((signer) => ({
    to: signer.email,
    ...renderCatalogMail(
      branding,
      key,
      values,
      language(signer.locale, { staff: signer.side === 'firm' }),
      `${base}${pathOf(signer, envelope.id)}`,
    ),
  }));
  await queueMails(tx, ctx.secretBox, mails, now);
}

/**
 * Every party (signers and the sender) gets a link to the signed copy: the link, never the file, goes by mail. This
 * is a notice (the copy is also in the account's documents), so a party whose signatures email preference is off
 * gets none; `daily` sends it as it comes (one mail per envelope, nothing to gather into a digest).
 */
export async function mailCompleted(
  ctx: AppContext,
  tx: Queryable,
  envelope: EnvelopeRow,
  parties: Recipient[],
  now: Date,
) {
  const { base, branding, language } = await mailBrandingFor(ctx, tx, { accountId: envelope.account_id });
  const values = { portal: branding.name, title: envelope.title, account: envelope.account_name };
  const preferences = await emailFrequencies(
    tx,
    parties.map((party) => party.user_id),
    'signatures',
  );
  const seen = new Set<string>();
  const mails = parties
    .filter((party) => preferences.get(party.user_id) !== 'off')
    .filter((party) => !seen.has(party.email) && seen.add(party.email))
    .map((party) => ({
      to: party.email,
      ...renderCatalogMail(
        branding,
        'signatureCompleted',
        values,
        language(party.locale, { staff: party.side === 'firm' }),
        `${base}${pathOf(party, envelope.id)}`,
      ),
    }));
  if (mails.length) await queueMails(tx, ctx.secretBox, mails, now);
}
