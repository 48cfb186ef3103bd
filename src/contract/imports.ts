import { z } from 'zod';
import { Abilities, Id, Timestamp } from './common.ts';

/** The largest CSV file an import takes (413 past it), and its most rows: 100,000 accounts and people fit. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 200_000;

/** The fields a column can be mapped to. An account is found by external id or name, a person by email. */
export const IMPORT_FIELDS = [
  'accountName',
  'externalId',
  'segment',
  'email',
  'personName',
  'role',
  'language',
] as const;
export const ImportField = z.enum(IMPORT_FIELDS);
export type ImportField = z.infer<typeof ImportField>;

const ColumnName = z.string().min(1).max(200);
export const ImportMapping = z
  .object(
    Object.fromEntries(IMPORT_FIELDS.map((field) => [field, ColumnName.optional()])) as {
      [K in ImportField]: z.ZodOptional<typeof ColumnName>;
    },
  )
  .strict();
export type ImportMapping = z.infer<typeof ImportMapping>;

export const RunImport = z
  .object({
    /** A dry run reports what the import would do, row by row, and changes nothing. */
    dryRun: z.boolean(),
    mapping: ImportMapping,
    /** How a row finds an existing account: its external id (the default) or its name (case-insensitive). */
    matchAccountsBy: z.enum(['externalId', 'name']).default('externalId'),
    /** What a row whose account (or person, by email) exists does: leave it as it is, or update its fields. */
    existingAccounts: z.enum(['skip', 'update']).default('update'),
    existingPeople: z.enum(['skip', 'update']).default('skip'),
    /** The segment of new accounts when no column says it (a segment's name or id in the file wins). */
    defaultSegmentId: Id.nullable().default(null),
    /** Invite the new people by email (off unless asked). */
    sendInvitations: z.boolean().default(false),
  })
  .strict();
export type RunImport = z.infer<typeof RunImport>;

export const ImportCounts = z.object({
  rows: z.number().int(),
  accountsCreated: z.number().int(),
  accountsUpdated: z.number().int(),
  accountsUnchanged: z.number().int(),
  accountsSkipped: z.number().int(),
  peopleCreated: z.number().int(),
  peopleUpdated: z.number().int(),
  peopleUnchanged: z.number().int(),
  peopleSkipped: z.number().int(),
  membershipsCreated: z.number().int(),
  membershipsUpdated: z.number().int(),
  invitationsSent: z.number().int(),
  rowsWithErrors: z.number().int(),
});
export type ImportCounts = z.infer<typeof ImportCounts>;

export const ImportRowAction = z.enum(['created', 'updated', 'unchanged', 'skipped', 'repeated', 'none', 'error']);
export type ImportRowAction = z.infer<typeof ImportRowAction>;
export const ImportRowError = z.object({ column: z.string(), code: z.string(), message: z.string() });
export type ImportRowError = z.infer<typeof ImportRowError>;
export const ImportRowReport = z.object({
  row: z.number().int(),
  account: ImportRowAction,
  person: ImportRowAction,
  membership: ImportRowAction,
  errors: z.array(ImportRowError),
});
export type ImportRowReport = z.infer<typeof ImportRowReport>;

export const CsvImport = z.object({
  id: Id,
  fileName: z.string(),
  sizeBytes: z.number().int(),
  delimiter: z.enum([',', ';']),
  columns: z.array(z.string()),
  /** A mapping guessed from the column names, for the console to start from. */
  suggestedMapping: ImportMapping,
  totalRows: z.number().int(),
  status: z.enum(['uploaded', 'queued', 'running', 'done', 'failed']),
  /** Whether the latest run (queued, running or finished) is a dry run. */
  dryRun: z.boolean(),
  settings: RunImport.nullable(),
  processedRows: z.number().int(),
  counts: ImportCounts,
  /** The counts of the last finished dry run, to compare with the import's. */
  dryRunCounts: ImportCounts.nullable(),
  imported: z.boolean(),
  failure: z.string().nullable(),
  /**
   * The import's invitations: queued with its batches, sent by a paced job (`IMPORT_INVITATIONS_PER_MINUTE`), so
   * `sent` catches up with `queued` after the import is done. `counts.invitationsSent` is what the run queued.
   */
  invitations: z.object({ queued: z.number().int(), sent: z.number().int() }),
  /** The first rows with errors of the latest run (all of them: `errorsUrl`). */
  errorSample: z.array(ImportRowReport),
  errorsUrl: z.string().nullable(),
  reportUrl: z.string().nullable(),
  createdAt: Timestamp,
  startedAt: Timestamp.nullable(),
  finishedAt: Timestamp.nullable(),
  abilities: Abilities('run', 'download'),
});
export type CsvImport = z.infer<typeof CsvImport>;

export const UploadImportQuery = z.object({ fileName: z.string().trim().min(1).max(200).default('import.csv') });
