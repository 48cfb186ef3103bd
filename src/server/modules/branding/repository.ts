import type { Queryable } from '../../platform/db/index.ts';
import { cachedSettings, forgetPortalSettingsAfterCommit } from '../settings/index.ts';

export interface SegmentBrandingRow {
  segment_id: string;
  name: string | null;
  primary_color: string | null;
  accent_color: string | null;
  support_email: string | null;
  terms_url: string | null;
  privacy_url: string | null;
  help_title: string | null;
  help_header_color: string | null;
  primary_color_dark: string | null;
  accent_color_dark: string | null;
  logo_key: string | null;
  favicon_key: string | null;
  version: number;
}

const RETURNING = `segment_id, name, primary_color, accent_color, support_email, terms_url, privacy_url, help_title,
  help_header_color, primary_color_dark, accent_color_dark, logo_key, favicon_key, version`;

/** Segments are portal-wide configuration, not account data: no account scope applies (staff admins only write). */
export async function segmentExists(db: Queryable, segmentId: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM segments WHERE id = $1', [segmentId]);
  return rows.length > 0;
}

/** Portal-wide configuration (see segmentExists): no account scope. */
export async function findSegmentBranding(db: Queryable, segmentId: string): Promise<SegmentBrandingRow | null> {
  const { rows } = await db.query<SegmentBrandingRow>(
    `SELECT ${RETURNING} FROM segment_branding WHERE segment_id = $1`,
    [segmentId],
  );
  return rows[0] ?? null;
}

/** Every segment's overrides (a portal has a handful), portal-wide configuration: no account scope. */
async function listSegmentBranding(db: Queryable): Promise<Map<string, SegmentBrandingRow>> {
  const { rows } = await db.query<SegmentBrandingRow>(`SELECT ${RETURNING} FROM segment_branding`);
  return new Map(rows.map((row) => [row.segment_id, row]));
}

/** Cached with the portal settings and dropped with them (same NOTIFY channel, migration 0040). */
export function segmentBrandingCached(db: Queryable): Promise<Map<string, SegmentBrandingRow>> {
  return cachedSettings(db, listSegmentBranding, 'segment-branding');
}

const COLUMNS = {
  name: 'name',
  primaryColor: 'primary_color',
  accentColor: 'accent_color',
  supportEmail: 'support_email',
  termsUrl: 'terms_url',
  privacyUrl: 'privacy_url',
  helpTitle: 'help_title',
  helpHeaderColor: 'help_header_color',
  primaryColorDark: 'primary_color_dark',
  accentColorDark: 'accent_color_dark',
  logoKey: 'logo_key',
  faviconKey: 'favicon_key',
} as const;
export type SegmentBrandingChange = Partial<Record<keyof typeof COLUMNS, string | null>>;

/**
 * Creates the segment's row on its first change. Returns null when expectedVersion is given and stale. A segment
 * without a row is at version 1 (If-Match takes positive versions), so its first change makes version 2.
 */
export async function saveSegmentBranding(
  db: Queryable,
  segmentId: string,
  change: SegmentBrandingChange,
  expectedVersion: number | null,
): Promise<SegmentBrandingRow | null> {
  const entries = Object.entries(change).filter(([, value]) => value !== undefined) as [
    keyof typeof COLUMNS,
    string | null,
  ][];
  const columns = entries.map(([key]) => COLUMNS[key]);
  const values = entries.map(([, value]) => value);
  const placeholders = values.map((_, index) => `$${index + 3}`);
  const sets = columns.map((column) => `${column} = EXCLUDED.${column}`);
  const { rows } = await db.query<SegmentBrandingRow>(
    `INSERT INTO segment_branding AS b (segment_id, version${columns.map((c) => `, ${c}`).join('')})
     SELECT $1, 2${placeholders.map((p) => `, ${p}`).join('')}
      WHERE $2::int IS NULL OR $2::int = 1 OR EXISTS (SELECT 1 FROM segment_branding WHERE segment_id = $1)
     ON CONFLICT (segment_id) DO UPDATE SET ${[...sets, 'version = b.version + 1', 'updated_at = now()'].join(', ')}
     WHERE $2::int IS NULL OR b.version = $2
     RETURNING ${RETURNING}`,
    [segmentId, expectedVersion, ...values],
  );
  forgetPortalSettingsAfterCommit(db);
  return rows[0] ?? null;
}

/** The segment of an account. Called with an account the caller already loaded, so no scope is needed here. */
export async function segmentOfAccount(db: Queryable, accountId: string): Promise<string | null> {
  const { rows } = await db.query<{ segment_id: string }>('SELECT segment_id FROM accounts WHERE id = $1', [accountId]);
  return rows[0]?.segment_id ?? null;
}

/**
 * The segment whose branding a person's own emails carry (sign-in links, security notices): their first account's.
 * Keyed by the recipient the sender already chose, so no scope applies; staff (no membership) get the firm's.
 */
export async function segmentOfPerson(db: Queryable, email: string): Promise<string | null> {
  const { rows } = await db.query<{ segment_id: string }>(
    `SELECT a.segment_id FROM users u
       JOIN memberships m ON m.user_id = u.id
       JOIN accounts a ON a.id = m.account_id
      WHERE lower(u.email) = lower($1) AND u.staff_role IS NULL
      ORDER BY m.created_at, a.id LIMIT 1`,
    [email],
  );
  return rows[0]?.segment_id ?? null;
}

/** A segment's default language (issue 14), null when it has none. Portal-wide configuration: no account scope. */
export async function segmentDefaultLanguage(db: Queryable, segmentId: string): Promise<string | null> {
  const { rows } = await db.query<{ default_language: string | null }>(
    'SELECT default_language FROM segments WHERE id = $1',
    [segmentId],
  );
  return rows[0]?.default_language ?? null;
}

/**
 * The language a person chose on their profile, found by the address a mail goes to (null: no choice, or nobody
 * with that address). Keyed by the recipient the sender already chose, so no scope applies.
 */
export async function chosenLanguageOf(db: Queryable, email: string): Promise<string | null> {
  const { rows } = await db.query<{ locale: string | null }>(
    'SELECT locale FROM users WHERE lower(email) = lower($1) LIMIT 1',
    [email],
  );
  return rows[0]?.locale ?? null;
}
