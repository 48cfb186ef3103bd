import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { Database } from './database.ts';

/**
 * This process among all Portico processes on one database. Not the pid: containers restart with the same small
 * pids, so two processes would take each other's messages for their own.
 */
export const PROCESS_INSTANCE_ID = randomUUID();

const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 5_000;

interface ListenerState {
  name: string;
  listening: boolean;
}

const listeners = new Set<ListenerState>();

/** Names of this process's LISTEN connections that are down right now (reconnecting); `/readyz` reports them. */
export function listenersDown(): string[] {
  return [...listeners].filter((listener) => !listener.listening).map((listener) => listener.name);
}

export interface ListenOptions {
  /** For logs, `/readyz` and the connection's application_name (`portico <name> <instance id>`). */
  name: string;
  channel: string;
  logger: Logger;
  onNotification(payload: string): void;
  /** The connection was lost: notifications sent from now until `onUp` are missed. */
  onDown(): void;
  /** Listening again (after a loss): whatever was missed meanwhile must be re-read. */
  onUp(): void;
}

const noop = () => undefined;

/**
 * LISTEN on a dedicated connection that comes back by itself: when the connection drops (server restart, network,
 * pg_terminate_backend), it reconnects with backoff (250 ms doubling to 5 s) until stopped, calling onDown and
 * onUp around the gap. Returns null on the embedded engine (one process: nothing to listen to).
 */
export async function listenResiliently(
  db: Database,
  options: ListenOptions,
): Promise<{ stop(): Promise<void> } | null> {
  const connectDedicated = db.connectDedicated;
  if (!connectDedicated) return null;
  const state: ListenerState = { name: options.name, listening: false };
  listeners.add(state);
  let client: pg.Client | null = null;
  let timer: NodeJS.Timeout | null = null;
  let delay = RETRY_MIN_MS;
  let stopped = false;

  const attach = async () => {
    const connection = await connectDedicated(`portico ${options.name} ${PROCESS_INSTANCE_ID}`);
    connection.on('error', noop); // an error before the handlers below must not crash the process
    try {
      await connection.query(`LISTEN ${options.channel}`);
    } catch (error) {
      await connection.end().catch(noop);
      throw error;
    }
    let gone = false;
    const lost = (error?: unknown) => {
      if (gone) return;
      gone = true;
      connection.removeAllListeners('notification');
      void connection.end().catch(noop);
      client = null;
      if (stopped) return;
      state.listening = false;
      options.logger.warn({ err: error, listener: options.name }, 'LISTEN connection lost; reconnecting');
      options.onDown();
      retry();
    };
    connection.on('error', lost);
    connection.on('end', () => lost());
    connection.on('notification', (message) => {
      if (message.channel === options.channel) options.onNotification(message.payload ?? '');
    });
    client = connection;
    state.listening = true;
    delay = RETRY_MIN_MS;
  };

  const retry = () => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = null;
      attach().then(
        () => {
          options.logger.info({ listener: options.name }, 'listening again');
          options.onUp();
        },
        (error: unknown) => {
          options.logger.warn({ err: error, listener: options.name }, 'LISTEN reconnect failed; retrying');
          delay = Math.min(delay * 2, RETRY_MAX_MS);
          retry();
        },
      );
    }, delay);
    timer.unref();
  };

  try {
    await attach();
  } catch (error) {
    options.logger.warn({ err: error, listener: options.name }, 'LISTEN failed at start; retrying');
    options.onDown();
    retry();
  }

  return {
    async stop() {
      stopped = true;
      listeners.delete(state);
      if (timer) clearTimeout(timer);
      await client?.end().catch(noop);
    },
  };
}
