import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.ts';
import { newId } from './platform/ids.ts';
import { createLogger } from './platform/logger.ts';
import { checkNewPassword, hashPassword } from './platform/security/passwords.ts';
import { createContext, openConfiguredDatabase } from './platform/start.ts';
import { findUserByEmail, insertUser, revokeAllSessionsOfUser, startSessionCacheSync } from './modules/identity/index.ts';
import { databaseIsEmpty, seedDemo } from './seed/demo.ts';

const USAGE = `Usage: npx portico <command> [options]   (or: npm run portico -- <command> [options])

Commands:
  migrate                                   apply pending database migrations
  create-admin --email E --name N --password P [--role owner|admin]
                                            create a staff owner (default) or admin
  reset-password --email E --password P     set a user's password and end their sessions
  seed-demo                                 load the Northwind demo into an empty database

The database is the one the server uses: DATABASE_URL, or the embedded one in DATA_DIR (stop the server first).`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, role: { type: 'string' }, help: { type: 'boolean' } },
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
const db = await openConfiguredDatabase(config).catch((error: unknown) => die(error instanceof Error ? error.message : String(error)));
try {
  const ctx = await createContext(config, db, createLogger('warn'));
  switch (command) {
    case 'migrate':
      process.stdout.write('Database schema is up to date.\n');
      break;
    case 'create-admin': {
      const email = required('email').trim().toLowerCase();
      const password = required('password');
      const role = values.role ?? 'owner';
      if (role !== 'owner' && role !== 'admin') die('--role must be owner or admin');
      const problem = checkNewPassword(password, email);
      if (problem) die(`Password refused: ${problem.message}`);
      if (await findUserByEmail(db, email)) die(`A user with the email ${email} exists already.`);
      await insertUser(db, { id: newId(), email, name: required('name'), passwordHash: await hashPassword(password), staffRole: role });
      process.stdout.write(`Created ${role} ${email}.\n`);
      break;
    }
    case 'reset-password': {
      const email = required('email');
      const password = required('password');
      const user = await findUserByEmail(db, email);
      if (!user) die(`No user with the email ${email}.`);
      const problem = checkNewPassword(password, user.email);
      if (problem) die(`Password refused: ${problem.message}`);
      const passwordHash = await hashPassword(password);
      // Running servers on the same PostgreSQL drop their cached sessions when told (LISTEN/NOTIFY).
      const stopSync = await startSessionCacheSync(db);
      await db.transaction(async (tx) => {
        await tx.query('UPDATE users SET password_hash = $2, locked_until = NULL WHERE id = $1', [user.id, passwordHash]);
        await revokeAllSessionsOfUser(tx, user.id, new Date());
      });
      await stopSync();
      process.stdout.write(`Password of ${user.email} reset; their sessions were ended.\n`);
      break;
    }
    case 'seed-demo': {
      if (!(await databaseIsEmpty(ctx))) die('The database already has users; the demo only loads into an empty one.');
      const demo = await seedDemo(ctx);
      process.stdout.write(`Demo loaded. Staff owner ${demo.staffOwner}, client ${demo.clientUser}, customer ${demo.customer}, password ${demo.password}\n`);
      break;
    }
    default:
      die(`Unknown command: ${command}\n\n${USAGE}`);
  }
} finally {
  await db.close();
}
