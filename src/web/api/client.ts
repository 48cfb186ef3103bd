import type { Problem } from '../../contract/index.ts';
import { t } from '../i18n/index.ts';

export const API_BASE = '/api/v1';

export interface FieldErrorMap {
  [path: string]: string;
}

/** A failed API call: problem+json parsed into a typed error. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly fieldErrors: FieldErrorMap;
  readonly requestId: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  /** `wrong_portal`: the sign-in page of the person's own portal (another segment's domain), from the server. */
  readonly redirectTo: string | undefined;

  constructor(init: {
    status: number;
    code: string;
    title: string;
    detail?: string;
    fieldErrors?: FieldErrorMap;
    requestId?: string;
    retryAfterSeconds?: number;
    redirectTo?: string;
  }) {
    super(init.detail ?? init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? {};
    this.requestId = init.requestId;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.redirectTo = init.redirectTo;
  }

  get hasFieldErrors(): boolean {
    return Object.keys(this.fieldErrors).length > 0;
  }
}

/** Normalise a server error path (`email`, `/email`, `body.email`, `modules.0`) to a field key. */
export function normalizePath(path: string): string {
  let key = path.replace(/^\//, '').replace(/\//g, '.');
  key = key.replace(/^body\./, '');
  return key;
}

function fieldErrorsFrom(problem: Partial<Problem>): FieldErrorMap {
  const map: FieldErrorMap = {};
  for (const error of problem.errors ?? []) {
    const key = normalizePath(error.path);
    if (!(key in map)) map[key] = error.message;
    const head = key.split('.')[0];
    if (head && !(head in map)) map[head] = error.message;
  }
  return map;
}

let csrfToken: string | null = null;
let csrfLoader: (() => Promise<unknown>) | null = null;
let unauthorizedHandler: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF token for a write sent outside `api()` (an XHR upload with progress), loading it if needed. */
export async function currentCsrfToken(): Promise<string | null> {
  if (csrfToken === null && csrfLoader) await csrfLoader();
  return csrfToken;
}

/** Turn a non-OK response of a request sent outside `api()` into an ApiError (problem+json parsed). */
export function apiErrorFrom(response: Response): Promise<ApiError> {
  return toApiError(response);
}

/** The session provider registers how to (re)load the session, which also yields a fresh CSRF token. */
export function setCsrfLoader(loader: () => Promise<unknown>): void {
  csrfLoader = loader;
}

export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

/**
 * The 401 rule of `api()` for requests sent outside it (the typed client): "not signed in" (`unauthorized`, a session
 * that ended) outside the sign-in and session calls sends the user to sign-in. A refused secret (a wrong current
 * password: `invalid_credentials`) is the form's error, never a redirect.
 */
export function noticeUnauthorized(apiPath: string, error: ApiError): void {
  if (error.status === 401 && error.code === 'unauthorized' && !isAuthPath(apiPath) && unauthorizedHandler)
    unauthorizedHandler();
}

export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON body. */
  body?: unknown;
  /** Raw body (file upload), sent with `contentType`. */
  rawBody?: Blob;
  contentType?: string;
  query?: Query;
  /** `true` to generate an Idempotency-Key, or a key to reuse across retries of one submission. */
  idempotencyKey?: string | boolean;
  ifMatch?: number | string;
  /** Send the user to sign-in on 401 (default true except for auth/session calls). */
  authRedirect?: boolean;
  signal?: AbortSignal;
}

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path;
}

function isAuthPath(path: string): boolean {
  return path.startsWith('/auth/') || path === '/session';
}

async function toApiError(response: Response): Promise<ApiError> {
  let problem: Partial<Problem> = {};
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      problem = (await response.json()) as Partial<Problem>;
    } catch {
      problem = {};
    }
  }
  const retryAfter = response.headers.get('retry-after');
  let retryAfterSeconds: number | undefined;
  if (retryAfter) {
    const seconds = Number(retryAfter);
    retryAfterSeconds = Number.isFinite(seconds)
      ? seconds
      : Math.max(0, Math.round((new Date(retryAfter).getTime() - Date.now()) / 1000)) || undefined;
  }
  return new ApiError({
    status: response.status,
    code: problem.code ?? `http_${response.status}`,
    title: problem.title ?? (response.statusText || t('errors.generic')),
    detail: problem.detail,
    fieldErrors: fieldErrorsFrom(problem),
    requestId: problem.requestId,
    retryAfterSeconds,
    redirectTo: (problem as { redirectTo?: unknown }).redirectTo as string | undefined,
  });
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: Blob | string | undefined;
  if (options.rawBody) {
    body = options.rawBody;
    headers['Content-Type'] = options.contentType ?? (options.rawBody.type || 'application/octet-stream');
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET') {
    const token = await currentCsrfToken();
    if (token) headers['X-CSRF-Token'] = token;
  }
  if (options.idempotencyKey) {
    headers['Idempotency-Key'] =
      typeof options.idempotencyKey === 'string' ? options.idempotencyKey : newIdempotencyKey();
  }
  if (options.ifMatch !== undefined) headers['If-Match'] = String(options.ifMatch);
  return fetchOrNetworkError(API_BASE + withQuery(path, options.query), {
    method,
    headers,
    body,
    credentials: 'same-origin',
    signal: options.signal,
  });
}

/**
 * `fetch`, with a request that never got an answer (offline, connection cut) thrown as the ApiError `network_error`
 * (status 0), the one a form retries with the same Idempotency-Key. An abort stays an AbortError.
 */
export async function fetchOrNetworkError(input: Request | string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(input, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'network_error', title: t('errors.network') });
  }
}

/**
 * The stale-CSRF rule of every write this page sends, `api()` and the typed client alike: a 403 whose code names
 * CSRF (`csrf_failed`: the token cookie changed since the page loaded it, e.g. after signing in again in another tab,
 * or the server issued a new one) reloads the session, which hands out the current token, and sends the write once
 * more. Any other 403 is the answer. `attempt` sends the request with the token current when it is called.
 */
export async function withCsrfRetry(method: string, attempt: () => Promise<Response>): Promise<Response> {
  const response = await attempt();
  if (response.status !== 403 || method === 'GET' || !csrfLoader) return response;
  const error = await toApiError(response.clone());
  if (!error.code.toLowerCase().includes('csrf')) return response;
  await csrfLoader();
  return attempt();
}

/** Call the Portico API. Resolves with the parsed JSON body (undefined for 204). */
export async function api<T = unknown>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  if (options.idempotencyKey === true) options = { ...options, idempotencyKey: newIdempotencyKey() };
  const response = await withCsrfRetry(method, () => send(path, options));
  if (!response.ok) {
    const error = await toApiError(response);
    const redirect = options.authRedirect ?? !isAuthPath(path);
    if (error.status === 401 && redirect && unauthorizedHandler) unauthorizedHandler();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined as T;
  return (await response.json()) as T;
}

/** A user-facing sentence for an error (form-level alert text). */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429) {
      const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
      return t('errors.tooManyAttempts', { count: minutes });
    }
    return error.detail ?? error.title;
  }
  return t('errors.generic');
}
