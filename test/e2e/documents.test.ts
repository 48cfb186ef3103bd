// Documents: a client uploads files, staff add a version, the client downloads an old version; a file request
// goes from staff to the client and back (the client's file lands in the request's folder, never on top of the
// firm's file of the same name); a client of another account reaches none of it.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, signInAs, startPortico, type RunningPortico } from '../support/e2e.ts';

let portico: RunningPortico;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [portico, browser] = await Promise.all([startPortico(), launchBrowser()]);
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await portico?.stop();
});

/** A person's own browser: the client in a time zone far from UTC, so due dates prove they are not shifted. */
async function personPage(email: string, timezoneId = 'Europe/Paris'): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', timezoneId, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  await signInAs(page, portico.baseUrl, email);
  return page;
}

/** Press a button that opens the file picker and choose in-memory files. */
async function chooseFiles(page: Page, button: Locator, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  await chooser.setFiles(files);
}

/** Waits until `locator` has the keyboard focus. */
async function expectFocused(locator: Locator) {
  await locator.and(locator.page().locator(':focus')).waitFor();
}

const STAFF_LETTER = Buffer.from('%PDF-1.4\n% the firm’s own template\n%%EOF\n');
const V1 = Buffer.from('Quarterly plan, version one.\nRevenue: 100\n');
const V2 = Buffer.from('Quarterly plan, version two (staff edit).\nRevenue: 120\n');
const FILES = [
  { name: 'plan.txt', mimeType: 'text/plain', buffer: V1 },
  {
    name: 'logo.png',
    mimeType: 'image/png',
    buffer: Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      'base64',
    ),
  },
  {
    name: 'A very long file name that keeps going and going so that it must be truncated in the list.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('a,b\n1,2\n'),
  },
];

/** What the flows learn about the objects they create, for the cross-account checks at the end. */
const seen: { documentId?: string; versionOneUrl?: string; folderId?: string; requestId?: string } = {};
let alice: Page;
let owner: Page;

function idFromPath(page: Page, segment: string): string {
  const match = new RegExp(`/${segment}/([0-9a-f-]{36})`).exec(new URL(page.url()).pathname);
  if (!match?.[1]) throw new Error(`No ${segment} id in ${page.url()}`);
  return match[1];
}

async function openAcmeDocuments(page: Page) {
  await page.goto(`${portico.baseUrl}/console/accounts`);
  await page.getByRole('link', { name: 'Acme Manufacturing' }).click();
  await page.getByRole('heading', { level: 1, name: 'Acme Manufacturing' }).waitFor();
  await page.getByRole('navigation', { name: 'Account sections' }).getByRole('link', { name: 'Documents' }).click();
  await page.getByRole('heading', { level: 1, name: 'Documents · Acme Manufacturing' }).waitFor();
}

