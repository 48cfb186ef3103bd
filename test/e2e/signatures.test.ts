// E-signature: staff send the engagement letter for signature to a client and themselves (in order); the client
// reads the pages, consents and signs by drawing; staff countersign by typing, download the sealed PDF and see its
// certificate page. With SCREENSHOT_DIR set, the pages are captured at 1280 and 375 px, light and dark.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureScreens, pageAs, usePortico } from '../support/e2e.ts';
import { pdfText } from '../support/pdf-text.ts';

const portico = usePortico(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {});

/** The demo's Clients segment gets the signatures module, as an admin would switch it on in the console. */
async function switchSignaturesOn(owner: Page) {
  const ok = await owner.evaluate(async () => {
    const { csrfToken } = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
    const segments = (await (await fetch('/api/v1/segments')).json()) as {
      items: { id: string; name: string; modules: string[] }[];
    };
    const clients = segments.items.find((segment) => segment.name === 'Clients')!;
    const response = await fetch(`/api/v1/segments/${clients.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify({ modules: [...clients.modules, 'signatures'] }),
    });
    return response.ok;
  });
  expect(ok).toBe(true);
}

/** Draws a stroke on the signature pad with the mouse, as a person would. */
async function drawSignature(page: Page) {
  await page.getByRole('radio', { name: 'Draw' }).check();
  const pad = page.getByTestId('signature-canvas');
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.6);
  await page.mouse.down();
  for (const [x, y] of [
    [0.25, 0.3],
    [0.4, 0.7],
    [0.55, 0.35],
    [0.7, 0.65],
    [0.85, 0.4],
  ])
    await page.mouse.move(box.x + box.width * x!, box.y + box.height * y!, { steps: 4 });
  await page.mouse.up();
}

/** The pages of the document are drawn by pdf.js (a canvas per page). */
async function pagesRendered(page: Page) {
  await page.getByRole('img', { name: /^Page 1 of \d+$/ }).waitFor();
}

describe('e-signature', () => {
  it('staff send; the client signs by drawing; staff countersign by typing and download the sealed PDF', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    await switchSignaturesOn(owner);
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Signatures' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Signatures' }).waitFor();
    await owner.getByRole('link', { name: 'Send for signature' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Send a document for signature' }).waitFor();
    await owner.getByLabel('Account', { exact: true }).selectOption({ label: 'Acme Manufacturing' });
    await owner.getByLabel('Title', { exact: true }).fill('Engagement letter 2027');
    await owner.getByLabel('Fees', { exact: true }).fill('1250');
    await owner.getByLabel('Alice Archer').check();
    await owner.getByLabel('Olivia Owner (staff)').check();
    await owner.getByLabel('Message to the signers').fill('Our terms for 2027.');
    await captureScreens(owner, 'console-signature-send');
    await owner.getByRole('button', { name: 'Send for signature' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Engagement letter 2027' }).waitFor();
    await owner.getByText('Waiting for signatures').first().waitFor();
    await pagesRendered(owner);
    const envelopeUrl = owner.url();

    const alice = await pageAs(portico, 'alice@acme.example');
    await alice.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Signatures' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Signatures' }).waitFor();
    await alice.getByRole('cell', { name: 'Alice Archer' }).waitFor();
    await captureScreens(alice, 'portal-signatures-list');
    await alice.getByRole('link', { name: 'Engagement letter 2027' }).click();
    await alice.getByRole('heading', { level: 2, name: 'Sign this document' }).waitFor();
    await pagesRendered(alice);
    await alice.locator('.pdf-field--own', { hasText: 'Signature' }).waitFor();
    await captureScreens(alice, 'portal-signing');
    // Consent first: signing without it says so.
    await alice.getByRole('button', { name: 'Sign', exact: true }).click();
    await alice.getByText('Agree to sign electronically first.').waitFor();
    await alice.getByLabel('I agree to sign electronically').check();
    await drawSignature(alice);
    await alice.getByRole('button', { name: 'Sign', exact: true }).click();
    await alice.getByText('Signed. Thank you.').waitFor();
    await alice
      .getByText(/^Signed \w/)
      .first()
      .waitFor();

    await owner.goto(envelopeUrl);
    await owner.getByRole('heading', { level: 2, name: 'Sign this document' }).waitFor();
    await owner.getByLabel('I agree to sign electronically').check();
    await owner.getByRole('radio', { name: 'Type my name' }).check();
    await owner.getByLabel('Your full name').fill('Olivia Owner');
    await owner.getByRole('button', { name: 'Sign', exact: true }).click();
    // The last signature seals the PDF before answering (a few seconds on a busy machine).
    await owner
      .getByText('Signed. Thank you.')
      .waitFor({ timeout: 90_000 })
      .catch(async (error: unknown) => {
        await owner.screenshot({ path: '/tmp/signatures-e2e-failure.png', fullPage: true });
        throw error;
      });
    const download = owner.getByRole('link', { name: 'Download the signed PDF' });
    await download.waitFor();
    await owner.getByRole('button', { name: 'Check the seal' }).click();
    await owner.getByText('The seal is intact: the file has not changed since it was sealed.').waitFor();
    await owner.getByText('Activity').click();
    await owner.getByRole('cell', { name: 'Completed and sealed' }).waitFor();
    await captureScreens(owner, 'console-envelope-completed');

    const [file] = await Promise.all([owner.waitForEvent('download'), download.click()]);
    const text = await pdfText(await readFile((await file.path())!));
    expect(text).toContain('Acme Manufacturing');
    expect(text).toContain('EUR 1,250.00');
    expect(text).toContain('Olivia Owner');
    expect(text).toContain('Certificate of completion');
    expect(text).toContain('alice@acme.example');
    expect(text).toContain('Consented to sign electronically');

    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Signatures' }).click();
    await owner.getByLabel('Status').selectOption({ label: 'Any status' });
    await owner.getByRole('cell', { name: 'Signed', exact: true }).waitFor();
    await captureScreens(owner, 'console-signatures-list');

    // The signed copy is in the client's documents.
    await alice.goto(`${portico.baseUrl}/documents`);
    await alice.getByRole('link', { name: 'Engagement letter 2027 - signed.pdf' }).waitFor();
  });
});
