// E-signature: staff send the engagement letter for signature to a client and themselves (in order), placing each
// signer's fields on the rendered pages (dragged from the palette, added and nudged by keyboard, resized, removed);
// the client reads the pages, fills her initials, a text and a checkbox, consents and signs by drawing; staff
// countersign by typing, download the sealed PDF and see its certificate page; the signed copy is in the documents.
// A PDF uploaded in the send form is rendered there for placing. An owner replaces the portal's sealing certificate
// with the firm's own (.p12). With SCREENSHOT_DIR set, the pages are captured at 1280 and 375 px, light and dark.
import { readFile } from 'node:fs/promises';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureScreens, pageAs, usePortico } from '../support/e2e.ts';
import { firmP12 } from '../support/p12.ts';
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
  // The mouse draws in viewport coordinates: the pad, below the document's pages, must be on screen first.
  await pad.scrollIntoViewIfNeeded();
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

/** Places the fields: by drag and drop, by keyboard, resized by the corner, one added and removed again. */
async function placeFields(owner: Page) {
  const layer = owner.locator('.field-layer[data-page="1"]');
  await layer.waitFor();
  const field = (name: string) => owner.getByRole('button', { name, exact: true });
  await owner.getByLabel('Field for').selectOption({ label: 'Alice Archer' });
  // Dragged from the palette onto the page, where it lands under the pointer (the palette at the top of the window,
  // the first page just under it).
  await owner.getByRole('group', { name: 'Fields to place' }).evaluate((element) => element.scrollIntoView());
  await field('Signature').hover();
  await owner.mouse.down();
  const box = (await layer.boundingBox())!;
  await owner.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.3, { steps: 8 });
  await owner.mouse.up();
  const signature = field('Signature for Alice Archer, page 1');
  await signature.waitFor();
  // Resized by dragging its corner.
  const handle = (await signature.getByTestId('resize-handle').boundingBox())!;
  await owner.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await owner.mouse.down();
  await owner.mouse.move(handle.x + 40, handle.y + 12, { steps: 5 });
  await owner.mouse.up();
  // By keyboard: pressed in the palette (lands on the chosen page), then nudged with the arrow keys.
  await field('Initials').focus();
  await owner.keyboard.press('Enter');
  const initials = field('Initials for Alice Archer, page 1');
  await initials.focus();
  for (let step = 0; step < 5; step += 1) await owner.keyboard.press('ArrowDown');
  await owner.keyboard.press('Shift+ArrowRight');
  await field('Text').click();
  await field('Checkbox').click();
  const item = (name: string) => owner.locator('.placed-fields__item', { hasText: name });
  await item('Text for Alice Archer').getByLabel('Label of Text for Alice Archer, page 1').fill('Job title');
  await item('Checkbox for Alice Archer')
    .getByLabel('Label of Checkbox for Alice Archer, page 1')
    .fill('I have read the terms');
  await item('Checkbox for Alice Archer').getByLabel('Required').check();
  await owner.getByLabel('Field for').selectOption({ label: 'Olivia Owner (staff)' });
  await field('Signature').click();
  await field('Date').click();
  // One too many: removed with the Delete key.
  await field('Text').click();
  await field('Text for Olivia Owner (staff), page 1').focus();
  await owner.keyboard.press('Delete');
  await field('Text for Olivia Owner (staff), page 1').waitFor({ state: 'detached' });
  await expect(owner.locator('.placed-field').count()).resolves.toBe(6);
}

