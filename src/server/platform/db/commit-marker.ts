import { AsyncLocalStorage } from 'node:async_hooks';
import type { Queryable } from './database.ts';

/**
 * A statement to run inside every transaction that commits while `fn` runs, just before its COMMIT: a fact
 * that must be durable exactly when the work is (the Idempotency-Key's "applied" mark), without every use
 * case having to know about it. Scoped by AsyncLocalStorage to one request's handler.
 */
export type CommitMarker = (tx: Queryable) => Promise<void>;

const markers = new AsyncLocalStorage<CommitMarker>();

export function runWithCommitMarker<T>(marker: CommitMarker, fn: () => T): T {
  return markers.run(marker, fn);
}

/** The marker of the work in progress, if any (called by `Database.transaction`). */
export function currentCommitMarker(): CommitMarker | undefined {
  return markers.getStore();
}

/**
 * Runs `fn` with no marker: for preparatory work inside a marked request (a request's folder made before its
 * upload commits) that must not count as the request's work being applied.
 */
export function runWithoutCommitMarker<T>(fn: () => T): T {
  return markers.exit(fn);
}
