import type { Queryable } from '../../platform/db/index.ts';
import { cachedSettings, forgetSettingsAfterCommit, peekCachedSettings } from './settings-cache.ts';

export interface SettingsRow {
  name: string;
  primary_color: string;
  /** null: derived from primary_color (contract/branding.ts darkVariantOf). */
  primary_color_dark: string | null;
  logo_file: string | null;
  support_email: string | null;
  base_url: string | null;
  staff_require_two_factor: boolean;
  default_language: string;
  version: number;
}

/** Portal settings are one row for the whole instance: no account scope applies. */
export async function getSettings(db: Queryable): Promise<SettingsRow> {
  const { rows } = await db.query<SettingsRow>(
    'SELECT name, primary_color, primary_color_dark, logo_file, support_email, base_url, staff_require_two_factor, default_language, version FROM portal_settings',
  );
  return rows[0]!;
}

const COLUMNS = {
  name: 'name',
  primaryColor: 'primary_color',
  primaryColorDark: 'primary_color_dark',
  supportEmail: 'support_email',
  baseUrl: 'base_url',
  staffRequireTwoFactor: 'staff_require_two_factor',
  logoFile: 'logo_file',
  defaultLanguage: 'default_language',
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
     RETURNING name, primary_color, primary_color_dark, logo_file, support_email, base_url, staff_require_two_factor, default_language, version`,
    [expectedVersion, ...entries.map(([, value]) => value)],
  );
  forgetSettingsAfterCommit(db);
  return rows[0] ?? null;
}

/** The settings as cached in this process until they change (see settings-cache.ts). */
export function getSettingsCached(db: Queryable): Promise<SettingsRow> {
  return cachedSettings(db, getSettings);
}

/** The cached settings row, or undefined when it is not cached (then read it with `getSettingsCached`). */
export function peekSettingsCached(db: Queryable): SettingsRow | undefined {
  return peekCachedSettings<SettingsRow>(db);
}
