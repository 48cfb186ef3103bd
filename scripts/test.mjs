// The whole test suite: unit and integration (embedded engine, and PostgreSQL when TEST_DATABASE_URL is set),
// then end-to-end in Debian's chromium. Exits non-zero if any part fails.
import { spawnSync } from 'node:child_process';

function run(label, command, args, env = {}) {
  process.stdout.write(`\n=== ${label} ===\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    process.stdout.write(`\n${label} failed.\n`);
    process.exit(result.status ?? 1);
  }
}

if (!process.env.TEST_DATABASE_URL) {
  process.stdout.write('TEST_DATABASE_URL is not set: integration tests run on the embedded engine only.\n');
}
run('unit and integration tests', process.execPath, ['node_modules/vitest/vitest.mjs', 'run']);
run('end-to-end tests (chromium)', process.execPath, ['scripts/e2e.mjs']);
