import type { AccountExportQuery } from '../../../../contract/index.ts';
import { accountScopeOf, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden } from '../../../platform/http/errors.ts';
import { csvRow } from '../../../platform/http/csv.ts';
import { recordExport } from '../../audit/index.ts';
import { exportMembershipsBatch, listAccounts } from '../repository.ts';

const BATCH = 1000;

/**
 * Accounts and people as CSV for staff (all accounts, or those assigned to them: the account scope applies), read
 * a keyset batch at a time and streamed, so 100,000 rows never sit in memory. Cells pass `csvRow`, which
 * neutralizes spreadsheet formulas. Checked, counted against the export budget and audited before the first byte.
 */
export async function startAccountsCsvExport(ctx: AppContext, actor: Actor, query: AccountExportQuery) {
  if (actor.staffRole === null) throw forbidden();
  await recordExport(ctx, actor, { action: 'export.accounts_csv', target: null, details: { filters: query } });
  return accountLines(ctx, actor, query);
}

export async function startPeopleCsvExport(ctx: AppContext, actor: Actor, query: AccountExportQuery) {
  if (actor.staffRole === null) throw forbidden();
  await recordExport(ctx, actor, { action: 'export.people_csv', target: null, details: { filters: query } });
  return peopleLines(ctx, actor, query);
}

async function* accountLines(ctx: AppContext, actor: Actor, query: AccountExportQuery): AsyncGenerator<string> {
  yield csvRow(['id', 'name', 'segment', 'segment kind', 'members', 'created']);
  let after: [string, string] | null = null;
  for (;;) {
    const rows = await listAccounts(ctx.db, accountScopeOf(actor), {
      q: query.q || undefined,
      segmentId: query.segmentId,
      sort: 'name',
      after,
      limit: BATCH,
    });
    const batch = rows.slice(0, BATCH);
    if (!batch.length) return;
    yield batch
      .map((row) =>
        csvRow([row.id, row.name, row.segment_name, row.segment_kind, row.member_count, row.created_at.toISOString()]),
      )
      .join('');
    if (rows.length <= BATCH) return;
    const last = batch[batch.length - 1]!;
    after = [last.name_key, last.id];
  }
}

async function* peopleLines(ctx: AppContext, actor: Actor, query: AccountExportQuery): AsyncGenerator<string> {
  yield csvRow(['account id', 'account', 'segment', 'person id', 'email', 'name', 'role', 'member since']);
  let after: [string, string] | null = null;
  for (;;) {
    const rows = await exportMembershipsBatch(ctx.db, accountScopeOf(actor), {
      q: query.q || undefined,
      segmentId: query.segmentId,
      after,
      limit: BATCH,
    });
    if (!rows.length) return;
    yield rows
      .map((row) =>
        csvRow([
          row.account_id,
          row.account_name,
          row.segment_name,
          row.user_id,
          row.email,
          row.name,
          row.role,
          row.created_at.toISOString(),
        ]),
      )
      .join('');
    if (rows.length < BATCH) return;
    const last = rows[rows.length - 1]!;
    after = [last.account_id, last.user_id];
  }
}
