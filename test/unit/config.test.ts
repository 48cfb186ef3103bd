import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/server/config.ts';

const SECRET = 'unit-test-secret-unit-test-secret-0000';
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'portico-config-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Loads with a secret and a temp data dir, so no test writes ./data/secret. */
const load = (env: Record<string, string>) => loadConfig({ SECRET, DATA_DIR: tempDir(), ...env });

function configError(env: Record<string, string>): ConfigError {
  try {
    load(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('has working defaults for a fresh clone', () => {
    const config = loadConfig({ SECRET });
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      host: '127.0.0.1',
      baseUrl: 'http://localhost:3000',
      databaseUrl: null,
      databasePoolSize: 10,
      logLevel: 'info',
      trustProxy: false,
      demoSeed: 'auto',
      requestLogLevel: 'debug',
      mailFrom: 'Portico <no-reply@localhost>',
      session: { idleMinutes: 120, absoluteHours: 168, stepUpMinutes: 10 },
      signIn: { maxFailures: 5, ipMaxFailures: 30, lockMinutes: 15 },
      rateLimits: {
        emailLinksPerAddress: 5,
        emailLinksPerIp: 20,
        invitationsPerHour: 50,
        helpSearchesPerMinute: 60,
        exportsPerHour: 30,
      },
      bodyLimitBytes: 1024 * 1024,
      smtpUrl: null,
    });
    expect(config.dataDir).toBe(resolve('./data'));
  });

  it('takes Stripe keys both or neither, and checks their shape', () => {
    expect(load({}).stripe).toBeNull();
    expect(
      load({
        STRIPE_SECRET_KEY: 'sk_test_abc',
        STRIPE_WEBHOOK_SECRET: 'whsec_abc',
        STRIPE_API_BASE: 'http://127.0.0.1:1',
      }).stripe,
    ).toEqual({ secretKey: 'sk_test_abc', webhookSecret: 'whsec_abc', apiBase: 'http://127.0.0.1:1' });
    expect(() => load({ STRIPE_SECRET_KEY: 'sk_test_abc' })).toThrow(/both .* or neither/);
    expect(() => load({ STRIPE_WEBHOOK_SECRET: 'whsec_abc' })).toThrow(/both .* or neither/);
    expect(() => load({ STRIPE_SECRET_KEY: 'pk_test_abc', STRIPE_WEBHOOK_SECRET: 'whsec_abc' })).toThrow(
      /STRIPE_SECRET_KEY/,
    );
  });

  it('treats empty variables as unset (a blank line in .env)', () => {
    expect(load({ PORT: '', LOG_LEVEL: '' })).toMatchObject({ port: 3000, logLevel: 'info' });
  });

  it('names PORT when it is not a port number', () => {
    for (const port of ['abc', '70000', '-1', '3.5']) {
      const error = configError({ PORT: port });
      expect(error.message, port).toMatch(/^\s*PORT: /m);
    }
  });

  it('names DATABASE_URL when its protocol is not postgres', () => {
    expect(configError({ DATABASE_URL: 'mysql://root@localhost/portico' }).message).toMatch(/^\s*DATABASE_URL: /m);
    expect(load({ DATABASE_URL: 'postgres://u@db/portico', NODE_ENV: 'development' }).databaseUrl).toBe(
      'postgres://u@db/portico',
    );
    expect(load({ DATABASE_URL: 'postgresql://u@db/portico' }).databaseUrl).toBe('postgresql://u@db/portico');
  });

  it('lists every bad variable at once', () => {
    const message = configError({ PORT: 'x', LOG_LEVEL: 'loud', TRUST_PROXY: 'yes' }).message;
    expect(message).toContain('PORT');
    expect(message).toContain('LOG_LEVEL');
    expect(message).toContain('TRUST_PROXY');
  });

  it('trims trailing slashes from BASE_URL and follows PORT otherwise', () => {
    expect(load({ BASE_URL: 'https://portal.example.com/' }).baseUrl).toBe('https://portal.example.com');
    expect(load({ BASE_URL: 'https://portal.example.com/portal//' }).baseUrl).toBe('https://portal.example.com/portal');
    expect(load({ PORT: '8080' }).baseUrl).toBe('http://localhost:8080');
    expect(configError({ BASE_URL: 'ftp://portal.example.com' }).message).toContain('BASE_URL');
  });

  it('refuses a short SECRET', () => {
    expect(configError({ SECRET: 'short' }).message).toMatch(/SECRET: must be at least 32 characters/);
  });

  it('requires SECRET in production with DATABASE_URL', () => {
    const dataDir = tempDir();
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@db/p', DATA_DIR: dataDir })).toThrow(
      /SECRET: required in production/,
    );
  });

  it('reads boolean flags', () => {
    expect(load({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(load({ TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(load({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(load({ DEMO_SEED: 'off' }).demoSeed).toBe('off');
    expect(load({ DEMO_SEED: 'on' }).demoSeed).toBe('on');
    expect(() => load({ DEMO_SEED: 'yes' })).toThrow(/DEMO_SEED/);
  });

  it('checks responses against the contract outside production unless CHECK_RESPONSES says otherwise', () => {
    expect(load({}).checkResponses).toBe(true);
    expect(load({ NODE_ENV: 'test' }).checkResponses).toBe(true);
    expect(load({ NODE_ENV: 'production' }).checkResponses).toBe(false);
    expect(load({ NODE_ENV: 'production', CHECK_RESPONSES: 'true' }).checkResponses).toBe(true);
    expect(load({ CHECK_RESPONSES: 'false' }).checkResponses).toBe(false);
    expect(() => load({ CHECK_RESPONSES: 'sometimes' })).toThrow(/CHECK_RESPONSES/);
  });

  it('creates a private secret beside the embedded database once, then reuses it', () => {
    const dataDir = join(tempDir(), 'nested', 'data');
    const first = loadConfig({ DATA_DIR: dataDir });
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dataDir, 'secret'), 'utf8')).toBe(first.secret);
    expect(statSync(join(dataDir, 'secret')).mode & 0o077).toBe(0);
    expect(loadConfig({ DATA_DIR: dataDir }).secret).toBe(first.secret);
  });
});
