import fastifyCookie from '@fastify/cookie';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerCookies } from '../../src/server/platform/http/cookies.ts';

// platform/http/cookies.ts stands in for @fastify/cookie's hooks: the same request.cookies, setCookie and
// clearCookie, with the header parsed only when read and Set-Cookie written at once. Each case runs against
// the plugin too: the answers must be the same.
async function appWithCookies(withPlugin = false) {
  const app = Fastify();
  if (withPlugin) await app.register(fastifyCookie);
  else registerCookies(app);
  app.get('/read', (request) => ({ cookies: request.cookies, again: request.cookies === request.cookies }));
  app.get('/set', (_request, reply) => {
    reply.setCookie('a', 'first', { path: '/', httpOnly: true });
    reply.setCookie('b', 'x y', { path: '/', secure: true, maxAge: 60 });
    // The same name, domain and path again: sent once, with the last value.
    reply.setCookie('a', 'second', { path: '/', httpOnly: true });
    return { ok: true };
  });
  app.get('/clear', (_request, reply) => {
    reply.clearCookie('a', { httpOnly: true });
    return { ok: true };
  });
  app.get('/fails', (_request, reply) => {
    reply.setCookie('kept', '1');
    throw new Error('after the cookie');
  });
  await app.ready();
  return app;
}

const setCookies = (header: string | string[] | undefined) => ([] as string[]).concat(header ?? []);

describe('cookies without the plugin hooks', () => {
  it('parses the cookie header once, on first read, and gives {} without one', async () => {
    const app = await appWithCookies();
    const read = await app.inject({ url: '/read', headers: { cookie: 'portico_session=abc; portico_csrf=d%20e' } });
    expect(read.json()).toEqual({ cookies: { portico_session: 'abc', portico_csrf: 'd e' }, again: true });
    expect((await app.inject({ url: '/read' })).json()).toEqual({ cookies: {}, again: true });
    await app.close();
  });

  it('writes each cookie once with the last value, lax by default, and clears with an expired empty one', async () => {
    const app = await appWithCookies();
    const set = setCookies((await app.inject({ url: '/set' })).headers['set-cookie']);
    expect(set).toEqual([
      'a=second; Path=/; HttpOnly; SameSite=Lax',
      'b=x%20y; Max-Age=60; Path=/; Secure; SameSite=Lax',
    ]);
    const cleared = setCookies((await app.inject({ url: '/clear' })).headers['set-cookie']);
    expect(cleared).toEqual(['a=; Max-Age=0; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax']);
    await app.close();
  });

  it('keeps a cookie set before the handler failed, as the plugin did', async () => {
    const app = await appWithCookies();
    const failed = await app.inject({ url: '/fails' });
    expect(failed.statusCode).toBe(500);
    expect(setCookies(failed.headers['set-cookie'])).toEqual(['kept=1; SameSite=Lax']);
    await app.close();
  });

  it('answers as @fastify/cookie does', async () => {
    const ours = await appWithCookies();
    const plugin = await appWithCookies(true);
    for (const url of ['/read', '/set', '/clear', '/fails']) {
      const headers = { cookie: 'a=1; b=%E2%82%AC; c' };
      const [mine, theirs] = [await ours.inject({ url, headers }), await plugin.inject({ url, headers })];
      expect([mine.statusCode, mine.headers['set-cookie'], mine.body]).toEqual([
        theirs.statusCode,
        theirs.headers['set-cookie'],
        theirs.body,
      ]);
    }
    await Promise.all([ours.close(), plugin.close()]);
  });
});
