import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  errors?: { path: string; code: string; message: string }[];
  requestId: string;
}

/** Asserts an RFC 9457 problem response of `status` (and `code`), whose requestId is the x-request-id header. */
export function expectProblem(response: LightMyRequestResponse, status: number, code?: string): ProblemBody {
  expect({ status: response.statusCode, body: response.body.slice(0, 300) }).toMatchObject({ status });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = response.json() as ProblemBody;
  expect(body.status).toBe(status);
  if (code) expect(body.code).toBe(code);
  expect(body.requestId).toBeTruthy();
  expect(body.requestId).toBe(response.headers['x-request-id']);
  return body;
}

/** A problem body without its per-request id, to compare two answers. */
export function withoutRequestId(response: LightMyRequestResponse) {
  const { requestId: _ignored, ...rest } = response.json() as ProblemBody;
  return rest;
}

export const randomId = () => randomUUID();

/** Fills every `:param` of a registered route URL with the value `valueOf(param)` gives. */
export function fillParams(url: string, valueOf: (param: string) => string) {
  return url.replace(/:([A-Za-z]+)/g, (_match, name: string) => valueOf(name));
}

/** The directives of a Content-Security-Policy header, by name. */
function cspDirectives(response: LightMyRequestResponse) {
  const header = String(response.headers['content-security-policy'] ?? '');
  return new Map(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

export function expectSecurityHeaders(response: LightMyRequestResponse) {
  const csp = cspDirectives(response);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(response.headers['x-frame-options']).toBe('DENY');
}

/**
 * Of two conflicting requests exactly one succeeds; the other is refused without changing anything.
 * The loser sees 409 when it ran alongside the winner; when it ran after, it sees what its caller now is:
 * 403 if the winner took a role away, 404 (`loserMayBeGone`) if the winner removed the caller altogether,
 * since an account you are no longer in reads as missing.
 */
export function expectOneWinner(
  first: LightMyRequestResponse,
  second: LightMyRequestResponse,
  conflictCode: string,
  { loserMayBeGone = false }: { loserMayBeGone?: boolean } = {},
) {
  const [winner, loser] = first.statusCode === 200 ? [first, second] : [second, first];
  expect(winner.statusCode).toBe(200);
  expect(loserMayBeGone ? [403, 404, 409] : [403, 409]).toContain(loser.statusCode);
  if (loser.statusCode === 404) expectProblem(loser, 404);
  else expectProblem(loser, loser.statusCode, loser.statusCode === 409 ? conflictCode : 'forbidden');
}
