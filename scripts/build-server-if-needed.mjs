// Compiles the server (src/server, src/contract) to JavaScript in dist/ when it is missing or older than its
// sources, so `npm start` runs plain node on compiled code: importing the server through tsx costs seconds and
// ~130 MB more at every start. tsx stays for development (`npm run dev`) and the tests. Then bundles it
// (scripts/bundle-server.mjs, dist/bundle/main.js): what `npm start` runs.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUNDLE_ENTRY, bundleServer } from './bundle-server.mjs';

// Paths from the repository root, whatever the caller's working directory (bin/portico.mjs runs anywhere).
const ROOT = fileURLToPath(new URL('..', import.meta.url));

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** What `npm start`, the benches and the end-to-end tests run: the bundle of the compiled server. */
export const SERVER_ENTRY = BUNDLE_ENTRY;

/** Whether the bundle exists and is newer than every source it is built from (it is written after tsc's output). */
export function serverBuildIsFresh() {
  const sources = [
    'src/server',
    'src/contract',
    'tsconfig.server.json',
    'tsconfig.base.json',
    'package-lock.json',
    'scripts/bundle-server.mjs',
  ];
  const newest = Math.max(
    ...sources
      .map((path) => join(ROOT, path))
      .filter((path) => existsSync(path))
      .map(newestMtime),
  );
  return existsSync(SERVER_ENTRY) && newest <= statSync(SERVER_ENTRY).mtimeMs;
}

export async function buildServerIfNeeded() {
  if (serverBuildIsFresh()) return false;
  process.stdout.write('Compiling the server (first start, or sources changed)...\n');
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.server.json'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  await bundleServer();
  return true;
}

/**
 * Makes the embedded database's migrated template (src/server/platform/db/migrated-template.ts) when this install
 * has none for its migrations: once per install and per set of migrations, here rather than in the server's first
 * start, which then skips initdb and every migration. Never fails the start: without it, the first start makes the
 * database itself (and leaves the template for the next).
 */
export async function prepareDatabaseTemplate() {
  if (process.env.DATABASE_URL) return; // PostgreSQL: the embedded engine is not used
  try {
    const module = pathToFileURL(join(ROOT, 'dist/server/platform/db/migrated-template.js')).href;
    const { migratedTemplateIsMissing, prepareMigratedTemplate } = await import(module);
    if (!migratedTemplateIsMissing()) return;
    process.stdout.write('Preparing the embedded database template (once per install and set of migrations)...\n');
    await prepareMigratedTemplate();
  } catch (error) {
    process.stdout.write(
      `The embedded database template was not prepared (${error instanceof Error ? error.message : String(error)}); the first start makes the database itself.\n`,
    );
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  await buildServerIfNeeded();
  await prepareDatabaseTemplate();
}
