import {
  API_BASE,
  ApiError,
  apiErrorFrom,
  currentCsrfToken,
  newIdempotencyKey,
  withQuery,
  type Query,
} from '../../api/client.ts';
import { NameConflict } from '../../../contract/index.ts';
import { t } from '../../i18n/index.ts';

/** A refused upload whose name is already used where it was going: the server's suggestion and the choices. */
export type NameConflictError = ApiError & { nameConflict: NameConflict };

/** The `name_conflict` details of a refused upload (the problem's extension members), if that is what it was. */
export function nameConflictOf(error: unknown): NameConflict | null {
  return error instanceof ApiError && 'nameConflict' in error ? (error as NameConflictError).nameConflict : null;
}

function withNameConflict(error: ApiError, responseText: string): ApiError {
  if (error.code !== 'name_conflict') return error;
  try {
    const parsed = NameConflict.safeParse(JSON.parse(responseText));
    if (parsed.success) return Object.assign(error, { nameConflict: parsed.data });
  } catch {
    // Not JSON: an ordinary error.
  }
  return error;
}

export interface UploadRequest {
  /** API path (without the /api/v1 base), e.g. `/accounts/{id}/documents`. */
  path: string;
  query?: Query;
  file: Blob;
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
  idempotencyKey?: string;
}

/**
 * POST a file as the raw request body with XHR (fetch has no upload progress), sending the CSRF token and an
 * Idempotency-Key. Resolves with the parsed JSON reply; rejects with an ApiError, or an AbortError on cancel.
 */
export async function uploadWithProgress<T>(request: UploadRequest): Promise<T> {
  const token = await currentCsrfToken();
  if (request.signal?.aborted) throw new DOMException('Upload cancelled', 'AbortError');
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', API_BASE + withQuery(request.path, request.query));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', request.file.type || 'application/octet-stream');
    if (token) xhr.setRequestHeader('X-CSRF-Token', token);
    xhr.setRequestHeader('Idempotency-Key', request.idempotencyKey ?? newIdempotencyKey());
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) request.onProgress?.(event.loaded, event.total);
    };
    const onAbort = () => xhr.abort();
    request.signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => request.signal?.removeEventListener('abort', onAbort);
    xhr.onabort = () => {
      done();
      reject(new DOMException('Upload cancelled', 'AbortError'));
    };
    xhr.onerror = () => {
      done();
      reject(new ApiError({ status: 0, code: 'network_error', title: t('errors.network') }));
    };
    xhr.onload = () => {
      done();
      const type = xhr.getResponseHeader('content-type') ?? '';
      if (xhr.status >= 200 && xhr.status < 300) {
        request.onProgress?.(request.file.size, request.file.size);
        try {
          resolve((type.includes('json') && xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T);
        } catch {
          resolve(undefined as T);
        }
        return;
      }
      const response = new Response(xhr.responseText || null, {
        status: xhr.status,
        statusText: xhr.statusText,
        headers: { 'content-type': type, 'retry-after': xhr.getResponseHeader('retry-after') ?? '' },
      });
      void apiErrorFrom(response).then((error) => reject(withNameConflict(error, xhr.responseText)));
    };
    xhr.send(request.file);
  });
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
