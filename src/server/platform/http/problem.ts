import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable } from '../db/index.ts';
import { isStorageFull } from '../storage/index.ts';
import { AppError, databaseUnavailable, notFound, storageFull, type FieldError } from './errors.ts';
import { refuseUnstorableInput } from './input-guards.ts';

const PROBLEM_TYPE = 'https://portico.dev/problems/';

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
  return reply
    .status(error.status)
    .type('application/problem+json')
    .send({
      ...error.extensions,
      type: PROBLEM_TYPE + error.code,
      title: error.title,
      status: error.status,
      code: error.code,
      detail: error.detail,
      ...(error.fieldErrors ? { errors: error.fieldErrors } : {}),
      requestId: request.id,
    });
}

/**
 * Zod issues as fastify-type-provider-zod (v7) hands them over: `keyword` is the zod code, `instancePath` the
 * JSON pointer of the field, `params` the rest of the issue (`keys` for unrecognized keys).
 */
function toFieldErrors(error: FastifyError): FieldError[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  return error.validation.flatMap((issue) => {
    const path = issue.instancePath
      .split('/')
      .filter(Boolean)
      .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
    const keys = (issue.params as { keys?: unknown }).keys;
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(keys) && keys.length > 0) {
      return keys.map((key) => ({
        path: [...path, String(key)].join('.'),
        code: issue.keyword,
        message: `Unknown field: ${String(key)}`,
      }));
    }
    return [{ path: path.join('.') || '(body)', code: issue.keyword, message: issue.message ?? 'Invalid value.' }];
  });
}

/** Fastify's own errors for things the client sent, mapped to problem types. */
const FRAMEWORK_ERRORS: Record<string, [number, string, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'payload_too_large', 'The request body is too large.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type', 'This content type is not accepted here.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_json', 'The JSON body is empty.'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid_json', 'The body is not valid JSON.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid_request', 'The Content-Length does not match the body.'],
  FST_ERR_BAD_URL: [400, 'invalid_request', 'The URL is malformed.'],
  FST_ERR_MAX_PARAM_LENGTH: [414, 'uri_too_long', 'A path segment of the URL is too long.'],
};

/**
 * PostgreSQL data exceptions that only a value sent in can cause (a NUL character, which text columns cannot
 * hold, or a value that does not fit its type): the client's mistake, so a 400, not a 500. Validation should
 * catch these first; this is the backstop.
 */
const DATABASE_INPUT_ERRORS: Record<string, [string, string]> = {
  '22021': ['invalid_characters', 'The request contains characters that cannot be stored, such as NUL.'],
  '22P05': ['invalid_characters', 'The request contains characters that cannot be stored, such as NUL.'],
  '22P02': ['invalid_value', 'A value in the request is not valid for its field.'],
  '22007': ['invalid_value', 'A date or time in the request is not valid.'],
  '22008': ['invalid_value', 'A date or time in the request is out of range.'],
  '22003': ['invalid_value', 'A number in the request is out of range.'],
  '22001': ['invalid_value', 'A value in the request is too long.'],
};

const isDatabaseError = (error: unknown): error is { code: string; severity: string } =>
  typeof error === 'object' &&
  error !== null &&
  typeof (error as { code?: unknown }).code === 'string' &&
  typeof (error as { severity?: unknown }).severity === 'string';

/** How the app answers bad input and failures: problem+json for every error, and no unstorable input reaches a query. */
export function registerProblemHandlers(app: FastifyInstance) {
  refuseUnstorableInput(app);
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendProblem(request, reply, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      return sendProblem(
        request,
        reply,
        new AppError(400, 'validation_failed', 'Invalid request', 'Some fields need attention.', toFieldErrors(error)),
      );
    }
    const databaseInput = isDatabaseError(error) ? DATABASE_INPUT_ERRORS[error.code] : undefined;
    if (databaseInput) {
      request.log.warn({ err: error }, 'database refused a value from the request');
      return sendProblem(request, reply, new AppError(400, databaseInput[0], 'Invalid request', databaseInput[1]));
    }
    if (isStorageFull(error)) {
      request.log.error({ err: error }, 'file store full');
      return sendProblem(request, reply, storageFull());
    }
    if (isDatabaseUnavailable(error)) {
      request.log.error({ err: error }, 'database unavailable');
      return sendProblem(request, reply, databaseUnavailable());
    }
    const known = error.code ? FRAMEWORK_ERRORS[error.code] : undefined;
    if (known)
      return sendProblem(request, reply, new AppError(known[0], known[1], known[1].replace(/_/g, ' '), known[2]));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500 && !isResponseSerializationError(error)) {
      // A JSON syntax error thrown by the parser and other client errors fastify raises itself.
      return sendProblem(
        request,
        reply,
        new AppError(error.statusCode, 'invalid_request', 'Invalid request', error.message),
      );
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(
      request,
      reply,
      new AppError(
        500,
        'internal_error',
        'Something went wrong',
        'An unexpected error occurred. Quote the request id if you report it.',
      ),
    );
  });
}

export function apiNotFound(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(request, reply, notFound());
}

/**
 * For Fastify's `frameworkErrors` option: errors raised before routing (a malformed URL, an over-long path
 * parameter) otherwise bypass the error handler and answer with Fastify's own JSON instead of problem+json.
 * Wired in buildApp (`frameworkErrors`).
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const known = error.code ? FRAMEWORK_ERRORS[error.code] : undefined;
  const [status, code, detail] = known ?? [
    error.statusCode && error.statusCode < 500 ? error.statusCode : 400,
    'invalid_request',
    'The request is malformed.',
  ];
  reply.header('x-request-id', request.id);
  return sendProblem(request, reply, new AppError(status, code, 'Invalid request', detail));
}
