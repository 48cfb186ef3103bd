import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { currentTotp } from '../../../src/server/platform/security/totp.ts';
import type { HttpClient } from '../../support/http-client.ts';
import type { TestPortal } from '../../support/harness.ts';

export const SIGN_IN = '/api/v1/auth/sign-in';

/** A problem+json body without its per-request id, so two answers can be compared whole. */
export function problemOf(response: LightMyRequestResponse) {
  expect(response.headers['content-type']).toContain('application/problem+json');
  const { requestId, ...rest } = response.json() as Record<string, unknown> & { requestId: string };
  expect(typeof requestId).toBe('string');
  return rest as {
    status: number;
    code: string;
    title: string;
    detail?: string;
    errors?: { path: string; code: string; message: string }[];
  };
}

/** Status and problem code together, so a failure message shows both. */
export function statusAndCode(response: LightMyRequestResponse) {
  const body = response.body ? (response.json() as { code?: string }) : {};
  return { status: response.statusCode, code: body.code };
}

export function setCookieOf(response: LightMyRequestResponse, name: string) {
  const cookie = (
    response.cookies as {
      name: string;
      value: string;
      httpOnly?: boolean;
      secure?: boolean;
      sameSite?: string;
      path?: string;
      maxAge?: number;
    }[]
  ).find((candidate) => candidate.name === name);
  if (!cookie) throw new Error(`no ${name} cookie set; set-cookie: ${String(response.headers['set-cookie'])}`);
  return cookie;
}

export type { AuditRow } from '../../../src/server/modules/audit/repository.ts';
import type { AuditRow } from '../../../src/server/modules/audit/repository.ts';

/** Audit events of one action, oldest first. */
export async function auditEvents(portal: TestPortal, action: string): Promise<AuditRow[]> {
  const { rows } = await portal.ctx.db.query<AuditRow>(
    'SELECT * FROM audit_events WHERE action = $1 ORDER BY occurred_at, id',
    [action],
  );
  return rows;
}

export async function mailCountTo(portal: TestPortal, to: string) {
  await portal.ctx.background.idle();
  const { rows } = await portal.ctx.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM mail_messages WHERE to_address = $1',
    [to],
  );
  return rows[0]!.n;
}

/** A session cookie value alone, as a second browser that copied it would send it. */
export function clientWithSession(portal: TestPortal, token: string) {
  const client = portal.client();
  client.setCookie('portico_session', token);
  return client;
}

/** Turns on TOTP for the signed-in client; returns the secret and recovery codes. */
export async function enrolTwoFactor(portal: TestPortal, client: HttpClient) {
  const setup = await client.post('/api/v1/me/two-factor/setup');
  expect(setup.statusCode).toBe(200);
  const { secret } = setup.json() as { secret: string };
  const enable = await client.post('/api/v1/me/two-factor/enable', { code: currentTotp(secret, portal.clock.now()) });
  expect(enable.statusCode).toBe(200);
  const { recoveryCodes } = enable.json() as { recoveryCodes: string[] };
  return { secret, recoveryCodes };
}
