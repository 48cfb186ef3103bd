import type { Logger } from 'pino';
import { PROCESS_INSTANCE_ID } from '../db/index.ts';

/**
 * Redis pub/sub as the wake-up between Portico processes (REDIS_URL). The message is only a wake-up, naming the
 * process that sent it (which ignores its own: its commits poke its hubs directly): the events themselves are read
 * from the database, so Redis never holds account data and a lost message loses nothing.
 */
export async function connectRedisTransport(url: string, channel: string, onMessage: () => void, logger: Logger) {
  // Loaded only when REDIS_URL is set (~0.5 s to import).
  const { createClient } = await import('redis');
  const publisher = createClient({ url });
  const subscriber = publisher.duplicate();
  for (const client of [publisher, subscriber])
    client.on('error', (error: unknown) => logger.warn({ err: error }, 'redis connection error'));
  await Promise.all([publisher.connect(), subscriber.connect()]);
  await subscriber.subscribe(channel, (message) => {
    if (message !== PROCESS_INSTANCE_ID) onMessage();
  });
  return {
    async publish() {
      await publisher
        .publish(channel, PROCESS_INSTANCE_ID)
        .then(() => undefined)
        .catch((error: unknown) => logger.warn({ err: error }, 'redis publish failed'));
    },
    async close() {
      await Promise.allSettled([subscriber.quit(), publisher.quit()]);
    },
  };
}
