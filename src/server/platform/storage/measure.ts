import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { OffloadedSha256 } from './hash-offload.ts';

export class UploadTooLargeError extends Error {
  override name = 'UploadTooLargeError';
  constructor(readonly limitBytes: number) {
    super(`The upload is larger than ${limitBytes} bytes`);
  }
}

/** What a stream held, known once it ended: size, SHA-256, and the first bytes (for sniffing the type). */
export interface UploadMeasurement {
  sizeBytes: number;
  sha256: string;
  head: Buffer;
}

// file-type needs at most ~4 KiB to recognise a format.
const HEAD_BYTES = 4100;

/**
 * Bytes an upload may hold between the socket and the disk, per stream stage. Node's default (16 KiB) is a
 * quarter of one socket read (64 KiB), so every chunk paused the request and resumed it once written: with
 * 1 MiB the stages pass chunks without that churn and the file stream writes them in fewer, larger writes.
 * Memory stays flat: at most this much per stage, whatever the file's size.
 */
export const UPLOAD_BUFFER_BYTES = 1 << 20;

/**
 * Passes the body through unchanged while counting, hashing and keeping its first bytes; fails the stream as
 * soon as it exceeds `limitBytes` (the declared Content-Length can lie). Memory stays flat: one chunk at a time.
 */
export function measureUpload(
  body: Readable,
  limitBytes: number,
): { stream: Transform; measurement: () => Promise<UploadMeasurement>; exceeded: () => boolean } {
  const hash = new OffloadedSha256();
  const headChunks: Buffer[] = [];
  let headLength = 0;
  let size = 0;
  let tooLarge = false;
  const stream = new Transform({
    highWaterMark: UPLOAD_BUFFER_BYTES,
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      size += chunk.length;
      if (size > limitBytes) {
        tooLarge = true;
        callback(new UploadTooLargeError(limitBytes));
        return;
      }
      if (headLength < HEAD_BYTES) {
        const part = chunk.subarray(0, HEAD_BYTES - headLength);
        headChunks.push(Buffer.from(part));
        headLength += part.length;
      }
      this.push(chunk);
      hash.update(chunk, () => callback());
    },
  });
  stream.once('error', () => hash.abort());
  body.once('error', (error) => stream.destroy(error));
  // The request ended before its declared length (client gone): Node marks it aborted; treat as failure.
  body.once('aborted', () => stream.destroy(new Error('The upload was interrupted')));
  body.pipe(stream);
  // The error also reaches whoever consumes the stream (pipeline/upload); this listener only keeps one raised
  // before the consumer attaches (a first chunk over the limit) from becoming an uncaught exception.
  stream.on('error', () => undefined);
  return {
    stream,
    exceeded: () => tooLarge,
    // After the stream ended: the digest arrives from the hashing worker.
    measurement: async () => ({ sizeBytes: size, sha256: await hash.digest(), head: Buffer.concat(headChunks) }),
  };
}
