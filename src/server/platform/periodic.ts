import type { AppContext } from './context.ts';

/**
 * Runs `task` every `intervalMs` in the background: never two runs at once (a slow run makes the next tick skip),
 * a failure is logged and the next tick tries again, and the timer does not keep the process alive. Every process
 * may run the same task: the tasks themselves are written to be safe in several processes at once (plain deletes
 * by time, SKIP LOCKED claims). Returns the stop function; an interval of 0 or less runs nothing.
 */
export function startPeriodic(
  ctx: AppContext,
  name: string,
  intervalMs: number,
  task: () => Promise<unknown>,
): () => void {
  if (intervalMs <= 0) return () => undefined;
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    task()
      .catch((error: unknown) => ctx.logger.error({ err: error }, `${name} failed`))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
