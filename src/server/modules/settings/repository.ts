import type { Queryable } from '../../platform/db/index.ts';

export interface SettingsRow {
  name: string;
  primary_color: string;
  logo_file: string | null;
  support_email: string | null;
  base_url: string | null;
  staff_require_two_factor: boolean;
  version: number;
}

/** Portal settings are one row for the whole instance: no account scope applies. */
export async function getSettings(db: Queryable): Promise<SettingsRow> {
  const { rows } = await db.query<SettingsRow>(
    'SELECT name, primary_color, logo_file, support_email, base_url, staff_require_two_factor, version FROM portal_settings',
  );
  return rows[0]!;
}

const COLUMNS = {
  name: 'name',
  primaryColor: 'primary_color',
  supportEmail: 'support_email',
  baseUrl: 'base_url',
  staffRequireTwoFactor: 'staff_require_two_factor',
  logoFile: 'logo_file',
} as const;
export type SettingsChange = Partial<Record<keyof typeof COLUMNS, string | boolean | null>>;

/** Returns null when expectedVersion is given and stale. */
export async function updateSettings(
  db: Queryable,
  change: SettingsChange,
  expectedVersion: number | null,
): Promise<SettingsRow | null> {
  const entries = Object.entries(change).filter(([, value]) => value !== undefined) as [
    keyof typeof COLUMNS,
    unknown,
  ][];
  const sets = entries.map(([key], index) => `${COLUMNS[key]} = $${index + 2}`);
  const { rows } = await db.query<SettingsRow>(
    `UPDATE portal_settings SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
     WHERE ($1::int IS NULL OR version = $1)
     RETURNING name, primary_color, logo_file, support_email, base_url, staff_require_two_factor, version`,
    [expectedVersion, ...entries.map(([, value]) => value)],
  );
  forgetSettingsAfterCommit(db);
  return rows[0] ?? null;
}

// Settings are read on hot paths (every /me, every email). A short-lived per-process copy, dropped in this
// process the moment they change; other processes see a change within CACHE_MS.
const CACHE_MS = 2_000;
let cached: { row: SettingsRow; at: number; generation: number } | null = null;
let generation = 0;

export async function getSettingsCached(db: Queryable): Promise<SettingsRow> {
  if (cached && cached.generation === generation && Date.now() - cached.at < CACHE_MS) return cached.row;
  const readAt = generation;
  const row = await getSettings(db);
  if (readAt === generation) cached = { row, at: Date.now(), generation };
  return row;
}

export function forgetSettingsAfterCommit(db: Queryable) {
  db.afterCommit(() => {
    generation += 1;
    cached = null;
  });
}
