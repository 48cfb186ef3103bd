// The bare baseline: a Fastify route in a process of its own, over real HTTP (never inject), as the floor every
// Portico route is compared with. With BARE_DATABASE_URL, /bare-db runs one `SELECT 1` through a pg pool of 10:
// the floor of any route that reads from PostgreSQL. Prints "BARE_READY <port>" once listening.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/bare', async () => ({ ok: true }));
app.post('/bare-post', async () => ({ ok: true }));
// The bare route with the headers Portico sends on an API answer (same names and values, the request id a counter):
// what a JSON route costs once it carries them, to tell header cost from the rest of the per-request overhead.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
let requests = 0;
app.get('/bare-headers', async (_request, reply) => {
  reply.headers({
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
    'cache-control': 'no-store',
    'x-request-id': `bare-${(requests += 1)}`,
  });
  return { ok: true };
});
let pool = null;
if (process.env.BARE_DATABASE_URL) {
  const { default: pg } = await import('pg');
  pool = new pg.Pool({ connectionString: process.env.BARE_DATABASE_URL, max: 10 });
  app.get('/bare-db', async () => {
    await pool.query('SELECT 1');
    return { ok: true };
  });
}
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
process.stdout.write(`BARE_READY ${app.server.address().port}\n`);
process.on(
  'SIGTERM',
  () =>
    void app
      .close()
      .then(() => pool?.end())
      .then(() => process.exit(0)),
);
