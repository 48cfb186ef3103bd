// The bare baseline: a Fastify route in a process of its own, over real HTTP (never inject), as the floor every
// Portico route is compared with. With BARE_DATABASE_URL, /bare-db runs one `SELECT 1` through a pg pool of 10:
// the floor of any route that reads from PostgreSQL. Prints "BARE_READY <port>" once listening.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/bare', async () => ({ ok: true }));
app.post('/bare-post', async () => ({ ok: true }));
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
