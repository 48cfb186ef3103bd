import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPorticoClient } from '../../../src/client/index.ts';
import { idOf, startPortal, type TestPortal } from '../../support/harness.ts';
import { listen } from '../conversations/helpers.ts';

const GENERATED = new URL('../../../src/client/openapi.ts', import.meta.url);

/** The client's types, generated from the OpenAPI document the server serves (so from the zod contract). */
async function generate(spec: unknown): Promise<string> {
  const source = astToString(await openapiTS(spec as Parameters<typeof openapiTS>[0]));
  const header =
    '// Generated from /api/openapi.json by `npm run generate:client` (openapi-typescript). Do not edit by hand:\n' +
    '// test/integration/platform/generated-client.test.ts fails when this file and the contract disagree.\n';
  const options = (await prettier.resolveConfig(GENERATED.pathname)) ?? {};
  return prettier.format(header + source, { ...options, filepath: GENERATED.pathname });
}

describe('the generated TypeScript client', () => {
  let portal: TestPortal;
  let baseUrl: string;
  beforeAll(async () => {
    portal = await startPortal();
    baseUrl = await listen(portal);
  });
  afterAll(() => portal.close());

  it('is generated from the contract the server serves, and is current', async () => {
    const spec = (await portal.client().get('/api/openapi.json')).json();
    const fresh = await generate(spec);
    if (process.env.UPDATE_GENERATED_CLIENT === '1') writeFileSync(GENERATED, fresh);
    expect(readFileSync(GENERATED, 'utf8') === fresh, 'run `npm run generate:client`').toBe(true);
  });

  it('calls the API over HTTP with a bearer token: typed reads, writes and problem errors', async () => {
    const alice = await portal.signedIn('alice@acme.example');
    const minted = await alice.post('/api/v1/me/api-tokens', {
      name: 'client',
      scopes: ['messages:write', 'core:read'],
    });
    expect(minted.statusCode, minted.body).toBe(201);
    const client = createPorticoClient({ baseUrl, token: (minted.json() as { token: string }).token });

    const me = await client.GET('/api/v1/me');
    expect(me.response.status).toBe(200);
    expect(me.data?.user.email).toBe('alice@acme.example');

    const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
    const threads = await client.GET('/api/v1/accounts/{accountId}/threads', { params: { path: { accountId: acme } } });
    expect(threads.response.status).toBe(200);
    expect(Array.isArray(threads.data?.items)).toBe(true);

    // Outside the token's scopes: the problem document comes back as the typed error, not as data.
    const documents = await client.GET('/api/v1/accounts/{accountId}/documents', {
      params: { path: { accountId: acme } },
    });
    expect(documents.response.status).toBe(403);
    expect(documents.data).toBeUndefined();
    expect(documents.error).toMatchObject({ code: 'insufficient_scope' });
  });
});
