import { randomBytes } from 'node:crypto';
import { t } from '../../../i18n/index.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { recordAudit } from '../../audit/index.ts';
import { unpaidInvoicesOfAccounts } from '../../billing/index.ts';
import {
  anonymiseAudit,
  anonymiseUser,
  deleteCopies,
  deleteOwnRows,
  ownFilesOf,
  replaceMentions,
  tombstoneWritings,
  writtenTextsOf,
} from '../repository-erasure.ts';
import {
  accountsOfPerson,
  dueDeletionRequests,
  holdOfPerson,
  holdsOfAccounts,
  lockDeletionRequest,
  markDeletionBlocked,
  markDeletionCompleted,
  type DeletionRequestRow,
} from '../repository-deletion.ts';
import { findUserById } from '../repository.ts';
import { forgetSessionsAfterCommit } from '../session-cache.ts';

const PER_PASS = 50;

type Outcome = 'erased' | 'blocked' | 'skipped';

/**
 * One pass of the deletion sweep (the identity retention pass runs it; tests call it directly): every scheduled
 * request whose grace period ended is erased, each in its own transaction, or marked blocked with the reason (and
 * tried again on the next pass, so a hold lifted or an invoice paid lets it through without anyone acting).
 */
export async function runDueDeletions(ctx: AppContext) {
  const counts: Record<Outcome, number> = { erased: 0, blocked: 0, skipped: 0 };
  for (const id of await dueDeletionRequests(ctx.db, ctx.clock.now(), PER_PASS)) counts[await eraseOne(ctx, id)] += 1;
  return counts;
}

/** What stops the erasure: a legal hold on the person or on any of the person's accounts; unpaid invoices where they are alone. */
async function holdOf(tx: Queryable, userId: string, locale: string | null) {
  const own = await holdOfPerson(tx, userId);
  if (own) return { code: 'legal_hold' as const, reason: t('deletion.hold.person', { reason: own.reason }, locale) };
  const accounts = await accountsOfPerson(tx, userId);
  const [hold] = await holdsOfAccounts(
    tx,
    accounts.map((account) => account.account_id),
  );
  const name = (accountId: string) => accounts.find((account) => account.account_id === accountId)?.account_name ?? '';
  if (hold)
    return {
      code: 'legal_hold' as const,
      reason: t('deletion.hold.legal', { account: name(hold.account_id), reason: hold.reason }, locale),
    };
  const alone = accounts.filter((account) => account.sole_member).map((account) => account.account_id);
  const [unpaid] = alone.length ? await unpaidInvoicesOfAccounts(tx, alone) : [];
  if (unpaid)
    return {
      code: 'unpaid_invoice' as const,
      reason: t('deletion.hold.invoice', { account: name(unpaid.account_id), count: unpaid.count }, locale),
    };
  return null;
}

async function eraseOne(ctx: AppContext, requestId: string): Promise<Outcome> {
  const now = ctx.clock.now();
  let files: string[] = [];
  const outcome = await ctx.db.transaction(async (tx): Promise<Outcome> => {
    const row = await lockDeletionRequest(tx, requestId);
    if (!row || row.status !== 'scheduled' || row.scheduled_for > now) return 'skipped';
    const person = await findUserById(tx, row.user_id);
    if (!person) return 'skipped';
    const block = await holdOf(tx, person.id, person.locale);
    if (block) {
      await markDeletionBlocked(tx, row.id, block, now);
      if (row.blocked_code !== block.code) await auditBlocked(tx, row, block, now);
      return 'blocked';
    }
    const label = t('deletion.anonymousLabel', { tag: randomBytes(3).toString('hex') });
    // Everything that identifies them in copies: the address, the name, the phone, and what they wrote.
    const needles = [person.email, person.name, person.phone ?? '', ...(await writtenTextsOf(tx, person.id))].filter(
      (needle) => needle.trim().length >= 3,
    );
    files = await ownFilesOf(tx, person.id);
    await deleteCopies(tx, person.id, needles);
    await tombstoneWritings(tx, person.id, (number) =>
      number ? t('deletion.erasedSubject', { number }) : t('deletion.erasedConversation'),
    );
    await replaceMentions(tx, [person.email, person.name], label);
    await anonymiseAudit(tx, person.id, [person.email, person.name], label);
    await deleteOwnRows(tx, person.id, person.email);
    await anonymiseUser(tx, person.id, label, now);
    await markDeletionCompleted(tx, row.id, label, now);
    await recordAudit(tx, {
      action: 'user.erased',
      actor: null,
      target: { type: 'user', id: person.id, label },
      accountId: null,
      ip: null,
      userAgent: null,
      details: { requestId: row.id, files: files.length },
      occurredAt: now,
    });
    forgetSessionsAfterCommit(tx, { userId: person.id });
    return 'erased';
  });
  // The bytes go after the commit: a rollback keeps the rows and their files together. A failed removal is logged;
  // nothing points at the file any more.
  for (const key of files)
    await ctx.storage.remove(key).catch((error: unknown) => ctx.logger.warn({ error, key }, 'erased file not removed'));
  return outcome;
}

async function auditBlocked(
  tx: Queryable,
  row: DeletionRequestRow,
  block: { code: string; reason: string },
  now: Date,
) {
  await recordAudit(tx, {
    action: 'user.deletion_blocked',
    actor: null,
    target: { type: 'user', id: row.user_id, label: null },
    accountId: null,
    ip: null,
    userAgent: null,
    details: { requestId: row.id, code: block.code, reason: block.reason },
    occurredAt: now,
  });
}
