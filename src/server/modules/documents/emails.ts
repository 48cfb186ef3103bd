import { t } from '../../i18n/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { queueMails, renderMail } from '../../platform/mail/index.ts';
import { mailBrandingFor } from '../branding/index.ts';
import { accountPeople, type FileRequestRow } from './request-repository.ts';

export type FileRequestMail = 'requested' | 'returned' | 'due_soon' | 'overdue';

/**
 * Mail about a file request to every person of the account, in the branded layout; links from the configured base
 * URL. Queued in the caller's transaction (the one that creates, returns or claims a reminder of the request): the
 * mail exists exactly when the change does, and the job queue delivers it, retried while SMTP is down.
 */
export async function queueFileRequestMail(
  ctx: AppContext,
  tx: Queryable,
  request: FileRequestRow,
  kind: FileRequestMail,
  requesterName: string | null = null,
) {
  // The account's segment's branding (modules/branding), logo URL already absolute.
  const { base, branding } = await mailBrandingFor(ctx, tx, { accountId: request.account_id });
  const vars = {
    portal: branding.name,
    title: request.title,
    account: request.account_name,
    date: request.due_date ?? '',
    reason: request.return_reason ?? '',
    requester: requesterName ?? branding.name,
  };
  const subject = {
    requested: t('mail.fileRequest.subject', vars),
    returned: t('mail.fileRequest.returned.subject', vars),
    due_soon: t('mail.fileRequest.dueSoon.subject', vars),
    overdue: t('mail.fileRequest.overdue.subject', vars),
  }[kind];
  const paragraphs =
    kind === 'requested'
      ? [t('mail.fileRequest.body', vars)]
      : kind === 'returned'
        ? [t('mail.fileRequest.returned.body', vars)]
        : [t('mail.fileRequest.reminder.body', vars)];
  if (request.note && kind === 'requested') paragraphs.push(request.note);
  if (request.due_date && kind !== 'overdue') paragraphs.push(t('mail.fileRequest.due', vars));
  const people = await accountPeople(tx, request.account_id);
  const mails = people.map((person) => ({
    to: person.email,
    ...renderMail(
      branding,
      {
        subject,
        paragraphs,
        action: { label: t('mail.fileRequest.button'), url: `${base}/documents/requests/${request.id}` },
      },
      person.locale,
    ),
  }));
  await queueMails(tx, ctx.secretBox, mails, ctx.clock.now());
}
