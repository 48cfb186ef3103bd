// Builds the web app when dist/web is missing or older than its sources, so `npm start` on a fresh clone
// serves the real UI without a separate build step, and later starts skip the build.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

const built = 'dist/web/index.html';
const sources = ['src/web', 'src/contract', 'vite.config.ts'].filter((path) => existsSync(path));
if (!existsSync(built) || Math.max(...sources.map(newestMtime)) > statSync(built).mtimeMs) {
  process.stdout.write('Building the web app (first start, or sources changed)...\n');
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}
