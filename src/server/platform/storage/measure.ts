import { createHash } from 'node:crypto';
import { Transform, type Readable, type TransformCallback } from 'node:stream';

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
 * Passes the body through unchanged while counting, hashing and keeping its first bytes; fails the stream as
 * soon as it exceeds `limitBytes` (the declared Content-Length can lie). Memory stays flat: one chunk at a time.
 */
export function measureUpload(
  body: Readable,
  limitBytes: number,
): { stream: Transform; measurement: () => UploadMeasurement; exceeded: () => boolean } {
  const hash = createHash('sha256');
  const headChunks: Buffer[] = [];
  let headLength = 0;
  let size = 0;
  let tooLarge = false;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      size += chunk.length;
      if (size > limitBytes) {
        tooLarge = true;
        callback(new UploadTooLargeError(limitBytes));
        return;
      }
      hash.update(chunk);
      if (headLength < HEAD_BYTES) {
        const part = chunk.subarray(0, HEAD_BYTES - headLength);
        headChunks.push(Buffer.from(part));
        headLength += part.length;
      }
      callback(null, chunk);
    },
  });
  body.once('error', (error) => stream.destroy(error));
  // The request ended before its declared length (client gone): Node marks it aborted; treat as failure.
  body.once('aborted', () => stream.destroy(new Error('The upload was interrupted')));
  body.pipe(stream);
  // The error also reaches whoever consumes the stream (pipeline/upload); this listener only keeps one raised
  // before the consumer attaches (a first chunk over the limit) from becoming an uncaught exception.
  stream.on('error', () => undefined);
  let digest: string | null = null;
  return {
    stream,
    exceeded: () => tooLarge,
    measurement: () => {
      digest ??= hash.digest('hex');
      return { sizeBytes: size, sha256: digest, head: Buffer.concat(headChunks) };
    },
  };
}
