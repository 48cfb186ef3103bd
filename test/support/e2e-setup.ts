import { afterEach, expect } from 'vitest';
import { checkVisitedPages, describeFindings } from './axe.ts';

// The e2e project's setup file: after every test, the pages it visited must have no serious or critical axe-core
// violation (each navigation was checked as it settled; the pages still open are checked once more as they are now).
afterEach(async () => {
  const findings = await checkVisitedPages();
  expect(findings, `axe-core found serious or critical violations:\n${describeFindings(findings)}`).toEqual([]);
});
