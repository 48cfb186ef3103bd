// `npm run seed:large [-- --scale 0.01] [--target embedded|postgres] [--data-dir ./data-large] [--messages 2]
// [--orders-per-account 100] [--reset]`
// Builds the large benchmark dataset (index.ts) in a DEDICATED database: the embedded one in ./data-large (never
// the demo's ./data), or the PostgreSQL database named by an explicit DATABASE_URL. It refuses a database that
// holds anything else, and one that already holds a large seed unless --reset, which wipes only a large seed.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { migrate, openDatabase, type Database } from '../../platform/db/index.ts';
import { DEMO_PASSWORD } from '../demo.ts';
import { LARGE_OWNER_EMAIL, hasLargeSeed, hasNoUsers, seedLarge } from './index.ts';

const USAGE = `Usage: npm run seed:large -- [options]
  --scale S          1 = 1,000,000 articles, 1,000,000 tickets, 100,000 accounts (default 1; 0.01 for a quick run)
  --target T         embedded (default without DATABASE_URL) or postgres (needs DATABASE_URL)
  --data-dir DIR     embedded data directory (default ./data-large; never the demo's ./data)
  --messages N       messages per ticket (default 2; 0 = none)
  --orders-per-account N
                     orders per account (default 100: 10,000,000 at scale 1; 0 = none)
  --reset            wipe an existing LARGE seed first (refuses any other data)
The dataset is test data for benchmarks: fixed ids, and every staff password is "${DEMO_PASSWORD}".`;

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    target: { type: 'string' },
    'data-dir': { type: 'string', default: './data-large' },
    messages: { type: 'string', default: '2' },
    'orders-per-account': { type: 'string', default: '100' },
    reset: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

function die(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const scale = Number(values.scale);
const messagesPerTicket = Number(values.messages);
if (!(scale > 0 && scale <= 10)) die(`--scale must be a number in (0, 10]\n\n${USAGE}`);
if (!(Number.isInteger(messagesPerTicket) && messagesPerTicket >= 0 && messagesPerTicket <= 20))
  die(`--messages must be an integer 0..20\n\n${USAGE}`);
const ordersPerAccount = Number(values['orders-per-account']);
if (!(Number.isInteger(ordersPerAccount) && ordersPerAccount >= 0 && ordersPerAccount <= 1000))
  die(`--orders-per-account must be an integer 0..1000\n\n${USAGE}`);
const databaseUrl = process.env.DATABASE_URL;
const target = values.target ?? (databaseUrl ? 'postgres' : 'embedded');
if (target !== 'embedded' && target !== 'postgres') die(`--target must be embedded or postgres\n\n${USAGE}`);
if (target === 'postgres' && !databaseUrl)
  die(
    '--target postgres needs DATABASE_URL naming a dedicated database (e.g. postgres://postgres@127.0.0.1:5432/portico_large).',
  );
const dataDir = resolve(values['data-dir']);
if (target === 'embedded' && dataDir === resolve('./data'))
  die("Refusing ./data: that is the demo's data directory. Use --data-dir ./data-large (the default).");

const open = (): Promise<Database> =>
  target === 'postgres'
    ? openDatabase({ engine: 'postgres', url: databaseUrl!, poolSize: 1 })
    : openDatabase({ engine: 'embedded', dataDir });

/** Holds anything a reset must not destroy? Only an unmigrated, user-less or large-seeded database may go. */
async function safeToWipe(db: Database): Promise<boolean> {
  const { rows } = await db.query<{ migrated: boolean }>("SELECT to_regclass('users') IS NOT NULL AS migrated");
  if (!rows[0]!.migrated) return true;
  return (await hasLargeSeed(db)) || (await hasNoUsers(db));
}

function directorySize(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, entry) => sum + directorySize(join(path, entry)), 0);
}

let db = await open();
try {
  if (values.reset) {
    if (!(await safeToWipe(db))) die('Refusing --reset: this database holds data that is not a large seed.');
    if (target === 'postgres') {
      process.stderr.write('Reset: dropping and recreating schema public\n');
      await db.query('DROP SCHEMA public CASCADE');
      await db.query('CREATE SCHEMA public');
    } else {
      await db.close();
      process.stderr.write(`Reset: removing ${dataDir}\n`);
      rmSync(dataDir, { recursive: true, force: true });
      db = await open();
    }
  }
  await migrate(db);
  if (await hasLargeSeed(db)) die('This database already holds a large seed. Run again with --reset to rebuild it.');
  if (!(await hasNoUsers(db)))
    die('This database is not empty. The large seed needs a dedicated database (see --help).');
  const summary = await seedLarge(db, {
    scale,
    messagesPerTicket,
    ordersPerAccount,
    log: (message) => process.stderr.write(`${message}\n`),
  });
  const bytes =
    target === 'postgres'
      ? (await db.query<{ size: number }>('SELECT pg_database_size(current_database())::bigint AS size')).rows[0]!.size
      : null;
  await db.close();
  const size = bytes ?? directorySize(dataDir);
  process.stdout.write(
    `${JSON.stringify({ ...summary, seconds: Math.round(summary.seconds * 10) / 10, engine: target, bytes: size })}\n`,
  );
  process.stderr.write(
    `\nLarge seed ready (${(size / 1024 ** 3).toFixed(2)} GiB). Staff sign in as ${LARGE_OWNER_EMAIL} / ${DEMO_PASSWORD}` +
      `${target === 'embedded' ? `; serve it with DATA_DIR=${values['data-dir']} npm start` : ''}.\n`,
  );
} catch (error) {
  await db.close().catch(() => undefined);
  throw error;
}
