import type { Logger } from 'pino';
import { listenResiliently, PROCESS_INSTANCE_ID, type Database, type Queryable } from '../../platform/db/index.ts';
import type { SessionActorRow } from './repository.ts';

/**
 * Per-process cache of live sessions, keyed by token hash, so a signed-in request usually costs no database
 * round trip. Correctness rests on invalidation, not on expiry: every write that changes what a session may do
 * calls `forgetSessionsAfterCommit` with what it changed (one session, one person, one account or one segment).
 * Once the write is committed, the cached sessions it touches are dropped and the open streams that depend on it
 * are told (`watchSessionScopes`); nothing else is, so one person's change costs nobody else a database read.
 * On a PostgreSQL server the other Portico processes are told the same scopes (LISTEN/NOTIFY, each process known
 * by its random instance id). The TTL is only a backstop should a notification be lost. While the LISTEN
 * connection is down the cache is not used at all: every request reads its session from the database until the
 * connection is back (`/readyz` says so meanwhile), and everything is dropped then, since changes were missed.
 */
const TTL_MS = 30_000;
const MAX_ENTRIES = 100_000;
const CHANNEL = 'portico_sessions_changed';
/** Scope keys per NOTIFY, well under PostgreSQL's 8,000-byte payload limit. */
const KEYS_PER_NOTIFY = 150;

/** What a write changed. A session id also names an API token (its id), which is cached like a session. */
export type SessionScope = { sessionId: string } | { userId: string } | { accountId: string } | { segmentId: string };

interface Entry {
  tokenHash: string;
  row: SessionActorRow;
  cachedAt: number;
  keys: string[];
}

type Watcher = () => void;

const byTokenHash = new Map<string, Entry>();
const byKey = new Map<string, Set<Entry>>();
const watchers = new Map<string, Set<Watcher>>();
// A lookup that started before an invalidation of one of its row's scopes must not store what it read: each
// invalidation gets a number, remembered per key; `floor` covers keys forgotten to keep that record small.
let generation = 0;
let floor = 0;
const invalidatedAt = new Map<string, number>();
let broadcast: ((keys: string[]) => void) | null = null;
// False while invalidations from other processes cannot arrive: nothing is served from or stored in the cache.
let trusted = true;

export function keyOf(scope: SessionScope): string {
  if ('sessionId' in scope) return `s:${scope.sessionId}`;
  if ('userId' in scope) return `u:${scope.userId}`;
  if ('accountId' in scope) return `a:${scope.accountId}`;
  return `g:${scope.segmentId}`;
}

/** Every scope a session's cached access depends on. */
export function keysOfSession(row: SessionActorRow): string[] {
  const keys = [`s:${row.id}`, `u:${row.user_id}`];
  for (const membership of row.memberships ?? []) keys.push(`a:${membership.account_id}`, `g:${membership.segment_id}`);
  return [...new Set(keys)];
}

