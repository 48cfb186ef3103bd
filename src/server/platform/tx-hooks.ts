import type { Queryable } from './db/index.ts';

export type TxListener<Event> = (tx: Queryable, event: Event) => Promise<void>;
/** The same reaction to many events of one transaction at once (a CSV import's batch): one set-based pass. */
export type TxBatchListener<Event> = (tx: Queryable, events: Event[]) => Promise<void>;

/**
 * A hook a module fires inside the transaction of its own change (a form submitted, an invoice paid), so another
 * module's reaction (onboarding moving on) commits or rolls back with it. The module that owns the change creates
 * the hook and exports `listen` from its index.ts; the listener never learns the owner's internals.
 */
export interface TxHook<Event> {
  /**
   * Adds a listener, with an optional batch version that `fireMany` calls once for all its events (without one,
   * `fireMany` calls the listener event by event). Returns the unsubscribe (called when the app closes).
   */
  listen(listener: TxListener<Event>, batch?: TxBatchListener<Event>): () => void;
  /** Runs every listener in order, in the caller's transaction; a listener's error rolls the change back. */
  fire(tx: Queryable, event: Event): Promise<void>;
  /** Many events of one change (a batch of new accounts): each listener once, through its batch version. */
  fireMany(tx: Queryable, events: Event[]): Promise<void>;
}

export function txHook<Event>(): TxHook<Event> {
  const listeners = new Set<{ one: TxListener<Event>; many?: TxBatchListener<Event> }>();
  return {
    listen(one, many) {
      const entry = { one, many };
      listeners.add(entry);
      return () => listeners.delete(entry);
    },
    async fire(tx, event) {
      for (const { one } of listeners) await one(tx, event);
    },
    async fireMany(tx, events) {
      if (!events.length) return;
      for (const { one, many } of listeners) {
        if (many) await many(tx, events);
        else for (const event of events) await one(tx, event);
      }
    },
  };
}
