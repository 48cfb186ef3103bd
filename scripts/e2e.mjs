// End-to-end tests in Debian's chromium (never a downloaded browser). Builds the web app if needed.
// Without chromium on the machine they are skipped with a notice, unless CI or PORTICO_REQUIRE_E2E says
// they must run: .ci/run installs chromium and requires them.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServerIfNeeded, SERVER_ENTRY } from './build-server-if-needed.mjs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const chromium = candidates.find((path) => existsSync(path));
const required = process.env.CI === 'true' || process.env.PORTICO_REQUIRE_E2E === '1';
if (!chromium) {
  const message = 'chromium not found (install the Debian package `chromium`, or set CHROMIUM_PATH)';
  if (required) {
    process.stderr.write(`End-to-end tests are required here but ${message}.\n`);
    process.exit(1);
  }
  process.stdout.write(`Skipping end-to-end tests: ${message}.\n`);
  process.exit(0);
}
const build = spawnSync(process.execPath, ['scripts/build-web-if-needed.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
// The servers under test run compiled, as `npm start` does (importing the server through tsx cost seconds a file).
await buildServerIfNeeded();
// Every test file's server starts from a copy of one data directory where a server has already migrated the
// embedded database and loaded the demo (seconds of each file's start, under a minute summed), made here once per
// run, so it is never older than the code under test.
const dataTemplate = await prepareDataTemplate();
let status = 1;
try {
  const result = spawnSync(
    process.execPath,
    ['node_modules/vitest/vitest.mjs', 'run', '--project', 'e2e', ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: { ...process.env, PORTICO_E2E: '1', CHROMIUM_PATH: chromium, PORTICO_E2E_DATA_TEMPLATE: dataTemplate },
    },
  );
  status = result.status ?? 1;
} finally {
  rmSync(dataTemplate, { recursive: true, force: true });
}
process.exit(status);

/**
 * Starts the compiled server on a new data directory, waits for it to be ready (migrated, demo loaded, signing
 * certificate made), stops it.
 */
async function prepareDataTemplate() {
  const dataDir = mkdtempSync(join(tmpdir(), 'portico-e2e-template-'));
  const port = await new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: String(port), DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise((resolve, reject) => {
    const read = (chunk) => {
      output += String(chunk);
      // Ready, and its signing certificate made (RSA and PKCS#12 work that would otherwise run again, event loop
      // blocked, in every test's server copied from this directory).
      if (output.includes('Portico is running') && output.includes('signing certificate ready')) resolve();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`The template server exited with ${code}:\n${output}`)));
  });
  child.kill('SIGTERM');
  await exited;
  return dataDir;
}
