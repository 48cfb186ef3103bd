import type { AppContext } from '../context.ts';
import { claimJobs, completeJob, failJob, onJobEnqueued, postponeJob, type JobRow } from './queue.ts';

/**
 * What a handler may answer: nothing (done), "not yet" with the time to try again (not counted as a failure), or
 * `completed` when the handler already completed the job itself (completeJob in its own final transaction).
 */
export type JobOutcome = void | { postponeUntil: Date } | { completed: true };
export type JobHandler = (ctx: AppContext, payload: Record<string, unknown>, job: JobRow) => Promise<JobOutcome>;

const LOCK_MS = 5 * 60_000;
const BATCH = 10;

/**
 * Runs due jobs of this process. Wakes on local enqueue and polls (jobs enqueued by other processes, retries
 * coming due, jobs of a crashed runner). One job at a time: mail is slow but cheap, and the machine is shared.
 */
export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private stopOnEnqueue: (() => void) | null = null;
  private stopped = false;

  constructor(
    private readonly ctx: AppContext,
    private readonly pollMs: number,
  ) {}

  register(kind: string, handler: JobHandler) {
    this.handlers.set(kind, handler);
  }

  start() {
    this.stopOnEnqueue = (() => {
      const off = onJobEnqueued(() => this.poke());
      return () => void off();
    })();
    this.timer = setInterval(() => this.poke(), this.pollMs);
    this.timer.unref();
    this.poke();
  }

  async stop() {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.stopOnEnqueue?.();
    await this.running;
  }

  poke() {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drainLoop().finally(() => {
      this.running = null;
    });
  }

  /** Runs every job due now (by the context's clock) and returns when none is left: tests await this. */
  async drain() {
    while (this.running) await this.running;
    this.running = this.drainLoop().finally(() => {
      this.running = null;
    });
    await this.running;
  }

  private async drainLoop() {
    do {
      this.again = false;
      let jobs: JobRow[];
      do {
        const claimedAt = this.ctx.clock.now().getTime();
        jobs = await claimJobs(this.ctx.db, new Date(claimedAt), BATCH, LOCK_MS).catch((error: unknown) => {
          this.ctx.logger.warn({ err: error }, 'claiming jobs failed');
          return [];
        });
        for (const job of jobs) {
          // Past the lock, the rest of the batch may belong to another runner by now: leave it to be claimed again.
          if (this.ctx.clock.now().getTime() - claimedAt >= LOCK_MS) break;
          await this.runOne(job);
        }
      } while (jobs.length === BATCH && !this.stopped);
    } while (this.again && !this.stopped);
  }

  private async runOne(job: JobRow) {
    const handler = this.handlers.get(job.kind);
    const now = () => this.ctx.clock.now();
    try {
      if (!handler) throw new Error(`No handler for job kind ${job.kind}`);
      const outcome = await handler(this.ctx, job.payload, job);
      if (outcome && 'postponeUntil' in outcome) await postponeJob(this.ctx.db, job, outcome.postponeUntil, now());
      else if (!(outcome && 'completed' in outcome)) await completeJob(this.ctx.db, job.id, now(), job.attempts);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.ctx.logger.warn({ err: error, jobId: job.id, kind: job.kind, attempt: job.attempts }, 'job failed');
      await failJob(this.ctx.db, job, message, now()).catch((cause: unknown) =>
        this.ctx.logger.error({ err: cause, jobId: job.id }, 'recording a job failure failed'),
      );
    }
  }
}
