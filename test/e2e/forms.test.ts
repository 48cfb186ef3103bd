// Forms: staff build and publish an intake form and request it from a client; the client fills it (the draft
// saves as they type, with a file, survives a reload), leaves halfway and resumes in a second browser, answers a
// conditional field, submits; staff see the answers and export them as CSV. With SCREENSHOT_DIR set, the pages are
// also captured at 1280 and 375 px, light and dark.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { captureScreens, pageAs, usePortico } from '../support/e2e.ts';
import { addField, switchFormsOn } from './forms-support.ts';

const portico = usePortico(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {});

const personPage = (email: string) => pageAs(portico, email);

describe('forms', () => {
  it('staff build, publish and request an intake form; the client fills it with a file, resumes on another device; staff export it', async () => {
    const owner = await personPage('owner@northwind.example');
    await switchFormsOn(owner);
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Forms' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Forms' }).waitFor();
    await owner.getByLabel('Name').fill('Client intake');
    await owner.getByRole('button', { name: 'Create form' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Client intake' }).waitFor();

    await addField(owner, 'Text', 'Full name');
    await owner.getByLabel('Required').first().check();
    await addField(owner, 'Yes / no', 'Employed');
    await addField(owner, 'Text', 'Employer');
    await owner.getByLabel('Show only when field').nth(2).selectOption({ label: 'employed' });
    await owner.getByLabel('has the value').fill('true');
    await owner.getByLabel('Required').nth(2).check();
    await addField(owner, 'File upload', 'Proof of address');
    await captureScreens(owner, 'console-form-builder');
    await owner.getByRole('button', { name: 'Save changes' }).click();
    await owner.getByText('Saved.').waitFor();
    await owner.getByRole('button', { name: 'Publish' }).click();
    await owner.getByText('Version 1 published.').waitFor();
    await owner.getByLabel('Account').selectOption({ label: 'Acme Manufacturing' });
    await owner.getByLabel('Due date').fill('2027-01-31');
    await owner.getByRole('button', { name: 'Request' }).click();
    await owner.getByText('Requested from Acme Manufacturing.').waitFor();

    const alice = await personPage('alice@acme.example');
    await alice.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Forms' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Forms' }).waitFor();
    await captureScreens(alice, 'portal-forms');
    await alice.getByRole('link', { name: 'Client intake' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Client intake' }).waitFor();
    await alice.getByLabel('Full name *').fill('Alice <b>Archer</b>');
    await alice.getByText('Draft saved').waitFor();
    await alice.reload();
    await alice.getByRole('heading', { level: 1, name: 'Client intake' }).waitFor();
    await expect.poll(() => alice.getByLabel('Full name *').inputValue()).toBe('Alice <b>Archer</b>');
    // A file goes to the account's documents and into the draft; then she leaves.
    const fileSaved = alice.waitForResponse(
      (response) => response.url().endsWith('/draft') && response.request().method() === 'PUT' && response.ok(),
    );
    await alice.getByLabel('Proof of address').setInputFiles({
      name: 'utility-bill.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% a utility bill\n%%EOF\n'),
    });
    await alice.getByText('1 file uploaded').waitFor();
    await fileSaved;
    const formUrl = alice.url();
    await alice.close();

    // She resumes on another device (a second browser context): the name and the file are there.
    const laptop = await personPage('alice@acme.example');
    await laptop.goto(formUrl);
    await laptop.getByRole('heading', { level: 1, name: 'Client intake' }).waitFor();
    await expect.poll(() => laptop.getByLabel('Full name *').inputValue()).toBe('Alice <b>Archer</b>');
    await laptop.getByText('1 file uploaded').waitFor();
    await laptop.getByLabel('Yes').check();
    // The condition is met: the employer is now asked for, and required (the shared schema says so at once).
    await laptop.getByRole('button', { name: 'Submit' }).click();
    await laptop.getByText('This field is required.').waitFor();
    await captureScreens(laptop, 'portal-form-fill');
    await laptop.getByLabel('Employer *').fill('Acme Manufacturing');
    await laptop.getByRole('button', { name: 'Submit' }).click();
    await laptop.getByText('Thank you, your answers were sent.').waitFor();

    await owner.reload();
    await owner.getByRole('heading', { level: 1, name: 'Client intake' }).waitFor();
    const row = owner.getByRole('row').filter({ hasText: 'Acme Manufacturing' });
    await row.waitFor();
    const [download] = await Promise.all([
      owner.waitForEvent('download'),
      owner.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '"Submitted at","Account","Submitted by","Version","Full name","Employed","Employer","Proof of address"',
    );
    expect(csv).toContain('"Alice <b>Archer</b>","Yes","Acme Manufacturing","1 file(s)"');
    await row.getByRole('link').click();
    await owner.getByRole('heading', { level: 1, name: 'Client intake: answers' }).waitFor();
    await owner.getByText('Alice <b>Archer</b>').waitFor();
    await captureScreens(owner, 'console-form-submission');
  });
});
