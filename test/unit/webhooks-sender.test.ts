import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizedAllowlist } from '../../src/server/modules/webhooks/address-check.ts';
import { sendWebhook } from '../../src/server/modules/webhooks/http-sender.ts';
import { loadConfig } from '../../src/server/config.ts';

describe('webhooks: the sender refuses what the allowlist does not name', () => {
  let port = 0;
  let hits = 0;
  const server = createServer((_request, response) => {
    hits++;
    response.end('ok');
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const options = (allow: string[], requireHttps = false) => ({
    allow: normalizedAllowlist(allow),
    requireHttps,
    timeoutMs: 5000,
  });

  it('localhost and 127.0.0.1 without an allowlist: refused, nothing connects', async () => {
    for (const host of ['localhost', '127.0.0.1', '[::ffff:127.0.0.1]']) {
      const result = await sendWebhook(`http://${host}:${port}/`, {}, '{}', options([]));
      expect(result.status, host).toBeNull();
      expect(result.error, host).toMatch(/refused/);
    }
    expect(hits).toBe(0);
  });

  it('with 127.0.0.1 allowlisted the same request is delivered', async () => {
    const result = await sendWebhook(`http://127.0.0.1:${port}/`, {}, '{}', options(['127.0.0.1']));
    expect(result).toMatchObject({ status: 200, body: 'ok', error: null });
    expect(hits).toBe(1);
  });

  it('production: only https', async () => {
    const result = await sendWebhook(`http://127.0.0.1:${port}/`, {}, '{}', options(['127.0.0.1'], true));
    expect(result.error).toMatch(/https/);
    expect(hits).toBe(1);
  });

  it('the allowlist setting takes IP literals only (config validation)', () => {
    const base = {
      NODE_ENV: 'test',
      SECRET: 'test-secret-test-secret-test-secret-0',
      DATA_DIR: '/tmp/portico-config-test',
    };
    expect(loadConfig({ ...base, WEBHOOKS_ALLOW_PRIVATE_HOSTS: '127.0.0.1, ::1' }).webhooks.allowPrivateHosts).toEqual([
      '127.0.0.1',
      '::1',
    ]);
    expect(() => loadConfig({ ...base, WEBHOOKS_ALLOW_PRIVATE_HOSTS: 'localhost' })).toThrow(
      /WEBHOOKS_ALLOW_PRIVATE_HOSTS/,
    );
    expect(loadConfig(base).webhooks.allowPrivateHosts).toEqual([]);
  });
});
