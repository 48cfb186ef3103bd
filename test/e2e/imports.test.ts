// CSV import in the console: an owner uploads a file with one bad row, maps the columns, dry-runs (nothing changes,
// the bad row shows with its row and column), imports with invitations (sent at a pace, not all at once), and the
// new account is in the accounts list. With
// SCREENSHOT_DIR set, the pages are also captured at 1280 and 375 px, light and dark.
import { describe, expect, it } from 'vitest';
import { captureScreens, pageAs, usePortico } from '../support/e2e.ts';

// One invitation a minute: the import's invitations are still going out when the test looks.
const portico = usePortico({
  IMPORT_INVITATIONS_PER_MINUTE: '1',
  ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
});

const CSV = [
  'External ID;Company;Segment;Email;Name;Role',
  'e2e-1;Quarry & Sons;Clients;quinn@quarry.example;Quinn Quarry;account_admin',
  'e2e-1;Quarry & Sons;Clients;rae@quarry.example;Rae Quarry;member',
  'e2e-2;Broken Row Ltd;Clients;not-an-email;Nobody;member',
].join('\r\n');

describe('CSV import', () => {
  it('an owner uploads, maps, dry-runs, sees the bad row, imports, and finds the account', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Accounts' }).click();
    await owner.getByRole('link', { name: 'Import from CSV' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Import accounts and people' }).waitFor();
    await owner
      .getByLabel('CSV file')
      .setInputFiles({ name: 'quarry.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${CSV}`) });
    await captureScreens(owner, 'console-import-upload');
    await owner.getByRole('button', { name: 'Upload and check' }).click();

    await owner.getByText('quarry.csv: 3 rows, 6 columns').waitFor();
    // The mapping was guessed from the header's names.
    expect(await owner.getByLabel('External id', { exact: true }).inputValue()).toBe('External ID');
    expect(await owner.getByLabel('Email', { exact: true }).inputValue()).toBe('Email');
    await owner.getByLabel('Person’s name').selectOption('Name');
    await owner.getByLabel('Role in the account').selectOption('Role');
    await expect.poll(() => owner.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);

    await owner.getByRole('button', { name: 'Dry run' }).click();
    await owner.getByText('Finished: 3 of 3 rows.').waitFor();
    const errors = owner.getByRole('table', { name: 'First rows with errors' });
    await errors.getByRole('cell', { name: 'This is not an email address.' }).waitFor();
    expect(await errors.getByRole('row').nth(1).getByRole('cell').first().textContent()).toBe('4');
    await owner.getByRole('link', { name: 'Download the errors (CSV)' }).waitFor();
    await captureScreens(owner, 'console-import-dry-run');

    await owner.getByLabel('Send invitations to new people').check();
    await owner.getByRole('button', { name: 'Import', exact: true }).click();
    await owner.getByRole('heading', { level: 2, name: 'Import' }).waitFor();
    await owner.getByText('Finished: 3 of 3 rows.').waitFor();
    // Two people to invite, sent at the import's own pace (one a minute here): not all at once.
    await owner.getByText(/^Invitations: [01] of 2 sent\./).waitFor();
    await captureScreens(owner, 'console-import-done');

    await owner
      .getByRole('link', { name: /Back|accounts/i })
      .first()
      .click();
    await owner.getByRole('link', { name: 'Quarry & Sons' }).waitFor();
    expect(await owner.getByRole('link', { name: 'Broken Row Ltd' }).count()).toBe(0);
  });
});
