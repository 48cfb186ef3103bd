// Compiles the server (src/server, src/contract) to JavaScript in dist/ when dist/server/main.js is missing or older
// than its sources, so `npm start` runs plain node on compiled code: importing the server through tsx costs seconds
// and ~130 MB more at every start. tsx stays for development (`npm run dev`) and the tests.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Paths from the repository root, whatever the caller's working directory (bin/portico.mjs runs anywhere).
const ROOT = fileURLToPath(new URL('..', import.meta.url));

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

export const SERVER_ENTRY = join(ROOT, 'dist/server/main.js');

/** Whether dist/server/main.js exists and is newer than every source it is compiled from. */
export function serverBuildIsFresh() {
  const sources = ['src/server', 'src/contract', 'tsconfig.server.json', 'tsconfig.base.json', 'package-lock.json'];
  const newest = Math.max(
    ...sources
      .map((path) => join(ROOT, path))
      .filter((path) => existsSync(path))
      .map(newestMtime),
  );
  return existsSync(SERVER_ENTRY) && newest <= statSync(SERVER_ENTRY).mtimeMs;
}

export function buildServerIfNeeded() {
  if (serverBuildIsFresh()) return false;
  process.stdout.write('Compiling the server (first start, or sources changed)...\n');
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.server.json'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  return true;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) buildServerIfNeeded();
