// E-signature, issue 13: the console's menu links to the signing certificate page; once the firm's certificate has
// fewer than 30 days left (here: the firm uploads one valid for 10 days, through the API), the page warns with its
// expiry date and what to do, and the signatures list tells the owner too, with a link to the page.
// With SCREENSHOT_DIR set, both pages are captured at 1280 and 375 px, light and dark.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureScreens, pageAs, usePortico } from '../support/e2e.ts';
import { firmP12 } from '../support/p12.ts';

const portico = usePortico(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {});

/** The firm's PKCS#12 uploaded as an integrator would (PUT, base64), right after signing in (a recent proof). */
async function uploadCertificate(page: Page, p12: Buffer, passphrase: string) {
  const status = await page.evaluate(
    async ({ p12, passphrase }) => {
      const { csrfToken } = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
      const response = await fetch('/api/v1/signature-certificate', {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({ p12, passphrase }),
      });
      return response.status;
    },
    { p12: p12.toString('base64'), passphrase },
  );
  expect(status).toBe(200);
}

describe('e-signature: the signing certificate expires soon', () => {
  it('an owner finds the certificate page in the menu, with the expiry warning and what to do', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    await uploadCertificate(
      owner,
      firmP12('firm secret', { validFor: 10, commonName: 'Northwind Seal' }),
      'firm secret',
    );

    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Signing certificate' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Signing certificate' }).waitFor();
    const warning = owner.getByRole('region', { name: 'This certificate expires in 10 days' });
    await warning.waitFor();
    // The date as the page formats dates (en-US, medium): the same day as the end of the validity shown below it.
    const until = (await warning.textContent())!.match(/It is valid until ([A-Z][a-z]{2} \d{1,2}, \d{4})\./)?.[1];
    expect(until).toBeTruthy();
    await owner.getByText(new RegExp(` to ${until}$`)).waitFor();
    await warning.getByText(/Replace it below with your firm’s renewed certificate/).waitFor();
    await owner.getByText('CN=Northwind Seal, O=Northwind').waitFor();
    await owner.getByRole('button', { name: 'Make a new self-signed certificate' }).waitFor();
    await captureScreens(owner, 'console-signing-certificate-expiring');

    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Signatures' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Signatures' }).waitFor();
    const notice = owner.getByTestId('certificate-expiry-notice');
    await notice.getByText(/The signing certificate expires on .+, in 10 days\./).waitFor();
    expect(await notice.textContent()).toContain(`expires on ${until}, in 10 days`);
    await captureScreens(owner, 'console-signatures-certificate-notice');
    await notice.getByRole('link', { name: 'Replace or regenerate it' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Signing certificate' }).waitFor();
  });
});
