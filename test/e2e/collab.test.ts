// Task comments and document feedback are conversations threads: staff and the client, each in their own browser
// context, see each other's messages arrive live on the task's page and beside the document, and the client never
// sees the firm's internal notes. With SCREENSHOT_DIR set, the pages are captured at 1280 and 375 px, light and dark.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureScreens as capture, signInAs, usePortico } from '../support/e2e.ts';

const portico = usePortico(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {});

async function personPage(email: string): Promise<Page> {
  const context = await portico.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await signInAs(page, portico.baseUrl, email);
  return page;
}

const reply = (page: Page) => page.getByRole('textbox', { name: 'Your reply' });

async function send(page: Page, text: string, internal = false) {
  await reply(page).fill(text);
  if (internal) {
    await page.getByLabel('Internal note (staff only)').check();
    await page.getByRole('button', { name: 'Add internal note' }).click();
  } else {
    await page.getByRole('button', { name: 'Send', exact: true }).click();
  }
  // Sent: the composer is emptied for the next one (typing before that would be cleared with it).
  await expect.poll(() => reply(page).inputValue()).toBe('');
}

describe('discussions beside tasks and documents', () => {
  it('staff and the client talk on a task, live, with the firm’s notes kept from the client', async () => {
    const owner = await personPage('owner@northwind.example');
    const alice = await personPage('alice@acme.example');
    // A task of Acme's demo project, opened on both sides.
    await alice.goto(`${portico.baseUrl}/tasks`);
    await alice.getByRole('heading', { level: 1 }).waitFor();
    const link = alice.getByRole('link', { name: 'Upload bank statements for the year' }).first();
    const href = await link.getAttribute('href');
    const taskId = href!.split('/').pop()!;
    await link.click();
    const aliceFeed = alice.getByRole('region', { name: 'Messages: Comments' });
    await aliceFeed.getByText('No messages yet. Start the discussion.').waitFor();

    await owner.goto(`${portico.baseUrl}/console/tasks/${taskId}`);
    await owner.getByRole('heading', { level: 1, name: 'Upload bank statements for the year' }).waitFor();
    const ownerFeed = owner.getByRole('region', { name: 'Messages: Comments' });

    await send(owner, 'Could you upload the December statement too?');
    await ownerFeed.getByText('Could you upload the December statement too?').waitFor();
    await aliceFeed.getByText('Could you upload the December statement too?').waitFor();
    await send(owner, 'She was late last year as well.', true);
    await ownerFeed.getByText('She was late last year as well.').waitFor();

    await send(alice, 'Uploading it this afternoon.');
    await ownerFeed.getByText('Uploading it this afternoon.').waitFor();
    await capture(owner, 'console-task-comments');
    await capture(alice, 'portal-task-comments');
    // The note never reached the client, neither live nor on a fresh load.
    await alice.reload();
    await aliceFeed.getByText('Uploading it this afternoon.').waitFor();
    if ((await aliceFeed.getByText('She was late last year as well.').count()) !== 0)
      throw new Error('The client sees an internal note');
  });

  it('feedback beside a document: the client comments on the version, staff answer, both live', async () => {
    const owner = await personPage('owner@northwind.example');
    const alice = await personPage('alice@acme.example');
    await alice.goto(`${portico.baseUrl}/documents`);
    const [chooser] = await Promise.all([
      alice.waitForEvent('filechooser'),
      alice.getByRole('button', { name: 'Upload files' }).first().click(),
    ]);
    await chooser.setFiles([{ name: 'logo-draft.txt', mimeType: 'text/plain', buffer: Buffer.from('draft logo') }]);
    await alice.getByRole('link', { name: 'logo-draft.txt' }).click();
    await alice.getByRole('heading', { level: 1, name: 'logo-draft.txt' }).waitFor();
    await alice.getByText('About version 1.').waitFor();
    const documentUrl = new URL(alice.url());
    const documentId = documentUrl.pathname.split('/').pop()!;

    await send(alice, 'Is this the final colour?');
    const aliceFeed = alice.getByRole('region', { name: 'Messages: Feedback' });
    await aliceFeed.getByText('Is this the final colour?').waitFor();

    await owner.goto(`${portico.baseUrl}/console/accounts`);
    await owner.getByRole('link', { name: 'Acme Manufacturing' }).first().click();
    await owner.waitForURL(/\/console\/accounts\/[0-9a-f-]+/);
    const accountId = new URL(owner.url()).pathname.split('/')[3]!;
    await owner.goto(`${portico.baseUrl}/console/accounts/${accountId}/documents/files/${documentId}`);
    const ownerFeed = owner.getByRole('region', { name: 'Messages: Feedback' });
    await ownerFeed.getByText('Is this the final colour?').waitFor();
    await send(owner, 'Not yet: version 2 comes on Friday.');
    await aliceFeed.getByText('Not yet: version 2 comes on Friday.').waitFor();
    await capture(alice, 'portal-document-feedback');
    await capture(owner, 'console-document-feedback');
  });
});
