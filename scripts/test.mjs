// The whole test suite: unit and integration (embedded engine, and PostgreSQL when TEST_DATABASE_URL is set),
// then end-to-end in Debian's chromium. Ends with one plain "N passed, N failed" line over every part.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'portico-test-report-'));
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, command, args, reportFile, env = {}) {
  process.stdout.write(`\n=== ${label} ===\n`);
  const result = spawnSync(
    command,
    [...args, '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`],
    { stdio: 'inherit', env: { ...process.env, ...env } },
  );
  try {
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
  } catch {
    // No report (skipped part, or the runner failed before writing one): the exit code decides.
  }
  return result.status ?? 1;
}

if (!process.env.TEST_DATABASE_URL) {
  process.stdout.write('TEST_DATABASE_URL is not set: integration tests run on the embedded engine only.\n');
}
let status = run(
  'unit and integration tests',
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run'],
  join(reports, 'main.json'),
);
// Fault injection: real processes killed with SIGKILL under load on each engine (FAULT_CYCLES kills each).
if (status === 0)
  status = run(
    'fault injection (SIGKILL under load)',
    process.execPath,
    ['node_modules/vitest/vitest.mjs', 'run', '--project', 'fault'],
    join(reports, 'fault.json'),
    { PORTICO_FAULT: '1' },
  );
if (status === 0)
  status = run('end-to-end tests (chromium)', process.execPath, ['scripts/e2e.mjs'], join(reports, 'e2e.json'));
rmSync(reports, { recursive: true, force: true });
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(status);
