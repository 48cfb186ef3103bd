import type { Queryable } from './db/index.ts';

export type TxListener<Event> = (tx: Queryable, event: Event) => Promise<void>;

/**
 * A hook a module fires inside the transaction of its own change (a form submitted, an invoice paid), so another
 * module's reaction (onboarding moving on) commits or rolls back with it. The module that owns the change creates
 * the hook and exports `listen` from its index.ts; the listener never learns the owner's internals.
 */
export interface TxHook<Event> {
  /** Adds a listener; returns the unsubscribe (called when the app closes). */
  listen(listener: TxListener<Event>): () => void;
  /** Runs every listener in order, in the caller's transaction; a listener's error rolls the change back. */
  fire(tx: Queryable, event: Event): Promise<void>;
}

export function txHook<Event>(): TxHook<Event> {
  const listeners = new Set<TxListener<Event>>();
  return {
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async fire(tx, event) {
      for (const listener of listeners) await listener(tx, event);
    },
  };
}
