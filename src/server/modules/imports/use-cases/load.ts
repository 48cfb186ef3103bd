import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import { csvRow } from '../../../platform/http/csv.ts';
import { importPolicy } from '../policy.ts';
import { presentImport } from '../presenters.ts';
import { findImport, listReportRows } from '../repository.ts';
import { invitationProgress } from '../repository-invitations.ts';

const SAMPLE = 50;
const BATCH = 1000;

/** The import's row for an owner/admin; anyone else is refused before the id is looked at (403, then 404). */
export async function loadImport(ctx: AppContext, actor: Actor, importId: string) {
  if (!importPolicy.canImport(actor)) throw forbidden();
  const row = await findImport(ctx.db, importId);
  if (!row) throw notFound();
  return row;
}

export async function getImportUseCase(ctx: AppContext, actor: Actor, importId: string) {
  const row = await loadImport(ctx, actor, importId);
  const sample = await listReportRows(ctx.db, importId, { errorsOnly: true, afterRow: 0, limit: SAMPLE });
  return presentImport(row, sample, await invitationProgress(ctx.db, importId), actor);
}

/**
 * The latest run's report as CSV, streamed a keyset batch at a time: every row (what it did or would do), or the
 * rows with errors, one line per error. Cells pass `csvRow`, so a name like `=HYPERLINK(...)` stays text.
 */
export async function startImportReport(ctx: AppContext, actor: Actor, importId: string, errorsOnly: boolean) {
  const row = await loadImport(ctx, actor, importId);
  if (row.status === 'uploaded') throw notFound();
  return {
    fileName: `${row.file_name.replace(/\.csv$/i, '')}-${errorsOnly ? 'errors' : 'report'}.csv`,
    lines: reportLines(ctx, importId, errorsOnly),
  };
}

async function* reportLines(ctx: AppContext, importId: string, errorsOnly: boolean): AsyncGenerator<string> {
  yield csvRow(
    errorsOnly ? ['row', 'column', 'code', 'message'] : ['row', 'account', 'person', 'membership', 'errors'],
  );
  let afterRow = 0;
  for (;;) {
    const rows = await listReportRows(ctx.db, importId, { errorsOnly, afterRow, limit: BATCH });
    if (!rows.length) return;
    yield rows
      .map((row) =>
        errorsOnly
          ? (row.errors ?? [])
              .map((error) => csvRow([row.row_number, error.column, error.code, error.message]))
              .join('')
          : csvRow([
              row.row_number,
              row.account_action,
              row.person_action,
              row.membership_action,
              (row.errors ?? []).map((error) => `${error.column}: ${error.message}`).join('; '),
            ]),
      )
      .join('');
    if (rows.length < BATCH) return;
    afterRow = rows[rows.length - 1]!.row_number;
  }
}
