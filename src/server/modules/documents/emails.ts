import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { queueMails, renderCatalogMail } from '../../platform/mail/index.ts';
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
  const { base, branding, language } = await mailBrandingFor(ctx, tx, { accountId: request.account_id });
  const values = {
    portal: branding.name,
    title: request.title,
    account: request.account_name,
    date: request.due_date ?? '',
    reason: request.return_reason ?? '',
    requester: requesterName ?? branding.name,
    ...(kind === 'requested' ? { note: request.note ?? '' } : {}),
  };
  const key = {
    requested: 'fileRequestRequested',
    returned: 'fileRequestReturned',
    due_soon: 'fileRequestDueSoon',
    overdue: 'fileRequestOverdue',
  }[kind];
  const url = `${base}/documents/requests/${request.id}`;
  const people = await accountPeople(tx, request.account_id);
  const mails = people.map((person) => ({
    to: person.email,
    ...renderCatalogMail(branding, key, values, language(person.locale), url),
  }));
  await queueMails(tx, ctx.secretBox, mails, ctx.clock.now());
}
