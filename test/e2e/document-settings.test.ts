// Segment defaults for documents: staff turn off client uploads for the Clients segment in the console; a
// client of that segment then has no upload button, and the API refuses her upload (403) all the same.
// Also: the whole shared area as one zip from its top level.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accountIdByName, signInAs, usePortico } from '../support/e2e.ts';

const portico = usePortico();

async function personPage(email: string): Promise<Page> {
  const context = await portico.browser.newContext({ locale: 'en-US', acceptDownloads: true });
  const page = await context.newPage();
  await signInAs(page, portico.baseUrl, email);
  return page;
}

/** POST a file as the page's user, the way the upload XHR does (session cookie + CSRF token). */
function uploadFrom(page: Page, accountId: string) {
  return page.evaluate(async (account) => {
    const session = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
    const response = await fetch(`/api/v1/accounts/${account}/documents?name=sneaky.txt`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-csrf-token': session.csrfToken },
      body: 'uploaded anyway',
    });
    return { status: response.status, code: ((await response.json()) as { code?: string }).code };
  }, accountId);
}

describe('segment document settings', () => {
  it('staff turn off client uploads for a segment; its clients lose the button and the API refuses', async () => {
    const owner = await personPage('owner@northwind.example');
    const acme = await accountIdByName(owner, 'Acme Manufacturing');
    await owner.goto(`${portico.baseUrl}/console/segments`);
    await owner.getByRole('link', { name: 'Clients', exact: true }).click();
    await owner.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
    const form = owner.getByRole('form', { name: 'Documents' });
    const uploads = form.getByRole('checkbox', { name: 'Clients may upload files' });
    expect(await uploads.isChecked()).toBe(true);
    await form.getByText(/Empty: the portal default \(.+\)\./).waitFor();
    await uploads.uncheck();
    await form.getByRole('button', { name: 'Save' }).click();
    await owner.getByText('Changes saved').waitFor();
    await owner.reload();
    await owner
      .getByRole('form', { name: 'Documents' })
      .getByRole('checkbox', { name: 'Clients may create folders' })
      .waitFor();
    expect(
      await owner
        .getByRole('form', { name: 'Documents' })
        .getByRole('checkbox', { name: 'Clients may upload files' })
        .isChecked(),
    ).toBe(false);

    const alice = await personPage('alice@acme.example');
    await alice.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Documents' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
    // Folders are still allowed: the page is fully there, only the upload button is not.
    await alice.getByRole('button', { name: 'New folder' }).waitFor();
    expect(await alice.getByRole('button', { name: 'Upload files' }).count()).toBe(0);
    expect(await uploadFrom(alice, acme)).toEqual({ status: 403, code: 'forbidden' });

    // Back on: the button returns and the upload goes through.
    await owner
      .getByRole('form', { name: 'Documents' })
      .getByRole('checkbox', { name: 'Clients may upload files' })
      .check();
    await owner.getByRole('form', { name: 'Documents' }).getByRole('button', { name: 'Save' }).click();
    await owner.getByText('Changes saved').waitFor();
    await alice.reload();
    await alice.getByRole('button', { name: 'Upload files' }).waitFor();
    expect((await uploadFrom(alice, acme)).status).toBe(201);

    // At an area's top level, the whole area downloads as one zip.
    await alice.reload();
    const zip = alice.getByRole('link', { name: 'Download all as zip' });
    expect(await zip.getAttribute('href')).toBe(`/api/v1/accounts/${acme}/documents/zip?area=shared`);
    const [download] = await Promise.all([alice.waitForEvent('download'), zip.click()]);
    expect(download.suggestedFilename()).toBe('Acme Manufacturing - Shared.zip');
  });
});
