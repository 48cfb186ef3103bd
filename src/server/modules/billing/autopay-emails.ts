import { displayMoney } from '../../../contract/index.ts';
import { t } from '../../i18n/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { JobHandler } from '../../platform/jobs/index.ts';
import { queueMails, renderMail } from '../../platform/mail/index.ts';
import { mailBrandingFor } from '../branding/index.ts';
import { balanceOf } from './presenters.ts';
import { findBillingStaffEmails } from './repository-autopay.ts';
import { findDocument } from './repository-documents.ts';
import { findRecipients } from './repository-setup.ts';

/**
 * Job: automatic charging of an invoice gave up (after the last retry). The account's billing contacts (or its
 * admins) are asked to pay or save another card; owners and admins of the firm are told it stays open. A system
 * job: it reads without a caller's scope; its dedupe key (the invoice) keeps it to one mail per recipient.
 */
export const sendAutoChargeFailedMail: JobHandler = async (ctx: AppContext, payload) => {
  const now = ctx.clock.now();
  const invoice = await findDocument(
    ctx.db,
    String(payload.documentId),
    [true, []],
    now.toISOString().slice(0, 10),
    false,
  );
  if (!invoice || balanceOf(invoice) <= 0) return; // paid meanwhile: nothing to tell
  const { base, branding } = await mailBrandingFor(ctx, ctx.db, { accountId: invoice.account_id });
  const language = invoice.language;
  const vars = {
    portal: branding.name,
    account: invoice.account_name,
    number: invoice.number ?? '',
    amount: displayMoney(balanceOf(invoice), invoice.currency, language),
    reason: String(payload.reason ?? ''),
  };
  const mail = (staff: boolean, url: string) =>
    renderMail(
      branding,
      {
        subject: t('mail.billing.autoCharge.subject', vars, language),
        paragraphs: [t('mail.billing.autoCharge.body', { ...vars, staff: staff ? 'yes' : 'no' }, language)],
        action: { label: t('mail.billing.button', {}, language), url },
      },
      language,
    );
  const client = (await findRecipients(ctx.db, invoice.account_id)).map((to) => ({
    to,
    ...mail(false, `${base}/billing/${invoice.id}`),
  }));
  const staff = (await findBillingStaffEmails(ctx.db)).map((to) => ({
    to,
    ...mail(true, `${base}/console/billing/${invoice.id}`),
  }));
  await queueMails(ctx.db, ctx.secretBox, [...client, ...staff], now);
};
