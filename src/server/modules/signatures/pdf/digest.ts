import { createHash } from 'node:crypto';

// Apart from finalize.ts so the use cases that only hash a PDF do not load pdf-lib at start (see complete.ts).
export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
