// End-to-end tests in Debian's chromium (never a downloaded browser). Builds the web app if needed.
// Without chromium on the machine they are skipped with a notice, unless CI or PORTICO_REQUIRE_E2E says
// they must run: .ci/run installs chromium and requires them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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
const result = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--project', 'e2e', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, PORTICO_E2E: '1', CHROMIUM_PATH: chromium },
  },
);
process.exit(result.status ?? 1);