/** A two-page PDF, as staff would pick from their disk. */
async function scopePdf() {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const n of [1, 2]) doc.addPage([595, 842]).drawText(`Scope of work, page ${n}`, { x: 50, y: 780, font });
  return Buffer.from(await doc.save());
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
    await pagesRendered(owner);
    await placeFields(owner);
    await captureScreens(owner, 'console-signature-send');
    await owner.getByRole('button', { name: 'Send for signature' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Engagement letter 2027' }).waitFor();
    await owner.getByText('Waiting for signatures').first().waitFor();
    await pagesRendered(owner);
    const envelopeUrl = owner.url();
    // The fields went out where they were placed: the dragged signature under the drop point and wider than new,
    // the initials nudged down from where they were added.
    const fields = await owner.evaluate(async (url) => {
      const id = url.split('/').pop();
      const envelope = (await (await fetch(`/api/v1/signature-envelopes/${id}`)).json()) as {
        fields: { kind: string; y: number; width: number; label: string; required: boolean }[];
      };
      return envelope.fields;
    }, envelopeUrl);
    expect(fields.map((field) => field.kind).sort()).toEqual(
      ['checkbox', 'date', 'initials', 'signature', 'signature', 'text'].sort(),
    );
    const placed = fields.find((field) => field.kind === 'signature')!;
    expect(placed.y).toBeCloseTo(0.3, 1);
    expect(placed.width).toBeGreaterThan(0.3);
    expect(fields.find((field) => field.kind === 'initials')!.y).toBeCloseTo(0.21, 2);
    expect(fields.find((field) => field.kind === 'checkbox')).toMatchObject({
      label: 'I have read the terms',
      required: true,
    });

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
    await expect(alice.getByLabel('Your initials').inputValue()).resolves.toBe('AA');
    await alice.getByLabel('Job title').fill('Chief executive');
    await alice.getByLabel('I have read the terms').check();
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
    expect(text).toContain('Chief executive');

    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Signatures' }).click();
    await owner.getByLabel('Status').selectOption({ label: 'Any status' });
    await owner.getByRole('cell', { name: 'Signed', exact: true }).waitFor();
    await captureScreens(owner, 'console-signatures-list');

    // The signed copy is in the client's documents.
    await alice.goto(`${portico.baseUrl}/documents`);
    await alice.getByRole('link', { name: 'Engagement letter 2027 - signed.pdf' }).waitFor();

    // A PDF uploaded in the send form goes to the account's documents and is rendered for placing fields.
    await owner.goto(`${portico.baseUrl}/console/signatures/new`);
    await owner.getByLabel('Account', { exact: true }).selectOption({ label: 'Acme Manufacturing' });
    await owner.getByLabel('Upload a PDF').check();
    await owner.getByLabel('PDF to upload').setInputFiles({
      name: 'Scope of work.pdf',
      mimeType: 'application/pdf',
      buffer: await scopePdf(),
    });
    await owner.getByText('Uploaded: Scope of work.pdf').waitFor();
    await owner.getByLabel('Alice Archer').check();
    await owner.getByRole('img', { name: 'Page 2 of 2' }).waitFor();
    await owner.getByLabel('Page', { exact: true }).selectOption('2');
    await owner.getByRole('button', { name: 'Signature', exact: true }).click();
    await owner.getByRole('button', { name: 'Signature for Alice Archer, page 2', exact: true }).waitFor();
    await captureScreens(owner, 'console-signature-upload');
  });

  it("an owner replaces the portal's self-signed sealing certificate with the firm's own", async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Signatures' }).click();
    // The list's own link (the console menu has one of the same name too).
    await owner.getByRole('main').getByRole('link', { name: 'Signing certificate' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Signing certificate' }).waitFor();
    await owner.getByText('Made by the portal').waitFor();
    await owner.getByText('Itself (self-signed)').waitFor();
    await captureScreens(owner, 'console-signing-certificate');
    const file = { name: 'northwind.p12', mimeType: 'application/x-pkcs12', buffer: firmP12('firm secret') };
    await owner.getByLabel('Certificate file (.p12 or .pfx)').setInputFiles(file);
    await owner.getByLabel('Passphrase of the file').fill('not the passphrase');
    await owner.getByRole('button', { name: 'Replace certificate' }).click();
    await owner.getByText('The passphrase does not open this file.').first().waitFor();
    await owner.getByText('Made by the portal').waitFor();
    await owner.getByLabel('Passphrase of the file').fill('firm secret');
    await owner.getByRole('button', { name: 'Replace certificate' }).click();
    await owner.getByText('Certificate replaced').waitFor();
    await owner.getByText("The firm's own").waitFor();
    await owner.getByText('CN=Northwind Advisory, O=Northwind').waitFor();
    await owner.getByText('CN=Test Trust CA, O=Test Trust').waitFor();
    await captureScreens(owner, 'console-signing-certificate-replaced');
  });
});
