import { beforeEach, describe, expect, it } from 'vitest';
import type { Queryable } from '../../src/server/platform/db/index.ts';
import type { MembershipRow, SessionActorRow } from '../../src/server/modules/identity/repository.ts';
import {
  cachedSessionById,
  cachedSessionByTokenHash,
  cacheSession,
  forgetSessionsAfterCommit,
  sessionCacheGeneration,
  watchSessionScopes,
  keysOfSession,
  type SessionScope,
} from '../../src/server/modules/identity/session-cache.ts';

const membership = (accountId: string, segmentId: string): MembershipRow => ({
  account_id: accountId,
  account_name: accountId,
  role: 'member',
  segment_id: segmentId,
  segment_name: segmentId,
  segment_kind: 'client_workspaces',
  modules: ['messages'],
  sign_in_methods: ['password'],
  require_two_factor: false,
  segment_default_language: null,
});

let serial = 0;
function session(userId: string, memberships: MembershipRow[]): SessionActorRow {
  serial += 1;
  const now = new Date();
  return {
    id: `session-${serial}`,
    user_id: userId,
    state: 'active',
    active_account_id: null,
    ip: null,
    user_agent: null,
    created_at: now,
    last_seen_at: now,
    expires_at: new Date(now.getTime() + 3_600_000),
    email: `${userId}@example.test`,
    name: userId,
    staff_role: null,
    limited_to_assigned_accounts: false,
    locale: null,
    time_zone: null,
    totp_enabled_at: null,
    memberships,
    assigned_account_ids: null,
  } as SessionActorRow;
}

/** A write outside a transaction: afterCommit runs at once, as the real database handle does. */
const committed: Queryable = {
  query: () => Promise.reject(new Error('no SQL here')),
  afterCommit: (fn) => fn(),
};

/** A transaction still open: its after-commit work runs only when `commit` is called. */
function openTransaction() {
  const pending: (() => void)[] = [];
  const tx: Queryable = { query: committed.query, afterCommit: (fn) => pending.push(fn) };
  return { tx, commit: () => pending.splice(0).forEach((fn) => fn()) };
}

describe('session cache: invalidation by scope', () => {
  // Two people in account A (segment S), one of them also in account B (segment T), one person in C (segment T).
  let ann: SessionActorRow;
  let annPhone: SessionActorRow;
  let bob: SessionActorRow;
  let cyd: SessionActorRow;
  const cached = () =>
    Object.entries({ ann, annPhone, bob, cyd })
      .filter(([, row]) => cachedSessionByTokenHash(`hash-${row.id}`) !== null)
      .map(([name]) => name);

  beforeEach(() => {
    ann = session('ann', [membership('A', 'S')]);
    annPhone = session('ann', [membership('A', 'S')]);
    bob = session('bob', [membership('A', 'S'), membership('B', 'T')]);
    cyd = session('cyd', [membership('C', 'T')]);
    for (const row of [ann, annPhone, bob, cyd]) cacheSession(`hash-${row.id}`, row, sessionCacheGeneration());
  });

  const cases: [string, () => SessionScope, string[]][] = [
    ['one session', () => ({ sessionId: annPhone.id }), ['ann', 'bob', 'cyd']],
    ['one person (every session of theirs)', () => ({ userId: 'ann' }), ['bob', 'cyd']],
    ['one account (its members)', () => ({ accountId: 'B' }), ['ann', 'annPhone', 'cyd']],
    ['one segment (members of its accounts)', () => ({ segmentId: 'T' }), ['ann', 'annPhone']],
    ['an unrelated account', () => ({ accountId: 'Z' }), ['ann', 'annPhone', 'bob', 'cyd']],
  ];
  it.each(cases)('%s: drops exactly those sessions', (_, scope, left) => {
    forgetSessionsAfterCommit(committed, scope());
    expect(cached()).toEqual(left);
  });

  it('tells only the watchers of the changed scopes, once each, and not before the commit', () => {
    const told: string[] = [];
    const stops = [ann, bob, cyd].map((row) => watchSessionScopes(keysOfSession(row), () => told.push(row.user_id)));
    const { tx, commit } = openTransaction();
    forgetSessionsAfterCommit(tx, { userId: 'ann' }, { accountId: 'A' });
    expect(told).toEqual([]);
    expect(cached()).toEqual(['ann', 'annPhone', 'bob', 'cyd']);
    commit();
    expect(told.sort()).toEqual(['ann', 'bob']);
    expect(cached()).toEqual(['cyd']);
    for (const stop of stops) stop();
    forgetSessionsAfterCommit(committed, { segmentId: 'T' });
    expect(told.sort()).toEqual(['ann', 'bob']);
  });

  it('does not store a session read before a change to it committed, but does store one read before an unrelated change', () => {
    const readAt = sessionCacheGeneration();
    const fresh = session('ann', [membership('A', 'S')]);
    const other = session('dee', [membership('D', 'U')]);
    forgetSessionsAfterCommit(committed, { userId: 'ann' });
    cacheSession(`hash-${fresh.id}`, fresh, readAt);
    cacheSession(`hash-${other.id}`, other, readAt);
    expect(cachedSessionByTokenHash(`hash-${fresh.id}`)).toBeNull();
    expect(cachedSessionByTokenHash(`hash-${other.id}`)).toBe(other);
    expect(cachedSessionById(other.id)).toBe(other);
  });
});
