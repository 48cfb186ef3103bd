import { displayMoney } from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { queueMails, renderCatalogMail } from '../../platform/mail/index.ts';
import { startPeriodic } from '../../platform/periodic.ts';
import { mailBrandingFor } from '../branding/index.ts';
import { documentUrl } from './documents-pdf.ts';
import { dunningStepDue, reminderWhen } from './dunning-schedule.ts';
import { balanceOf } from './presenters.ts';
import { findDocument, type DocumentRow } from './repository-documents.ts';
import { claimReminder, listReminderCandidates, readReminderSettings } from './repository-receivables.ts';
import { billingRecipients } from './mail-recipients.ts';

const BATCH = 500;

/** Queues the reminder mails of one step for an invoice (in the claim's transaction). */
async function queueReminderMails(ctx: AppContext, tx: Queryable, row: DocumentRow, step: number) {
  const { branding, language } = await mailBrandingFor(ctx, tx, { accountId: row.account_id });
  const recipients = await billingRecipients(tx, row.account_id, language);
  if (!recipients.length) return;
  const key = { before: 'invoiceReminderBefore', today: 'invoiceReminderToday', after: 'invoiceReminderOverdue' }[
    reminderWhen(step)
  ];
  const url = await documentUrl(ctx, tx, row);
  const mails = recipients.map(({ to, locale }) => {
    const values = {
      number: row.number ?? '',
      portal: branding.name,
      due: row.due_date ?? '',
      balance: displayMoney(balanceOf(row), row.currency, locale),
    };
    return { to, ...renderCatalogMail(branding, key, values, locale, url) };
  });
  await queueMails(tx, ctx.secretBox, mails, ctx.clock.now());
}

/**
 * One pass of payment reminders: for every open invoice, the step due today (dunning-schedule.ts) is claimed in
 * `billing_invoice_reminders` and its mails queued in the same transaction, so each step goes out once even with
 * several processes sweeping at once, and a crash between the two loses nothing. Paid or void invoices are never
 * claimed. Returns how many reminders were queued.
 */
export async function sendPaymentReminders(ctx: AppContext) {
  const settings = await readReminderSettings(ctx.db);
  if (!settings.enabled || !settings.steps.length) return 0;
  const now = ctx.clock.now();
  const today = now.toISOString().slice(0, 10);
  const earliest = Math.min(...settings.steps);
  let after: [string, string] | null = null;
  let sent = 0;
  for (;;) {
    const candidates = await listReminderCandidates(ctx.db, today, earliest, after, BATCH);
    for (const invoice of candidates) {
      const step = dunningStepDue(settings.steps, invoice.issue_date, invoice.due_date, today, invoice.sent_steps);
      if (step === null) continue;
      sent += await ctx.db.transaction(async (tx) => {
        if (!(await claimReminder(tx, invoice.id, step, now))) return 0;
        // The sweep acts for the portal, not for a person: the whole scope.
        const row = await findDocument(tx, invoice.id, [true, []], today, true);
        if (!row) return 0;
        await queueReminderMails(ctx, tx, row, step);
        return 1;
      });
    }
    if (candidates.length < BATCH) break;
    const last = candidates[candidates.length - 1]!;
    after = [last.due_date, last.id];
  }
  return sent;
}

/** Runs the reminder sweep every `intervalSeconds` (0: never) on the periodic runner; returns the stop function. */
export function startBillingReminders(ctx: AppContext, intervalSeconds: number): () => void {
  return startPeriodic(ctx, 'billing reminders', intervalSeconds * 1000, () => sendPaymentReminders(ctx));
}
