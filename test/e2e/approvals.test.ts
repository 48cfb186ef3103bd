// Approvals: an agency sends a deliverable for approval, the client requests changes, a new version is uploaded,
// it is requested again and approved. With SCREENSHOT_DIR set, the pages are captured at 1280 and 375 px, light
// and dark.
import type { Locator, Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { captureScreens, signInAs, usePortico } from '../support/e2e.ts';

const portico = usePortico(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {});

async function personPage(email: string): Promise<Page> {
  const context = await portico.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await signInAs(page, portico.baseUrl, email);
  return page;
}

async function chooseFile(page: Page, button: Locator, name: string, text: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  await chooser.setFiles([{ name, mimeType: 'text/plain', buffer: Buffer.from(text) }]);
}

describe('approvals', () => {
  it('the agency asks, the client requests changes, a new version is approved', async () => {
    const owner = await personPage('owner@northwind.example');
    await owner.goto(`${portico.baseUrl}/console/accounts`);
    await owner.getByRole('link', { name: 'Acme Manufacturing' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Acme Manufacturing' }).waitFor();
    await owner.getByRole('navigation', { name: 'Account sections' }).getByRole('link', { name: 'Documents' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Documents · Acme Manufacturing' }).waitFor();
    await chooseFile(owner, owner.getByRole('button', { name: 'Upload files' }), 'homepage.txt', 'Homepage, take one');
    await owner.getByRole('link', { name: 'homepage.txt', exact: true }).click();
    await owner.getByRole('heading', { level: 1, name: 'homepage.txt' }).waitFor();
    const docUrl = owner.url();

    const approvals = owner.getByRole('region', { name: 'Approvals' });
    await approvals.getByText('Ask for approval').click();
    await approvals.getByLabel('Alice Archer').check();
    await approvals.getByLabel('Message').fill('The homepage, first take.');
    await approvals.getByRole('button', { name: 'Request approval' }).click();
    await approvals.getByRole('article', { name: 'homepage.txt (v1)' }).getByText('Pending').waitFor();
    await captureScreens(owner, 'console-document-approvals');

    const alice = await personPage('alice@acme.example');
    await alice.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Approvals' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Approvals waiting on you' }).waitFor();
    const first = alice.getByRole('article', { name: 'homepage.txt (v1)' });
    await first.getByText('Your decision applies to exactly this content (SHA-256):').waitFor();
    await captureScreens(alice, 'portal-approvals-waiting');
    await first.getByLabel('Comment (what should change?)').fill('Make the logo bigger.');
    await first.getByRole('button', { name: 'Request changes' }).click();
    await first.getByText('Changes requested').first().waitFor();

    await owner.reload();
    const asked = owner.getByRole('region', { name: 'Approvals' }).getByRole('article', { name: 'homepage.txt (v1)' });
    await asked.getByText('Make the logo bigger.').waitFor();
    await chooseFile(owner, owner.getByRole('button', { name: 'Upload a new version' }), 'homepage.txt', 'Take two');
    await owner
      .getByRole('region', { name: 'Version history' })
      .getByTestId('version-row')
      .filter({ hasText: 'Version 2' })
      .waitFor();
    await owner
      .getByRole('region', { name: 'Approvals' })
      .getByRole('button', { name: 'Request again on the current version' })
      .click();
    await owner.getByRole('article', { name: 'homepage.txt (v2)' }).getByText('Pending').waitFor();

    await alice.reload();
    const second = alice.getByRole('article', { name: 'homepage.txt (v2)' });
    await second.getByRole('button', { name: 'Approve' }).click();
    await second.getByText('Approved').first().waitFor();

    await owner.goto(docUrl);
    const done = owner.getByRole('region', { name: 'Approvals' });
    await done.getByRole('article', { name: 'homepage.txt (v2)' }).getByText('Approved').first().waitFor();
    await done.getByRole('article', { name: 'homepage.txt (v1)' }).getByText('Changes requested').first().waitFor();
    await captureScreens(owner, 'console-document-approved');

    await owner.goto(`${portico.baseUrl}/console/approvals`);
    await owner.getByRole('heading', { level: 1, name: 'Approvals' }).waitFor();
    await owner.getByLabel('Status').selectOption({ label: 'Approved' });
    await owner.getByRole('link', { name: 'homepage.txt (v2)' }).waitFor();
    await captureScreens(owner, 'console-approvals');
  });

  it('staff ask for approval of a deliverable of several files from the console; the client approves it', async () => {
    const owner = await personPage('owner@northwind.example');
    await owner.goto(`${portico.baseUrl}/console/accounts`);
    await owner.getByRole('link', { name: 'Acme Manufacturing' }).click();
    await owner.getByRole('navigation', { name: 'Account sections' }).getByRole('link', { name: 'Documents' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Documents · Acme Manufacturing' }).waitFor();
    const [chooser] = await Promise.all([
      owner.waitForEvent('filechooser'),
      owner.getByRole('button', { name: 'Upload files' }).click(),
    ]);
    await chooser.setFiles([
      { name: 'banner.txt', mimeType: 'text/plain', buffer: Buffer.from('Spring banner') },
      { name: 'flyer.txt', mimeType: 'text/plain', buffer: Buffer.from('Spring flyer') },
    ]);
    await owner.getByRole('link', { name: 'flyer.txt', exact: true }).waitFor();

    await owner.goto(`${portico.baseUrl}/console/approvals`);
    await owner.getByRole('link', { name: 'Ask for approval' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Ask for approval' }).waitFor();
    // Exact: "Search the account’s files" has the word too.
    await owner.getByLabel('Account', { exact: true }).selectOption({ label: 'Acme Manufacturing' });
    await owner.getByLabel('banner.txt').check();
    await owner.getByLabel('flyer.txt').check();
    await owner.getByLabel('Title (optional)').fill('Spring campaign');
    await owner.getByLabel('Alice Archer').check();
    await captureScreens(owner, 'console-approval-new');
    await owner.getByRole('button', { name: 'Request approval' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Spring campaign' }).waitFor();

    const alice = await personPage('alice@acme.example');
    await alice.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Approvals' }).click();
    const deliverable = alice.getByRole('article', { name: 'Spring campaign' });
    await deliverable.getByText('banner.txt').first().waitFor();
    await deliverable.getByText('flyer.txt').first().waitFor();
    await deliverable.getByRole('button', { name: 'Approve' }).click();
    await deliverable.getByText('Approved').first().waitFor();

    await owner.reload();
    await owner.getByText('Approved').first().waitFor();
  });
});