describe('documents', () => {
  it('a client makes a folder and uploads three files at once, each with its own progress bar', async () => {
    alice = await personPage('alice@acme.example', 'Pacific/Auckland');
    await alice.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Documents' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
    await alice.getByText(/ of .+ used \(/).waitFor();

    await alice.getByRole('button', { name: 'New folder' }).click();
    const dialog = alice.getByRole('dialog', { name: 'New folder' });
    await dialog.getByLabel('Name').fill('Contracts 2026');
    await dialog.getByRole('button', { name: 'Create folder' }).click();
    await alice.getByRole('button', { name: 'Contracts 2026', exact: true }).click();
    await alice.getByRole('navigation', { name: 'Folder path' }).getByText('Contracts 2026').waitFor();
    seen.folderId = new URL(alice.url()).searchParams.get('folder') ?? undefined;
    expect(seen.folderId).toBeTruthy();

    await chooseFiles(alice, alice.getByRole('button', { name: 'Upload files' }), FILES);
    const uploads = alice.getByRole('region', { name: 'Uploads' });
    for (const file of FILES)
      await uploads.getByRole('progressbar', { name: `Upload progress of ${file.name}` }).waitFor();
    await uploads.getByText('3 of 3 files uploaded.').waitFor();
    expect(await uploads.getByText('Uploaded', { exact: true }).count()).toBe(3);
    for (const file of FILES) {
      const link = alice.getByRole('table').getByRole('link', { name: file.name, exact: true });
      await link.waitFor();
      // Long names wrap, never cut: the whole name is shown, and in the title too.
      expect(await link.getAttribute('title')).toBe(file.name);
    }
    // What the table shows: no name clipped ("Trial balan…"), every date on one line.
    // A script string: these tests are typed without the DOM library.
    const layout = await alice.evaluate<{ clipped: string[]; dateLines: number[] }>(`(() => {
      const table = document.querySelector('table.doc-table');
      const lineCount = (element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      };
      return {
        clipped: [...table.querySelectorAll('.doc-name__text')]
          .filter((name) => name.scrollWidth > name.clientWidth + 1)
          .map((name) => name.textContent),
        dateLines: [...table.querySelectorAll('tbody time')].map(lineCount),
      };
    })()`);
    expect(layout.clipped).toEqual([]);
    expect(layout.dateLines.length).toBeGreaterThanOrEqual(FILES.length);
    expect(
      layout.dateLines.every((lines) => lines === 1),
      `lines per date: ${layout.dateLines.join(', ')}`,
    ).toBe(true);

    // An upload can be cancelled while it is in flight (held here until cancelled): it is never stored.
    let reached: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (reached = resolve));
    await alice.route(/\/api\/v1\/accounts\/[^/]+\/documents\?/, async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      reached();
      await alice.getByText('Cancelled', { exact: true }).waitFor();
      await route.abort().catch(() => undefined);
    });
    await chooseFiles(alice, alice.getByRole('button', { name: 'Upload files' }), [
      { name: 'held.txt', mimeType: 'text/plain', buffer: Buffer.from('never stored') },
    ]);
    await held;
    await uploads.getByRole('button', { name: 'Cancel upload of held.txt' }).click();
    await uploads.getByText('Cancelled', { exact: true }).waitFor();
    await alice.unrouteAll({ behavior: 'wait' });
    await alice.reload();
    await alice.getByRole('link', { name: 'plan.txt', exact: true }).waitFor();
    expect(await alice.getByRole('link', { name: 'held.txt', exact: true }).count()).toBe(0);

    // One action menu per row, by keyboard: Enter opens it on its first item, Escape closes it and focus returns.
    const menuButton = alice.getByRole('button', { name: 'Actions for plan.txt' });
    await menuButton.focus();
    await alice.keyboard.press('Enter');
    const menu = alice.getByRole('menu', { name: 'Actions for plan.txt' });
    await menu.getByRole('menuitem', { name: 'Download' }).waitFor();
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(['Download', 'Rename', 'Move', 'Move to trash']);
    await expectFocused(menu.getByRole('menuitem', { name: 'Download' }));
    await alice.keyboard.press('ArrowDown');
    await expectFocused(menu.getByRole('menuitem', { name: 'Rename' }));
    await alice.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    await expectFocused(menuButton);
    expect(await alice.getByRole('button', { name: /^Actions for / }).count()).toBe(FILES.length);

    // A name already used in the folder asks first: keep both (renamed) or a new version of one's own file.
    await chooseFiles(alice, alice.getByRole('button', { name: 'Upload files' }), [
      { name: 'plan.txt', mimeType: 'text/plain', buffer: Buffer.from('another plan') },
    ]);
    const ask = alice.getByRole('dialog', { name: '“plan.txt” is already here' });
    await ask.getByRole('button', { name: 'Replace with new version' }).waitFor();
    await ask.getByRole('button', { name: 'Keep both' }).click();
    await alice.getByRole('link', { name: 'plan (2).txt', exact: true }).waitFor();
  });

  it('staff see the files in the account’s Documents tab and upload a new version of one', async () => {
    owner = await personPage('owner@northwind.example');
    await openAcmeDocuments(owner);
    await owner.getByRole('button', { name: 'Contracts 2026', exact: true }).click();
    for (const file of FILES) await owner.getByRole('link', { name: file.name, exact: true }).waitFor();
    await owner.getByRole('link', { name: 'plan.txt', exact: true }).click();
    await owner.getByRole('heading', { level: 1, name: 'plan.txt' }).waitFor();
    seen.documentId = idFromPath(owner, 'files');
    // A text file is previewed as text.
    await owner.getByTestId('text-preview').getByText('Quarterly plan, version one.').waitFor();

    await chooseFiles(owner, owner.getByRole('button', { name: 'Upload a new version' }), [
      { name: 'plan.txt', mimeType: 'text/plain', buffer: V2 },
    ]);
    const history = owner.getByRole('region', { name: 'Version history' });
    await history.getByTestId('version-row').filter({ hasText: 'Version 2' }).getByText('Current').waitFor();
    await owner.getByTestId('text-preview').getByText('Quarterly plan, version two (staff edit).').waitFor();
    // One history, up to date, without a reload (a stale copy of the table used to stay next to it).
    await owner.getByRole('region', { name: 'Activity' }).waitFor();
    expect(await owner.getByRole('region', { name: 'Version history' }).count()).toBe(1);
    expect(await owner.getByTestId('version-row').count()).toBe(2);
  });

  it('the client sees the history and downloads version 1, byte for byte', async () => {
    await alice.goto(`${portico.baseUrl}/documents/files/${seen.documentId}`);
    await alice.getByRole('heading', { level: 1, name: 'plan.txt' }).waitFor();
    const history = alice.getByRole('region', { name: 'Version history' });
    const rows = history.getByTestId('version-row');
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('Olivia Owner');
    expect(await rows.nth(1).textContent()).toContain('Alice Archer');

    const link = history.getByRole('link', { name: 'Download version 1' });
    seen.versionOneUrl = (await link.getAttribute('href')) ?? undefined;
    const [download] = await Promise.all([alice.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('plan.txt');
    const path = await download.path();
    expect(readFileSync(path).equals(V1)).toBe(true);
  });

  it('staff request a file, the client sends it from the home page, staff accept it', async () => {
    await openAcmeDocuments(owner);
    // The firm's own file of the same name in the shared area: the client's upload must never become its version.
    await chooseFiles(owner, owner.getByRole('button', { name: 'Upload files' }), [
      { name: 'engagement-letter-signed.pdf', mimeType: 'application/pdf', buffer: STAFF_LETTER },
    ]);
    await owner.getByRole('link', { name: 'engagement-letter-signed.pdf', exact: true }).waitFor();
    await owner
      .getByRole('navigation', { name: 'Documents sections' })
      .getByRole('link', { name: 'File requests' })
      .click();
    const form = owner.getByRole('form', { name: 'Request files' });
    await form.getByLabel('What do you need?').fill('Signed engagement letter');
    await form.getByLabel('Due date (optional)').fill('2030-12-31');
    await form.getByLabel('Note (optional)').fill('Please sign page 2.');
    await form.getByRole('button', { name: 'Send request' }).click();
    const card = owner.getByTestId('file-request').filter({ hasText: 'Signed engagement letter' });
    await card.getByText('Requested').waitFor();

    // The client's home page lists it, due on the same calendar day in Auckland.
    await alice.goto(`${portico.baseUrl}/`);
    const requested = alice.getByRole('region', { name: 'Requested from you' });
    const item = requested.getByTestId('file-request').filter({ hasText: 'Signed engagement letter' });
    await item.getByText('Due Dec 31, 2030').waitFor();
    await item.getByRole('link', { name: 'Signed engagement letter' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Signed engagement letter' }).waitFor();
    seen.requestId = idFromPath(alice, 'requests');
    await chooseFiles(alice, alice.getByRole('button', { name: 'Upload files' }), [
      { name: 'engagement-letter-signed.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') },
    ]);
    await alice
      .getByRole('region', { name: 'Files sent' })
      .getByRole('link', { name: 'engagement-letter-signed.pdf' })
      .waitFor();
    await alice.getByText('Submitted', { exact: true }).waitFor();

    // It landed in the request's own folder; the firm's file of the same name is untouched (one version, its bytes).
    const landed = await alice.evaluate(async (requestId) => {
      const request = (await (await fetch(`/api/v1/file-requests/${requestId}`)).json()) as {
        folderId: string;
        accountId: string;
        documents: { id: string }[];
      };
      const sent = (await (await fetch(`/api/v1/documents/${request.documents[0]!.id}`)).json()) as {
        folderId: string;
      };
      const folder = (await (await fetch(`/api/v1/folders/${request.folderId}`)).json()) as { name: string };
      const root = (await (
        await fetch(`/api/v1/accounts/${request.accountId}/documents?area=shared&limit=200`)
      ).json()) as { items: { id: string; name: string; versionCount: number }[] };
      const firm = root.items.find((item) => item.name === 'engagement-letter-signed.pdf');
      const firmBytes = firm ? await (await fetch(`/api/v1/documents/${firm.id}/download`)).text() : null;
      return { sentFolder: sent.folderId, requestFolder: request.folderId, folderName: folder.name, firm, firmBytes };
    }, seen.requestId);
    expect(landed.sentFolder).toBe(landed.requestFolder);
    expect(landed.folderName).toBe('Signed engagement letter');
    expect(landed.firm?.versionCount).toBe(1);
    expect(landed.firmBytes).toBe(STAFF_LETTER.toString());

    await owner.getByRole('link', { name: 'Signed engagement letter' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Signed engagement letter' }).waitFor();
    await owner.getByText('Submitted', { exact: true }).waitFor();
    await owner.getByRole('button', { name: 'Accept' }).click();
    await owner.getByText('Accepted', { exact: true }).first().waitFor();

    await alice.reload();
    await alice.getByRole('heading', { level: 1, name: 'Signed engagement letter' }).waitFor();
    await alice.getByText('Accepted', { exact: true }).first().waitFor();
    // Done: no longer on the client's to-do list.
    await alice.goto(`${portico.baseUrl}/`);
    await alice.getByRole('heading', { level: 1, name: /^Welcome/ }).waitFor();
    expect(
      await alice.getByRole('region', { name: 'Requested from you' }).getByText('Signed engagement letter').count(),
    ).toBe(0);
  });

  it('a client of another account gets 404 for every one of those URLs', async () => {
    const bianca = await personPage('bianca@blueharbor.example');
    const { documentId, versionOneUrl, folderId, requestId } = seen;
    expect(documentId && versionOneUrl && folderId && requestId).toBeTruthy();
    const urls = [
      `/api/v1/documents/${documentId}`,
      versionOneUrl as string,
      `/api/v1/documents/${documentId}/download`,
      `/api/v1/documents/${documentId}/preview`,
      `/api/v1/documents/${documentId}/versions`,
      `/api/v1/folders/${folderId}`,
      `/api/v1/folders/${folderId}/zip`,
      `/api/v1/file-requests/${requestId}`,
    ];
    const statuses = await bianca.evaluate(
      (list) => Promise.all(list.map((url) => fetch(url).then((response) => `${response.status} ${url}`))),
      urls,
    );
    expect(statuses).toEqual(urls.map((url) => `404 ${url}`));
    // And the pages themselves show nothing of it.
    await bianca.goto(`${portico.baseUrl}/documents/files/${documentId}`);
    await bianca.getByRole('alert').waitFor();
    expect(await bianca.getByText('plan.txt').count()).toBe(0);
  });
});
