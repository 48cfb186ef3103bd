import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { queueMails, renderCatalogMail } from '../../platform/mail/index.ts';
import { publishEvent } from '../../platform/realtime/index.ts';
import { emailFrequencies } from '../notifications/index.ts';
import { mailBrandingFor } from '../branding/index.ts';
import type { ApprovalRow, ApproverRow } from './repository.ts';

/**
 * Tells approvers an approval waits on them: an in-app event on their own stream (`approval.waiting`, ids only)
 * and an email queued in the caller's transaction (request or reminder claim), unless their notification
 * preference for approvals is off. The mail exists exactly when the claim does; the job queue delivers it.
 */
export async function notifyApprovers(
  ctx: AppContext,
  tx: Queryable,
  approval: ApprovalRow,
  approvers: Pick<ApproverRow, 'user_id' | 'email' | 'locale' | 'side'>[],
  kind: 'requested' | 'reminder',
) {
  if (!approvers.length) return;
  const now = ctx.clock.now();
  for (const approver of approvers) {
    await publishEvent(
      tx,
      {
        type: 'approval.waiting',
        accountId: approval.account_id,
        audience: 'user',
        userId: approver.user_id,
        data: { approvalId: approval.id, reminder: kind === 'reminder' },
      },
      now,
    );
  }
  const preferences = await emailFrequencies(
    tx,
    approvers.map((approver) => approver.user_id),
    'approvals',
  );
  const recipients = approvers.filter((approver) => preferences.get(approver.user_id) !== 'off');
  if (!recipients.length) return;
  const { base, branding, language } = await mailBrandingFor(ctx, tx, { accountId: approval.account_id });
  const values = {
    portal: branding.name,
    title: approval.title,
    account: approval.account_name,
    date: approval.due_date ?? '',
  };
  const key = kind === 'requested' ? 'approvalRequested' : 'approvalReminder';
  const mails = recipients.map((approver) => {
    const staff = approver.side === 'firm';
    const url = `${base}${staff ? '/console/approvals' : '/approvals'}/${approval.id}`;
    return {
      to: approver.email,
      ...renderCatalogMail(branding, key, values, language(approver.locale, { staff }), url),
    };
  });
  await queueMails(tx, ctx.secretBox, mails, now);
}
