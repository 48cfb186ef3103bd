import type { Queryable } from '../../platform/db/index.ts';
import { cachedSettings, forgetPortalSettingsAfterCommit } from '../settings/index.ts';

export type DomainPurpose = 'portal' | 'help';
export interface DomainEntry {
  segmentId: string;
  purpose: DomainPurpose;
}
export interface DomainMap {
  byDomain: Map<string, DomainEntry>;
  bySegment: Map<string, Partial<Record<DomainPurpose, string>>>;
}

/** Every configured domain (a handful per portal). Portal-wide configuration, not account data: no account scope. */
async function listDomains(db: Queryable): Promise<DomainMap> {
  const { rows } = await db.query<{ domain: string; segment_id: string; purpose: DomainPurpose }>(
    'SELECT domain, segment_id, purpose FROM segment_domains',
  );
  const map: DomainMap = { byDomain: new Map(), bySegment: new Map() };
  for (const row of rows) {
    map.byDomain.set(row.domain, { segmentId: row.segment_id, purpose: row.purpose });
    map.bySegment.set(row.segment_id, { ...map.bySegment.get(row.segment_id), [row.purpose]: row.domain });
  }
  return map;
}

/**
 * Read on every request that resolves its Host, so it is cached with the portal settings and dropped with them:
 * this process after its own commits, every process by the NOTIFY of migration 0046's trigger.
 */
export function domainsCached(db: Queryable): Promise<DomainMap> {
  return cachedSettings(db, listDomains, 'segment-domains');
}

/**
 * Replaces a segment's domains (null removes one). Portal-wide configuration written by staff admins: no account
 * scope. A domain another segment holds fails the primary key (23505), which the caller turns into a 409.
 */
export async function replaceSegmentDomains(
  db: Queryable,
  segmentId: string,
  domains: Record<DomainPurpose, string | null>,
): Promise<void> {
  await db.query('DELETE FROM segment_domains WHERE segment_id = $1', [segmentId]);
  for (const purpose of ['portal', 'help'] as const) {
    const domain = domains[purpose];
    if (domain)
      await db.query('INSERT INTO segment_domains (domain, segment_id, purpose) VALUES ($1, $2, $3)', [
        domain,
        segmentId,
        purpose,
      ]);
  }
  forgetPortalSettingsAfterCommit(db);
}

/** Uncached, inside the writer's transaction (portal-wide configuration: no account scope). */
export async function domainsOfSegment(db: Queryable, segmentId: string) {
  const { rows } = await db.query<{ domain: string; purpose: DomainPurpose }>(
    'SELECT domain, purpose FROM segment_domains WHERE segment_id = $1',
    [segmentId],
  );
  return Object.fromEntries(rows.map((row) => [row.purpose, row.domain])) as Partial<Record<DomainPurpose, string>>;
}

/**
 * Locks the segment's row for the rest of the transaction (two admins saving one segment's domains run one after
 * the other); false when there is no such segment. Portal-wide configuration: no account scope.
 */
export async function lockSegment(db: Queryable, segmentId: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM segments WHERE id = $1 FOR UPDATE', [segmentId]);
  return rows.length > 0;
}

/** Portal-wide configuration: no account scope. */
export async function segmentExists(db: Queryable, segmentId: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM segments WHERE id = $1', [segmentId]);
  return rows.length > 0;
}
