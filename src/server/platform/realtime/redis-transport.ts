import type { Logger } from 'pino';

/**
 * Redis pub/sub as the wake-up between Portico processes (REDIS_URL). The message is empty, only a wake-up: the
 * events themselves are read from the database, so Redis never holds account data and a lost message loses nothing.
 */
export async function connectRedisTransport(url: string, channel: string, onMessage: () => void, logger: Logger) {
  // Loaded only when REDIS_URL is set (~0.5 s to import).
  const { createClient } = await import('redis');
  const publisher = createClient({ url });
  const subscriber = publisher.duplicate();
  for (const client of [publisher, subscriber])
    client.on('error', (error: unknown) => logger.warn({ err: error }, 'redis connection error'));
  await Promise.all([publisher.connect(), subscriber.connect()]);
  await subscriber.subscribe(channel, () => onMessage());
  return {
    async publish() {
      await publisher
        .publish(channel, '')
        .then(() => undefined)
        .catch((error: unknown) => logger.warn({ err: error }, 'redis publish failed'));
    },
    async close() {
      await Promise.allSettled([subscriber.quit(), publisher.quit()]);
    },
  };
}
