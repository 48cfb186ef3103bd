export interface FieldError {
  path: string;
  code: string;
  message: string;
}

/** An error the client caused or may see. Anything else becomes a generic 500 with a request id. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly fieldErrors?: FieldError[],
    readonly headers: Record<string, string> = {},
    /** Extension members of the problem (RFC 9457 §3.2), e.g. the free name a `name_conflict` suggests. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
    this.name = 'AppError';
  }
}

export const unauthorized = (detail = 'Sign in to continue.') =>
  new AppError(401, 'unauthorized', 'Not signed in', detail);
/** Missing, or in an account the caller may not see: the two must be indistinguishable. */
export const notFound = () => new AppError(404, 'not_found', 'Not found', 'The requested resource does not exist.');
export const forbidden = (detail = 'Your role does not allow this action.', code = 'forbidden') =>
  new AppError(403, code, 'Forbidden', detail);
/** The account's segment does not switch this module on (API conventions: 403 `module_disabled`). */
export const moduleDisabled = (module: string) =>
  new AppError(
    403,
    'module_disabled',
    'Module not enabled',
    `The ${module.replace('_', ' ')} module is not enabled for this account.`,
  );
export const conflict = (detail: string, code = 'conflict') => new AppError(409, code, 'Conflict', detail);
export const invalid = (errors: FieldError[], detail = 'Some fields need attention.') =>
  new AppError(400, 'validation_failed', 'Invalid request', detail, errors);
export const fieldError = (path: string, code: string, message: string) => invalid([{ path, code, message }]);
export const tooManyRequests = (retryAfterSeconds: number, detail = 'Too many attempts. Try again later.') =>
  new AppError(429, 'rate_limited', 'Too many requests', detail, undefined, {
    'retry-after': String(Math.max(1, Math.ceil(retryAfterSeconds))),
  });
export const unavailable = (detail: string) => new AppError(503, 'unavailable', 'Service unavailable', detail);
/** The file store is out of space: nothing was stored; retry once an operator has freed some. */
export const storageFull = () =>
  new AppError(
    507,
    'storage_full',
    'Insufficient storage',
    'The file could not be stored because the server is out of space. Nothing was saved; try again later.',
    undefined,
    { 'retry-after': '60' },
  );

/** The database did not answer (down, hung, or out of connections): the client should retry shortly. */
export const databaseUnavailable = (retryAfterSeconds = 5) =>
  new AppError(
    503,
    'database_unavailable',
    'Service unavailable',
    'The service cannot reach its database right now. Try again shortly.',
    undefined,
    { 'retry-after': String(retryAfterSeconds) },
  );