function addTo<T>(map: Map<string, Set<T>>, key: string, value: T) {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function removeFrom<T>(map: Map<string, Set<T>>, key: string, value: T) {
  const set = map.get(key);
  if (set?.delete(value) && set.size === 0) map.delete(key);
}

function evict(entry: Entry) {
  if (byTokenHash.get(entry.tokenHash) === entry) byTokenHash.delete(entry.tokenHash);
  for (const key of entry.keys) removeFrom(byKey, key, entry);
}

/** Drops the cached sessions of these scopes and tells the streams that watch them. */
export function invalidateLocal(keys: readonly string[]) {
  generation += 1;
  const toldOnce = new Set<Watcher>();
  for (const key of keys) {
    invalidatedAt.set(key, generation);
    for (const entry of [...(byKey.get(key) ?? [])]) evict(entry);
    for (const watcher of watchers.get(key) ?? []) toldOnce.add(watcher);
  }
  if (invalidatedAt.size > 10_000) {
    invalidatedAt.clear();
    floor = generation;
  }
  for (const watcher of toldOnce) watcher();
}

/**
 * Changes may have been missed (the notification channel is or was down): everything is dropped, and once the
 * channel is back every watching stream re-checks its session.
 */
function invalidateAll(tellWatchers: boolean) {
  generation += 1;
  floor = generation;
  invalidatedAt.clear();
  byTokenHash.clear();
  byKey.clear();
  if (!tellWatchers) return;
  const everyone = new Set<Watcher>();
  for (const set of watchers.values()) for (const watcher of set) everyone.add(watcher);
  for (const watcher of everyone) watcher();
}

/** The number to pass to `cacheSession` for a lookup starting now. */
export function sessionCacheGeneration() {
  return generation;
}

export function cachedSessionByTokenHash(tokenHash: string): SessionActorRow | null {
  const entry = trusted ? byTokenHash.get(tokenHash) : undefined;
  if (!entry || Date.now() - entry.cachedAt > TTL_MS) return null;
  return entry.row;
}

export function cachedSessionById(sessionId: string): SessionActorRow | null {
  if (!trusted) return null;
  for (const entry of byKey.get(`s:${sessionId}`) ?? []) {
    if (entry.row.id === sessionId && Date.now() - entry.cachedAt <= TTL_MS) return entry.row;
  }
  return null;
}

export function cacheSession(tokenHash: string, row: SessionActorRow, readAtGeneration: number) {
  const keys = keysOfSession(row);
  if (!trusted || changedSince(keys, readAtGeneration)) return;
  const previous = byTokenHash.get(tokenHash);
  if (previous) evict(previous);
  // The oldest entry makes room (Map keeps insertion order), not the whole cache.
  if (byTokenHash.size >= MAX_ENTRIES) evict(byTokenHash.values().next().value!);
  const entry: Entry = { tokenHash, row, cachedAt: Date.now(), keys };
  byTokenHash.set(tokenHash, entry);
  for (const key of keys) addTo(byKey, key, entry);
}

/**
 * Calls `onChange` after every committed change to any of these scopes (see keysOfSession), here or in another
 * process. Returns the function that stops watching. For long-lived streams: each follows its own session only.
 */
export function watchSessionScopes(keys: readonly string[], onChange: () => void): () => void {
  for (const key of keys) addTo(watchers, key, onChange);
  return () => {
    for (const key of keys) removeFrom(watchers, key, onChange);
  };
}

/** True when one of these scopes changed after `sinceGeneration` (or may have: its record was pruned). */
export function changedSince(keys: readonly string[], sinceGeneration: number): boolean {
  return sinceGeneration < floor || keys.some((key) => (invalidatedAt.get(key) ?? 0) > sinceGeneration);
}

/** Call from every repository write that changes a session's identity, state, or its user's access. */
export function forgetSessionsAfterCommit(db: Queryable, scope: SessionScope, ...more: SessionScope[]) {
  const keys = [scope, ...more].map(keyOf);
  db.afterCommit(() => {
    invalidateLocal(keys);
    broadcast?.(keys);
  });
}

/** For tests: the number of cached sessions. */
export function cachedSessionCount() {
  return byTokenHash.size;
}

/**
 * On a PostgreSQL server, listens for other processes' invalidations and publishes ours; the listener reconnects
 * by itself after a dropped connection. The embedded engine has one process, so local invalidation is the whole
 * story. The payload is "<instance id> <key>,<key>...".
 */
export async function startSessionCacheSync(db: Database, logger: Logger): Promise<() => Promise<void>> {
  // The cache is the process's, the sessions are the database's: an app started after another one closed in the
  // same process (the bench's engines one after the other, test files) must not serve the first one's sessions.
  invalidateAll(false);
  const listener = await listenResiliently(db, {
    name: 'session-cache',
    channel: CHANNEL,
    logger,
    onNotification: (payload) => {
      const [instance, keys] = payload.split(' ');
      if (instance === PROCESS_INSTANCE_ID) return;
      // An old-format or unreadable payload still says "something changed": drop everything rather than guess.
      if (!keys) invalidateAll(true);
      else invalidateLocal(keys.split(','));
    },
    onDown: () => {
      trusted = false;
      invalidateAll(false);
    },
    onUp: () => {
      invalidateAll(true);
      trusted = true;
    },
  });
  if (!listener) return async () => invalidateAll(false);
  broadcast = (keys) => {
    for (let at = 0; at < keys.length; at += KEYS_PER_NOTIFY) {
      const payload = `${PROCESS_INSTANCE_ID} ${keys.slice(at, at + KEYS_PER_NOTIFY).join(',')}`;
      db.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]).catch(() => undefined);
    }
  };
  return async () => {
    broadcast = null;
    trusted = true;
    await listener.stop();
    invalidateAll(false);
  };
}
