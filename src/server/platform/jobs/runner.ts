import type { Queryable } from '../db/index.ts';
import type { AppContext } from '../context.ts';
import { claimJobs, completeJob, failJob, onJobEnqueued, postponeJob, renewLease, type JobRow } from './queue.ts';

/**
 * What a handler may answer: nothing (done), "not yet" with the time to try again (not counted as a failure), or
 * `completed` when the handler already completed the job itself (completeJob in its own final transaction, with
 * `job.attempts` as the fencing token, so that a run whose lease passed changes nothing).
 */
export type JobOutcome = void | { postponeUntil: Date } | { completed: true };
/**
 * `signal` aborts when this run lost its lease (another process may be running the job by now): stop, and write
 * nothing more. Handlers written before it existed simply ignore it.
 */
export type JobHandler = (
  ctx: AppContext,
  payload: Record<string, unknown>,
  job: JobRow,
  signal: AbortSignal,
) => Promise<JobOutcome>;

export interface JobKindOptions {
  /**
   * Called in the transaction that marks the job failed after its last attempt, and only then (never for a run
   * that lost its lease): the place to set the state the job owned (a thumbnail "pending") to failed, so nothing
   * stays pending for ever.
   */
  onGiveUp?: (ctx: AppContext, payload: Record<string, unknown>, job: JobRow, tx: Queryable) => Promise<void>;
  /**
   * How many jobs of this kind may run at once (default 1). For work that waits on someone else (a webhook
   * receiver): one slow receiver must not hold every other delivery back. Kinds without it run one at a time, in
   * turn, beside them.
   */
  concurrency?: number;
}

/** Jobs claimed at once when every kind runs one at a time; more when a kind runs several at once. */
const BATCH = 10;
/** The lease is renewed every third of it: two renewals may fail (a slow database) before it passes. */
const RENEWALS_PER_LEASE = 3;

interface Held {
  job: JobRow;
  controller: AbortController;
  /** Until when this runner knows its lease holds (by the context's clock). */
  leaseUntil: number;
}

/**
 * Runs due jobs of the kinds registered here. Wakes on local enqueue and polls (jobs enqueued by other processes,
 * retries coming due, jobs whose runner died and whose lease passed). Every claimed job carries a lease that this
 * runner renews while it holds the job, so any process takes over a job whose runner died, and only after its
 * lease passed. One job at a time (mail and thumbnails are slow but cheap, and the machine is shared), except for
 * kinds registered with a `concurrency`, which run that many at once beside the others.
 * Its work counts as background work (`ctx.background.idle()` waits for it; so does shutdown, through stop()).
 */
export class JobRunner {
  private readonly handlers = new Map<string, { handler: JobHandler; options: JobKindOptions }>();
  private readonly held = new Map<string, Held>();
  private readonly leaseMs: number;
  private running: Promise<void> | null = null;
  /** Where jobs of kinds without `concurrency` wait for each other: each starts when the one before it ended. */
  private oneAtATime: Promise<void> = Promise.resolve();
  private again = false;
  /** Ends the drain loop's wait on the jobs in hand when something new may be due (see poke). */
  private wake: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;
  private renewTimer: NodeJS.Timeout | null = null;
  private stopOnEnqueue: (() => void) | null = null;
  private started = false;
  private stopped = false;

  constructor(
    private readonly ctx: AppContext,
    private readonly pollMs: number,
    leaseMs?: number,
  ) {
    this.leaseMs = leaseMs ?? ctx.config.conversations.jobsLeaseSeconds * 1000;
  }

  /** A kind this runner handles (it claims no other). Registered after start, its due jobs are looked for at once. */
  register(kind: string, handler: JobHandler, options: JobKindOptions = {}) {
    this.handlers.set(kind, { handler, options });
    if (this.started) this.poke();
  }

  start() {
    this.started = true;
    const off = onJobEnqueued(() => this.poke());
    this.stopOnEnqueue = () => void off();
    this.timer = setInterval(() => this.poke(), this.pollMs);
    this.timer.unref();
    this.renewTimer = setInterval(() => void this.renewLeases(), Math.max(1, this.leaseMs / RENEWALS_PER_LEASE));
    this.renewTimer.unref();
    this.poke();
  }

  /** Claims nothing more, finishes the job in hand (its lease still renewed) and hands back the rest of a batch. */
  async stop() {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.stopOnEnqueue?.();
    await this.running;
    if (this.renewTimer) clearInterval(this.renewTimer);
  }

