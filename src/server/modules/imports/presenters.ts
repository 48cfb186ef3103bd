import type { CsvImport, ImportCounts } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { emptyCounts } from './use-cases/apply-batch.ts';
import { importPolicy } from './policy.ts';
import type { ImportRow, ReportRow } from './repository.ts';
import { suggestMapping } from './rows.ts';

export const presentReportRow = (row: ReportRow) => ({
  row: row.row_number,
  account: row.account_action,
  person: row.person_action,
  membership: row.membership_action,
  errors: row.errors ?? [],
});

export function presentImport(
  row: ImportRow,
  errorSample: ReportRow[],
  invitations: { queued: number; sent: number },
  actor: Actor,
): CsvImport {
  const counts: ImportCounts = { ...emptyCounts(), ...row.counts };
  const ran = row.status !== 'uploaded';
  return {
    id: row.id,
    fileName: row.file_name,
    sizeBytes: Number(row.size_bytes),
    delimiter: row.delimiter,
    columns: row.columns,
    suggestedMapping: suggestMapping(row.columns),
    totalRows: row.total_rows,
    status: row.status,
    dryRun: row.dry_run,
    settings: row.settings,
    processedRows: row.processed_rows,
    counts,
    dryRunCounts: row.dry_run_counts,
    imported: row.imported,
    failure: row.failure,
    invitations,
    errorSample: errorSample.map(presentReportRow),
    errorsUrl: ran ? `/api/v1/imports/${row.id}/errors.csv` : null,
    reportUrl: ran ? `/api/v1/imports/${row.id}/report.csv` : null,
    createdAt: row.created_at.toISOString(),
    startedAt: row.started_at?.toISOString() ?? null,
    finishedAt: row.finished_at?.toISOString() ?? null,
    abilities: importPolicy.abilities(actor, row.status),
  };
}
