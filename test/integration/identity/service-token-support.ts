import { expect } from 'vitest';
import type { TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';

export const SERVICE_TOKENS = '/api/v1/service-tokens';

/** A request as an integration sends it: `Authorization: Bearer svc_...`, JSON body, no cookie or CSRF token. */
export function serviceTokenCaller(portal: TestPortal) {
  return (token: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    portal.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}`, ...(payload ? { 'content-type': 'application/json' } : {}) },
      payload: payload ? JSON.stringify(payload) : undefined,
    });
}

/** Creates a service token through the console API (owner or admin); the secret is in this response only. */
export async function mintServiceToken(
  by: HttpClient,
  name: string,
  scopes: string[],
  extra: { expiresInDays?: number; requestsPerMinute?: number } = {},
) {
  const created = await by.post(SERVICE_TOKENS, { name, scopes, expiresInDays: 30, ...extra });
  expect(created.statusCode, created.body).toBe(201);
  return created.json() as { id: string; token: string; name: string; status: string; requestsPerMinute: number };
}
