import { defineConfig } from 'vitest/config';

// Integration tests run once per database engine: always the embedded one, and PostgreSQL when
// TEST_DATABASE_URL points at a server (CI sets it). Each run works in its own schema.
const engines = ['embedded', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];

export default defineConfig({
  test: {
    projects: [
      // groupOrder runs the projects one after another (unit, then each engine, then e2e): on a 2-core machine
      // that is faster and steadier than all at once.
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', sequence: { groupOrder: 0 } } },
      ...engines.map((engine, index) => ({
        test: {
          name: `integration-${engine}`,
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          env: { PORTICO_TEST_ENGINE: engine },
          // Deadlines, not budgets: generous so a loaded 2-core machine passes; speed is measured by `npm run bench`.
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Each file starts its own database and app; two at a time suits a 2-core machine.
          maxWorkers: 2,
          // The files share a worker's loaded modules instead of importing the whole app again for each file
          // (14 s a file under load; 40% of a sample's wall time). The app keeps no state between files at module
          // level: each file builds its own context, database and app (startPortal), and no test mocks modules.
          isolate: false,
          sequence: { groupOrder: 1 + index },
        },
      })),
      // Fault injection: real server processes killed and restarted under load; run by `npm run test:fault`.
      ...(process.env.PORTICO_FAULT
        ? [
            {
              test: {
                name: 'fault',
                include: ['test/fault/**/*.test.ts'],
                environment: 'node',
                testTimeout: 900_000,
                hookTimeout: 300_000,
                maxWorkers: 1,
                sequence: { groupOrder: 9 },
              },
            },
          ]
        : []),
      // Browser flows against a real server process; run by scripts/e2e.mjs, which checks for chromium.
      ...(process.env.PORTICO_E2E
        ? [
            {
              test: {
                name: 'e2e',
                include: ['test/e2e/**/*.test.ts'],
                // axe-core checks every page each test visited (test/support/axe.ts).
                setupFiles: ['test/support/e2e-setup.ts'],
                // expect.poll waits on a condition: a generous deadline holds on a loaded machine (the default is 1 s).
                expect: { poll: { timeout: 20_000 } },
                environment: 'node',
                // Starting the server (migrations, demo seed) took 54 s alone at a load of 24 on 2 cores.
                testTimeout: 180_000,
                hookTimeout: 180_000,
                maxWorkers: 1,
                sequence: { groupOrder: 10 },
              },
            },
          ]
        : []),
    ],
  },
});
