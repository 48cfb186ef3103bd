import type { Logger } from 'pino';
import { listenResiliently, PROCESS_INSTANCE_ID, type Database, type Queryable } from '../../platform/db/index.ts';
import type { SessionActorRow } from './repository.ts';

/**
 * Per-process cache of live sessions, keyed by token hash, so a signed-in request usually costs no database
 * round trip. Correctness rests on invalidation, not on expiry: every write that changes what a session may
 * do (revocation, sign-in steps, memberships, roles, assignments, profile) calls `forgetSessionsAfterCommit`,
 * which empties the cache once the write is committed, and on a PostgreSQL server tells the other Portico
 * processes to do the same (LISTEN/NOTIFY, each process known by its random instance id). The TTL is only a
 * backstop should a notification be lost. While the LISTEN connection is down the cache is not used at all: every
 * request reads its session from the database until the connection is back (`/readyz` says so meanwhile).
 */
const TTL_MS = 30_000;
const MAX_ENTRIES = 100_000;
const CHANNEL = 'portico_sessions_changed';

interface Entry {
  row: SessionActorRow;
  cachedAt: number;
}

const byTokenHash = new Map<string, Entry>();
const bySessionId = new Map<string, Entry>();
// Bumped on every clear: a lookup that started before a clear must not store what it read.
let generation = 0;
let broadcast: (() => void) | null = null;
// False while invalidations from other processes cannot arrive: nothing is served from or stored in the cache.
let trusted = true;

function clearLocal() {
  generation += 1;
  byTokenHash.clear();
  bySessionId.clear();
}

export function sessionCacheGeneration() {
  return generation;
}

export function cachedSessionByTokenHash(tokenHash: string): SessionActorRow | null {
  const entry = trusted ? byTokenHash.get(tokenHash) : undefined;
  if (!entry || Date.now() - entry.cachedAt > TTL_MS) return null;
  return entry.row;
}

export function cachedSessionById(sessionId: string): SessionActorRow | null {
  const entry = trusted ? bySessionId.get(sessionId) : undefined;
  if (!entry || Date.now() - entry.cachedAt > TTL_MS) return null;
  return entry.row;
}

export function cacheSession(tokenHash: string, row: SessionActorRow, readAtGeneration: number) {
  if (readAtGeneration !== generation || !trusted) return;
  if (byTokenHash.size >= MAX_ENTRIES) clearLocal();
  const entry = { row, cachedAt: Date.now() };
  byTokenHash.set(tokenHash, entry);
  bySessionId.set(row.id, entry);
}

/** Call from every repository write that changes a session's identity, state, or its user's access. */
export function forgetSessionsAfterCommit(db: Queryable) {
  db.afterCommit(() => {
    clearLocal();
    broadcast?.();
  });
}

/**
 * On a PostgreSQL server, listens for other processes' invalidations and publishes ours; the listener reconnects
 * by itself after a dropped connection. The embedded engine has one process, so local clearing is the whole story.
 */
export async function startSessionCacheSync(db: Database, logger: Logger): Promise<() => Promise<void>> {
  const listener = await listenResiliently(db, {
    name: 'session-cache',
    channel: CHANNEL,
    logger,
    onNotification: (payload) => {
      if (payload !== PROCESS_INSTANCE_ID) clearLocal();
    },
    onDown: () => {
      trusted = false;
      clearLocal();
    },
    onUp: () => {
      clearLocal();
      trusted = true;
    },
  });
  if (!listener) return async () => undefined;
  broadcast = () => {
    db.query('SELECT pg_notify($1, $2)', [CHANNEL, PROCESS_INSTANCE_ID]).catch(() => undefined);
  };
  return async () => {
    broadcast = null;
    trusted = true;
    await listener.stop();
  };
}
