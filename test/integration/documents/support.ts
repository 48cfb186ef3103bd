import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import type { LightMyRequestResponse } from 'fastify';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';

export type Driver = 'local' | 's3';
export const DRIVERS: Driver[] = ['local', 's3'];

/** A real S3-compatible server on a free loopback port, with a fresh bucket (no mocks). */
export async function startS3(): Promise<{ env: Record<string, string>; stop(): Promise<void> }> {
  const directory = mkdtempSync(join(tmpdir(), 'portico-s3-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory });
  const { port } = await server.run();
  const env = {
    STORAGE_DRIVER: 's3',
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_BUCKET: 'portico-test',
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
  };
  const client = new S3Client({
    endpoint: env.S3_ENDPOINT,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  await client.send(new CreateBucketCommand({ Bucket: env.S3_BUCKET }));
  client.destroy();
  return {
    env,
    async stop() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

export interface DocumentsPortal {
  portal: TestPortal;
  acme: string;
  close(): Promise<void>;
}

/** A portal on the given storage driver; small limits so "too large" and "over quota" are cheap to reach. */
export async function startDocumentsPortal(driver: Driver, env: Record<string, string> = {}): Promise<DocumentsPortal> {
  const s3 = driver === 's3' ? await startS3() : null;
  const portal = await startPortal({
    DOCUMENTS_MAX_UPLOAD_BYTES: String(1024 * 1024),
    DOCUMENTS_JOB_INTERVAL_SECONDS: '0',
    ...s3?.env,
    ...env,
  });
  await portal.ctx.background.idle();
  return {
    portal,
    acme: await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing'),
    async close() {
      await portal.close();
      await portal.ctx.storage.close();
      await s3?.stop();
    },
  };
}

/** POST a raw body like a browser's XHR upload. */
export function upload(
  client: HttpClient,
  url: string,
  body: Buffer | string,
  contentType = 'application/octet-stream',
  headers: Record<string, string> = {},
) {
  return client.request('POST', url, typeof body === 'string' ? Buffer.from(body) : body, {
    'content-type': contentType,
    ...headers,
  });
}

/** POST a streamed body without Content-Length (chunked), straight through inject with the client's cookies. */
export async function uploadStream(portal: TestPortal, client: HttpClient, url: string, body: Readable) {
  const csrf = await client.csrfToken();
  const cookie = ['portico_session', 'portico_csrf'].map((name) => `${name}=${client.cookie(name) ?? ''}`).join('; ');
  return portal.app.inject({
    method: 'POST',
    url,
    payload: body,
    headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/octet-stream' },
  });
}

export const uploadUrl = (accountId: string, name: string, extra = '') =>
  `/api/v1/accounts/${accountId}/documents?name=${encodeURIComponent(name)}${extra}`;

export function json<T = Record<string, unknown>>(response: LightMyRequestResponse): T {
  return response.json() as T;
}