  poke() {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      // The loop may be waiting on a job in hand that waits on something slow (a receiver until its timeout):
      // it looks for the new work now, so one slow job never holds back the claiming of others.
      this.wake?.();
      return;
    }
    this.track(this.drainLoop());
  }

  /** Runs every job due now (by the context's clock) and returns when none is left: tests await this. */
  async drain() {
    while (this.running) await this.running;
    await this.track(this.drainLoop());
  }

  private track(loop: Promise<void>) {
    const running = loop.finally(() => {
      if (this.running === running) this.running = null;
    });
    this.running = running;
    this.ctx.background.run('jobs', () => running);
    return running;
  }

  /**
   * Extends the lease of every job this runner holds; a job whose lease could not be kept is aborted (its handler's
   * signal) and dropped. Runs every third of the lease; tests call it to make a renewal happen now.
   */
  async renewLeases() {
    for (const held of [...this.held.values()]) {
      if (held.controller.signal.aborted) continue;
      const now = this.ctx.clock.now();
      const kept = await renewLease(this.ctx.db, held.job, now, this.leaseMs).catch((error: unknown) => {
        this.ctx.logger.warn({ err: error, jobId: held.job.id }, 'renewing a job lease failed');
        // The database did not answer: the lease holds until it passes, and is lost after.
        return now.getTime() < held.leaseUntil ? null : false;
      });
      if (kept === true) held.leaseUntil = now.getTime() + this.leaseMs;
      else if (kept === false) {
        this.ctx.logger.warn({ jobId: held.job.id, kind: held.job.kind }, 'job lease lost; another process may run it');
        held.controller.abort(new Error('The job lease was lost'));
      }
    }
  }

  /** Claimed jobs not finished yet, at most: BATCH, or the largest `concurrency` of a kind registered here. */
  private capacity() {
    let capacity = BATCH;
    for (const { options } of this.handlers.values()) capacity = Math.max(capacity, options.concurrency ?? 1);
    return capacity;
  }

  private async drainLoop() {
    const inFlight = new Set<Promise<void>>();
    do {
      this.again = false;
      let claimedAll = false;
      while (!this.stopped && !(claimedAll && inFlight.size === 0)) {
        // Enqueued while jobs are in hand: look again now rather than after the slowest of them.
        if (this.again) {
          this.again = false;
          claimedAll = false;
        }
        const capacity = this.capacity();
        // Claims again once half the jobs in hand are done: one claim per several jobs, never an idle slot for long.
        if (!claimedAll && inFlight.size <= capacity / 2) {
          const limit = capacity - inFlight.size;
          const now = this.ctx.clock.now();
          const jobs = await claimJobs(
            this.ctx.db,
            now,
            limit,
            this.leaseMs,
            [...this.handlers.keys()],
            [...this.held.keys()],
          ).catch((error: unknown) => {
            this.ctx.logger.warn({ err: error }, 'claiming jobs failed');
            return [];
          });
          if (jobs.length < limit) claimedAll = true;
          for (const job of jobs) {
            this.held.set(job.id, { job, controller: new AbortController(), leaseUntil: now.getTime() + this.leaseMs });
            const done: Promise<void> = this.schedule(job).finally(() => inFlight.delete(done));
            inFlight.add(done);
          }
          if (jobs.length > 0) continue;
        }
        if (inFlight.size > 0) {
          const woken = new Promise<void>((resolve) => (this.wake = resolve));
          await Promise.race([...inFlight, woken]);
          this.wake = null;
        }
      }
      await Promise.all(inFlight);
    } while (this.again && !this.stopped);
  }

  /** Runs a claimed job now (a kind with `concurrency`) or after the one-at-a-time jobs before it. */
  private schedule(job: JobRow): Promise<void> {
    const run = async () => {
      const held = this.held.get(job.id)!;
      // Stopping hands the rest of the batch back at once rather than making it wait for its lease to pass.
      if (this.stopped) await this.release(job);
      else if (!held.controller.signal.aborted) await this.runOne(job, held.controller.signal);
      this.held.delete(job.id);
    };
    if ((this.handlers.get(job.kind)?.options.concurrency ?? 1) > 1) return run();
    const turn = this.oneAtATime.then(run);
    this.oneAtATime = turn.catch(() => undefined);
    return turn;
  }

  private async release(job: JobRow) {
    const now = this.ctx.clock.now();
    await postponeJob(this.ctx.db, job, now, now).catch((error: unknown) =>
      this.ctx.logger.warn({ err: error, jobId: job.id }, 'handing a job back failed; its lease will pass'),
    );
  }

  private async runOne(job: JobRow, signal: AbortSignal) {
    const registered = this.handlers.get(job.kind);
    const now = () => this.ctx.clock.now();
    try {
      if (!registered) throw new Error(`No handler for job kind ${job.kind}`);
      // Claimed again and again because its runner keeps dying (a poison job taking its process down): stop here.
      if (job.attempts > job.max_attempts) throw new Error('Its runner stopped before finishing, too many times');
      const outcome = await registered.handler(this.ctx, job.payload, job, signal);
      if (outcome && 'postponeUntil' in outcome) await postponeJob(this.ctx.db, job, outcome.postponeUntil, now());
      else if (!(outcome && 'completed' in outcome)) await completeJob(this.ctx.db, job.id, now(), job.attempts);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.ctx.logger.warn({ err: error, jobId: job.id, kind: job.kind, attempt: job.attempts }, 'job failed');
      await this.ctx.db
        .transaction(async (tx) => {
          const failure = await failJob(tx, job, message, now());
          if (failure === 'failed') await registered?.options.onGiveUp?.(this.ctx, job.payload, job, tx);
        })
        .catch((cause: unknown) =>
          this.ctx.logger.error({ err: cause, jobId: job.id }, 'recording a job failure failed'),
        );
    }
  }
}
