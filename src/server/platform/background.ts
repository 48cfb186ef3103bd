import type { Logger } from 'pino';

/**
 * Work that must not delay or shape a response (mail whose timing would reveal whether an address exists).
 * Shutdown waits for it; tests wait for it instead of sleeping.
 */
export function createBackgroundTasks(logger: Logger) {
  const pending = new Set<Promise<void>>();
  return {
    run(name: string, task: () => Promise<unknown>) {
      const promise = Promise.resolve()
        .then(task)
        .then(
          () => undefined,
          (error: unknown) => logger.error({ err: error, task: name }, 'background task failed'),
        )
        .finally(() => pending.delete(promise));
      pending.add(promise);
    },
    async idle() {
      while (pending.size) await Promise.all([...pending]);
    },
  };
}
export type BackgroundTasks = ReturnType<typeof createBackgroundTasks>;
