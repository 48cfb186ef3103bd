import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { queueMails, renderCatalogMail } from '../../platform/mail/index.ts';
import { mailBrandingFor } from '../branding/index.ts';
import { emailFrequencies } from '../notifications/index.ts';
import { accountPeople } from './repository.ts';

/**
 * Tells the account's people a step is theirs now, queued in the transaction that opens it (so the mail exists
 * exactly when the step does), unless their onboarding email preference is off.
 */
export async function mailStepOpened(
  ctx: AppContext,
  tx: Queryable,
  step: { accountId: string; accountName: string; title: string },
  now: Date,
) {
  const people = await accountPeople(tx, step.accountId);
  if (!people.length) return;
  const preferences = await emailFrequencies(
    tx,
    people.map((person) => person.user_id),
    'onboarding',
  );
  const recipients = people.filter((person) => preferences.get(person.user_id) !== 'off');
  if (!recipients.length) return;
  const { base, branding, language } = await mailBrandingFor(ctx, tx, { accountId: step.accountId });
  const values = { portal: branding.name, title: step.title, account: step.accountName };
  const mails = recipients.map((person) => ({
    to: person.email,
    ...renderCatalogMail(branding, 'onboarding', values, language(person.locale), `${base}/onboarding`),
  }));
  await queueMails(tx, ctx.secretBox, mails, now);
}
