import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './platform/logger.ts';
import { createContext, openConfiguredDatabase } from './platform/start.ts';
import {
  AdminCommandError,
  createStaffAdmin,
  setPasswordByOperator,
  startSessionCacheSync,
} from './modules/identity/index.ts';
import { databaseIsEmpty, seedDemo } from './seed/demo.ts';
import { runBackupCommand } from './platform/backup/command.ts';

const USAGE = `Usage: npx portico <command> [options]   (or: npm run portico -- <command> [options])

Commands:
  migrate                                   apply pending database migrations
  create-admin --email E --name N --password P [--role owner|admin]
                                            create a staff owner (default) or admin
  reset-password --email E --password P     set a user's password and end their sessions
  seed-demo                                 load the Northwind demo into an empty database
  backup [--out DIR]                        back up the database and the stored files into a new folder
                                            (default ./backups/portico-<time>); see docs/OPERATIONS.md
  restore --from DIR                        restore a backup into an empty database and file store

The database is the one the server uses: DATABASE_URL, or the embedded one in DATA_DIR (stop the server first).`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
    role: { type: 'string' },
    out: { type: 'string' },
    from: { type: 'string' },
    help: { type: 'boolean' },
  },
});
const command = positionals[0];
if (!command || values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(command ? 0 : 1);
}

function die(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function required(name: 'email' | 'name' | 'password'): string {
  const value = values[name];
  if (!value) die(`--${name} is required for ${command}.\n\n${USAGE}`);
  return value;
}

let config;
try {
  config = loadConfig();
} catch (error) {
  die(error instanceof ConfigError ? error.message : String(error));
}
const db = await openConfiguredDatabase(config).catch((error: unknown) =>
  die(error instanceof Error ? error.message : String(error)),
);
let failure: string | null = null;
try {
  if (command === 'backup' || command === 'restore') {
    // Neither migrates first: a backup keeps the schema it found, a restore rebuilds the backup's own.
    failure = await runBackupCommand(command, config, db, { out: values.out, from: values.from }, (line) =>
      process.stdout.write(`${line}\n`),
    );
    await db.close();
    if (failure) die(failure);
    process.exit(0);
  }
  const ctx = await createContext(config, db, createLogger('warn'));
  switch (command) {
    case 'migrate':
      process.stdout.write('Database schema is up to date.\n');
      break;
    case 'create-admin': {
      const role = values.role ?? 'owner';
      if (role !== 'owner' && role !== 'admin') die('--role must be owner or admin');
      const email = await createStaffAdmin(ctx, {
        email: required('email'),
        name: required('name'),
        password: required('password'),
        role,
      });
      process.stdout.write(`Created ${role} ${email}.\n`);
      break;
    }
    case 'reset-password': {
      // Running servers on the same PostgreSQL drop their cached sessions when told (LISTEN/NOTIFY).
      const stopSync = await startSessionCacheSync(db, ctx.logger);
      const email = await setPasswordByOperator(ctx, required('email'), required('password')).finally(stopSync);
      process.stdout.write(`Password of ${email} reset; their sessions were ended.\n`);
      break;
    }
    case 'seed-demo': {
      if (!(await databaseIsEmpty(ctx))) die('The database already has users; the demo only loads into an empty one.');
      const demo = await seedDemo(ctx);
      await ctx.background.idle(); // thumbnails of the demo's files, before the database closes
      const signIns = demo.signIns.map((signIn) => `  ${signIn.email} (${signIn.who})`).join('\n');
      process.stdout.write(
        `DEMO DATA loaded: not for real use, every demo user has the published password ${demo.password}.\n${signIns}\n` +
          (config.env === 'production'
            ? 'With NODE_ENV=production Portico starts with this data only when DEMO_SEED=on.\n'
            : ''),
      );
      break;
    }
    default:
      die(`Unknown command: ${command}\n\n${USAGE}`);
  }
} catch (error) {
  if (!(error instanceof AdminCommandError)) throw error;
  failure = error.message;
} finally {
  await db.close();
}
if (failure) die(failure);
