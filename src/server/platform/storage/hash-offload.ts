import { createHash, type Hash } from 'node:crypto';
import { Worker } from 'node:worker_threads';

/**
 * SHA-256 of an upload computed on a worker thread, so the main thread (which also reads the socket and feeds
 * the file stream) does not spend a fifth of an upload hashing. Chunks are copied into 1 MiB batches whose memory
 * is handed to the worker (transferred, not copied again); at most MAX_IN_FLIGHT batches wait per upload, so
 * memory stays flat when the worker falls behind. If the worker cannot start or dies, hashing goes on inline
 * (same digest, on the main thread) for the uploads that follow; an upload whose batches were lost fails.
 */
const BATCH_BYTES = 1 << 20;
const MAX_IN_FLIGHT = 4;

// Plain CommonJS evaluated by the worker: no file to resolve, the same under tsx and in the compiled server.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const hashes = new Map();
parentPort.on('message', (message) => {
  let hash = hashes.get(message.id);
  if (!hash && !message.drop) hashes.set(message.id, (hash = createHash('sha256')));
  if (message.bytes) {
    hash.update(new Uint8Array(message.bytes, 0, message.length));
    parentPort.postMessage({ id: message.id, ack: true, bytes: message.bytes }, [message.bytes]);
  }
  if (message.end) parentPort.postMessage({ id: message.id, digest: hash.digest('hex') });
  if (message.end || message.drop) hashes.delete(message.id);
});`;

interface Waiter {
  ack(bytes: ArrayBuffer): void;
  digest(hex: string): void;
  fail(error: Error): void;
}

let worker: Worker | null = null;
let workerBroken = false;
let nextId = 0;
const waiters = new Map<number, Waiter>();

function failAll(error: Error) {
  worker = null;
  workerBroken = true;
  for (const waiter of waiters.values()) waiter.fail(error);
  waiters.clear();
}

function sharedWorker(): Worker | null {
  if (worker || workerBroken) return worker;
  try {
    const started = new Worker(WORKER_SOURCE, { eval: true });
    started.unref();
    started.on('message', (message: { id: number; ack?: true; bytes?: ArrayBuffer; digest?: string }) => {
      const waiter = waiters.get(message.id);
      if (!waiter) return;
      if (message.ack) waiter.ack(message.bytes!);
      if (message.digest !== undefined) {
        waiters.delete(message.id);
        if (waiters.size === 0) started.unref();
        waiter.digest(message.digest);
      }
    });
    started.on('error', (error) => failAll(error));
    started.on('exit', () => failAll(new Error('The hashing worker stopped')));
    worker = started;
  } catch {
    workerBroken = true;
  }
  return worker;
}

/** One upload's running SHA-256: `update` each chunk (its callback says when to send more), then `digest`. */
export class OffloadedSha256 {
  private readonly id = (nextId += 1);
  private readonly worker = sharedWorker();
  private readonly inline: Hash | null = this.worker ? null : createHash('sha256');
  private batch: Buffer | null = null;
  // Batches the worker has hashed come back (transferred again) and are refilled: an upload allocates at most
  // MAX_IN_FLIGHT + 1 of them, and leaves no garbage for the worker's heap to collect at its own pace.
  private readonly spare: ArrayBuffer[] = [];
  private filled = 0;
  private inFlight = 0;
  private resume: (() => void) | null = null;
  private failure: Error | null = null;
  private result: Promise<string> | null = null;
  private settle: { resolve(hex: string): void; reject(error: Error): void } | null = null;

  constructor() {
    if (!this.worker) return;
    this.worker.ref();
    waiters.set(this.id, {
      ack: (bytes) => {
        this.inFlight -= 1;
        this.spare.push(bytes);
        const resume = this.resume;
        this.resume = null;
        resume?.();
      },
      digest: (hex) => this.settle?.resolve(hex),
      fail: (error) => {
        this.failure = error;
        this.settle?.reject(error);
        const resume = this.resume;
        this.resume = null;
        resume?.();
      },
    });
  }

  /** Adds `chunk`; `next` runs once more may be sent (at once, unless too many batches wait on the worker). */
  update(chunk: Buffer, next: () => void) {
    if (this.inline) {
      this.inline.update(chunk);
      return next();
    }
    let offset = 0;
    while (offset < chunk.length) {
      if (!this.batch) {
        const reused = this.spare.pop();
        this.batch = reused ? Buffer.from(reused) : Buffer.allocUnsafeSlow(BATCH_BYTES);
      }
      const copied = chunk.copy(this.batch, this.filled, offset);
      this.filled += copied;
      offset += copied;
      if (this.filled === BATCH_BYTES) this.send(false);
    }
    if (this.inFlight >= MAX_IN_FLIGHT && !this.failure) this.resume = next;
    else next();
  }

  /** The hex digest of everything added. Call once, after the last `update`. */
  digest(): Promise<string> {
    if (this.inline) return Promise.resolve(this.inline.digest('hex'));
    this.result ??= new Promise<string>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.settle = { resolve, reject };
      this.send(true);
    });
    return this.result;
  }

  /** Forgets a hash that will never be finished (the upload failed). */
  abort() {
    this.failure ??= new Error('The upload failed before it was hashed');
    if (!this.worker || this.result) return;
    waiters.delete(this.id);
    if (waiters.size === 0) this.worker.unref();
    this.worker.postMessage({ id: this.id, drop: true });
  }

  private send(end: boolean) {
    // The batch's own memory (allocUnsafeSlow: not from the shared pool) is handed over, never copied again.
    const bytes = this.batch && this.filled > 0 ? (this.batch.buffer as ArrayBuffer) : null;
    if (bytes) this.inFlight += 1;
    this.worker!.postMessage({ id: this.id, bytes, length: this.filled, end }, bytes ? [bytes] : []);
    this.batch = null;
    this.filled = 0;
  }
}
