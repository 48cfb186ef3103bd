import type { AccountRole, ImportCounts, ImportRowAction, RunImport } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { newId } from '../../../platform/ids.ts';
import { insertAccounts } from '../../accounts/index.ts';
import { addMemberships } from '../../identity/index.ts';
import type { RowOutcome } from '../repository.ts';
import { queueImportInvitations } from '../repository-invitations.ts';
import {
  findAccountsByKeys,
  findMemberships,
  findPeopleByEmails,
  insertPeople,
  setMembershipRoles,
  updateImportedAccounts,
  updatePeople,
} from '../repository-targets.ts';
import type { ValidRow } from '../rows.ts';
import { enqueueImportInvitations } from './send-invitations.ts';

export const emptyCounts = (): ImportCounts => ({
  rows: 0,
  accountsCreated: 0,
  accountsUpdated: 0,
  accountsUnchanged: 0,
  accountsSkipped: 0,
  peopleCreated: 0,
  peopleUpdated: 0,
  peopleUnchanged: 0,
  peopleSkipped: 0,
  membershipsCreated: 0,
  membershipsUpdated: 0,
  invitationsSent: 0,
  rowsWithErrors: 0,
});

/**
 * What the run remembers of the file so far (keys only, never rows): the accounts and people earlier rows already
 * dealt with, so a later row naming them again is `repeated` and counted once, and an (account, person) pair
 * given twice is reported. A dry run rolls each batch back, so this is also how its later batches know an account
 * "exists" that only an earlier batch would have created: the dry run and the import count the same.
 */
export class FileMemory {
  /** Account key -> the segment it was created in (a dry run's later batch creates it again, in that segment). */
  readonly accounts = new Map<string, string | null>();
  readonly people = new Set<string>();
  readonly pairs = new Map<string, number>();
}

export interface BatchInput {
  importId: string;
  settings: RunImport;
  actor: Actor;
  rows: { valid: ValidRow | null; outcome: RowOutcome }[];
  memory: FileMemory;
  counts: ImportCounts;
}

const countAccount = (counts: ImportCounts, action: ImportRowAction) => {
  if (action === 'created') counts.accountsCreated += 1;
  else if (action === 'updated') counts.accountsUpdated += 1;
  else if (action === 'unchanged') counts.accountsUnchanged += 1;
  else if (action === 'skipped') counts.accountsSkipped += 1;
};
const countPerson = (counts: ImportCounts, action: ImportRowAction) => {
  if (action === 'created') counts.peopleCreated += 1;
  else if (action === 'updated') counts.peopleUpdated += 1;
  else if (action === 'unchanged') counts.peopleUnchanged += 1;
  else if (action === 'skipped') counts.peopleSkipped += 1;
};

/**
 * Applies one batch of checked rows in the caller's transaction, a fixed number of statements per batch whatever
 * its size: lookups are one statement per kind, new accounts go through the accounts module's create path (its
 * `onAccountCreated` listeners run once for the batch, through their batch versions), memberships through
 * identity's (`onMemberJoined` likewise), and invitations are queued for the paced invitation job. A dry run takes
 * the same decisions from the same lookups and writes nothing. Rows with errors only count.
 */
export async function applyBatch(ctx: AppContext, tx: Queryable, input: BatchInput) {
  const { settings, memory, counts } = input;
  const now = ctx.clock.now();
  const write = !settings.dryRun;
  const valid = input.rows.flatMap((entry) => (entry.valid ? [entry] : []));
  const accounts = await findAccountsByKeys(tx, settings.matchAccountsBy, [
    ...new Set(valid.map((entry) => entry.valid!.accountKey)),
  ]);
  const emails = [...new Set(valid.flatMap((entry) => (entry.valid!.person ? [entry.valid!.person.email] : [])))];
  const people = await findPeopleByEmails(tx, emails);
  // Matching by name, an external id in the file must not already belong to another account.
  const externalIdOwners =
    settings.matchAccountsBy === 'name'
      ? await findAccountsByKeys(tx, 'externalId', [
          ...new Set(valid.flatMap((entry) => (entry.valid!.externalId ? [entry.valid!.externalId] : []))),
        ])
      : new Map<string, { id: string }>();

  // Accounts first, row by row in file order (a row may create what a later row of the batch uses).
  const accountIdOf = new Map<string, string>();
  const newAccounts: { id: string; name: string; segmentId: string; externalId: string | null }[] = [];
  const changedAccounts: { id: string; name: string; externalId: string | null }[] = [];
  for (const entry of valid) {
    const row = entry.valid!;
    const { outcome } = entry;
    const seen = memory.accounts.has(row.accountKey);
    const existing = accounts.get(row.accountKey);
    const owner = row.externalId ? externalIdOwners.get(row.externalId) : undefined;
    if (owner && owner.id !== existing?.id) {
      outcome.account = 'error';
      outcome.errors.push({
        column: settings.mapping.externalId ?? 'externalId',
        code: 'external_id_taken',
        message: 'Another account already has this external id.',
      });
      continue;
    }
    if (accountIdOf.has(row.accountKey)) {
      outcome.account = 'repeated';
    } else if (existing) {
      accountIdOf.set(row.accountKey, existing.id);
      const name = row.accountName ?? existing.name;
      const externalId = existing.external_id === null ? row.externalId : null;
      if (seen) outcome.account = 'repeated';
      else if (settings.existingAccounts === 'skip') outcome.account = 'skipped';
      else if (name === existing.name && externalId === null) outcome.account = 'unchanged';
      else {
        changedAccounts.push({ id: existing.id, name, externalId });
        outcome.account = 'updated';
      }
    } else if (!seen && (!row.accountName || !row.segmentId)) {
      outcome.account = 'error';
      outcome.errors.push(
        row.accountName
          ? {
              column: settings.mapping.segment ?? 'segment',
              code: 'required',
              message: 'A new account needs a segment.',
            }
          : {
              column: settings.mapping.accountName ?? 'accountName',
              code: 'required',
              message: 'A new account needs a name.',
            },
      );
      continue;
    } else {
      const id = newId();
      newAccounts.push({
        id,
        name: row.accountName ?? row.accountKey,
        segmentId: (row.segmentId ?? memory.accounts.get(row.accountKey))!,
        externalId: row.externalId,
      });
      accountIdOf.set(row.accountKey, id);
      outcome.account = seen ? 'repeated' : 'created';
    }
    if (!seen) memory.accounts.set(row.accountKey, existing?.segment_id ?? row.segmentId);
  }
  if (write) {
    await updateImportedAccounts(tx, changedAccounts);
    await insertAccounts(tx, newAccounts, input.actor.userId, now);
  }

  // People: new ones in one insert, changed ones in one update.
  const personIdOf = new Map<string, string>();
  const newPeople: { id: string; email: string; name: string; locale: string | null }[] = [];
  const changedPeople: { id: string; name: string; locale: string | null }[] = [];
  const createdNow = new Set<string>();
  for (const entry of valid) {
    const person = entry.valid!.person;
    const { outcome } = entry;
    if (!person || outcome.account === 'error') continue;
    const seen = memory.people.has(person.email);
    const existing = people.get(person.email);
    if (personIdOf.has(person.email)) outcome.person = 'repeated';
    else if (existing?.deactivated || existing?.staff_role) {
      outcome.person = 'error';
      outcome.errors.push({
        column: settings.mapping.email ?? 'email',
        code: existing.deactivated ? 'person_deactivated' : 'staff_email',
        message: existing.deactivated
          ? 'This person was deactivated: reactivate them first.'
          : 'This address belongs to the firm’s staff.',
      });
      continue;
    } else if (existing) {
      personIdOf.set(person.email, existing.id);
      const name = person.name ?? existing.name;
      const locale = person.locale ?? existing.locale;
      if (seen) outcome.person = 'repeated';
      else if (settings.existingPeople === 'skip') outcome.person = 'skipped';
      else if (name === existing.name && locale === existing.locale) outcome.person = 'unchanged';
      else {
        changedPeople.push({ id: existing.id, name, locale });
        outcome.person = 'updated';
      }
    } else {
      const id = newId();
      newPeople.push({
        id,
        email: person.email,
        name: person.name ?? person.email.split('@')[0]!,
        locale: person.locale,
      });
      personIdOf.set(person.email, id);
      if (!seen) createdNow.add(person.email);
      outcome.person = seen ? 'repeated' : 'created';
    }
    memory.people.add(person.email);
  }
  if (write) {
    await insertPeople(tx, newPeople);
    await updatePeople(tx, changedPeople);
  }

  // Memberships: the pair given twice in the file is an error on the later row.
  const pairs = valid.flatMap((entry) => {
    const person = entry.valid!.person;
    const accountId = accountIdOf.get(entry.valid!.accountKey);
    const userId = person ? personIdOf.get(person.email) : undefined;
    return accountId && userId && entry.outcome.person !== 'error' ? [{ entry, accountId, userId }] : [];
  });
  const memberships = await findMemberships(tx, pairs);
  const newMemberships: { accountId: string; userId: string; role: AccountRole }[] = [];
  const changedRoles: { accountId: string; userId: string; role: AccountRole }[] = [];
  const invitations: {
    row: number;
    email: string;
    accountId: string;
    accountName: string | null;
    role: AccountRole;
  }[] = [];
  for (const { entry, accountId, userId } of pairs) {
    const { outcome } = entry;
    const person = entry.valid!.person!;
    const pairKey = `${entry.valid!.accountKey}\u0000${person.email}`;
    const earlier = memory.pairs.get(pairKey);
    if (earlier !== undefined) {
      outcome.membership = 'error';
      outcome.errors.push({
        column: settings.mapping.email ?? 'email',
        code: 'duplicate_in_file',
        message: `Row ${earlier} already adds this person to this account.`,
      });
      continue;
    }
    memory.pairs.set(pairKey, entry.valid!.row);
    const role = person.role ?? 'member';
    const current = memberships.get(`${accountId}:${userId}`);
    if (current === undefined) {
      newMemberships.push({ accountId, userId, role });
      outcome.membership = 'created';
    } else if (person.role && person.role !== current && settings.existingPeople === 'update') {
      changedRoles.push({ accountId, userId, role: person.role });
      outcome.membership = 'updated';
    } else outcome.membership = 'unchanged';
    if (settings.sendInvitations && createdNow.has(person.email)) {
      createdNow.delete(person.email);
      invitations.push({
        row: entry.valid!.row,
        email: person.email,
        accountId,
        accountName: entry.valid!.accountName,
        role,
      });
    }
  }
  if (write) {
    await addMemberships(tx, newMemberships, now);
    await setMembershipRoles(tx, changedRoles);
    // Sent later, at the import's own pace (send-invitations.ts); accepting one finds the person in the account.
    await queueImportInvitations(tx, input.importId, invitations);
    if (invitations.length) await enqueueImportInvitations(tx, input.importId, now);
  }
  counts.invitationsSent += invitations.length;

  for (const { outcome } of input.rows) {
    counts.rows += 1;
    if (outcome.errors.length) counts.rowsWithErrors += 1;
    countAccount(counts, outcome.account);
    countPerson(counts, outcome.person);
    if (outcome.membership === 'created') counts.membershipsCreated += 1;
    else if (outcome.membership === 'updated') counts.membershipsUpdated += 1;
  }
}
