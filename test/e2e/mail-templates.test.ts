// Editable emails (issue 14): an owner sets the Clients segment's sender, edits its invitation template, sees a
// broken template refused with its line, previews the edit with sample data, sends a test to themself, and the
// next real invitation uses it; both are read in the dev outbox. With SCREENSHOT_DIR set, the pages are captured.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { captureScreens, pageAs, usePortico } from '../support/e2e.ts';

const portico = usePortico(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {});

/** The newest outbox row to `to` whose subject has `subject`, opened; refreshes until the queue delivered it. */
async function openMail(page: Page, to: string, subject: string) {
  await page.goto(`${portico.baseUrl}/console/mail`);
  await page.getByRole('heading', { level: 1, name: 'Mail outbox' }).waitFor();
  const row = page.getByRole('row').filter({ hasText: to }).filter({ hasText: subject }).first();
  while (!(await row.isVisible())) {
    await page.getByRole('button', { name: 'Refresh' }).click();
    await row.waitFor({ timeout: 500 }).catch(() => undefined);
  }
  await row.getByRole('link').click();
  return (await page.getByTestId('mail-text').textContent()) ?? '';
}

describe('editable emails', () => {
  it('an owner edits the invitation template, previews it, sends a test, and invitations use it', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    await owner.goto(`${portico.baseUrl}/console/segments`);
    await owner.getByRole('link', { name: 'Clients', exact: true }).click();
    const sender = owner.getByRole('form', { name: 'Email sender' });
    await sender.getByLabel('Sender name').fill('Acme Client Care');
    await sender.getByLabel('Sender address').fill('care@clients.northwind.example');
    await sender.getByRole('button', { name: 'Save sender' }).click();
    await owner.getByText('Sender saved').waitFor();
    await owner
      .getByTestId('sender-effective')
      .getByText('"Acme Client Care" <care@clients.northwind.example>')
      .waitFor();
    await owner.getByTestId('mail-dns').getByText('DNS records for clients.northwind.example').waitFor();
    await owner
      .getByTestId('mail-dns')
      .getByText(/^portico\d{6}\._domainkey\.clients\.northwind\.example$/)
      .waitFor();
    await captureScreens(owner, 'console-segment-mail-sender');

    await owner.getByRole('link', { name: 'Edit this segment’s emails' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Emails of Clients' }).waitFor();
    await owner.getByRole('button', { name: 'Edit: Invitation' }).click();
    const editor = owner.getByRole('form', { name: 'Invitation (English)' });
    const subject = editor.getByLabel('Subject');
    expect(await subject.inputValue()).toBe('You are invited to {{ target }} on {{ portal }}');

    // A typo in a variable is refused with its line; nothing is saved.
    await editor.getByLabel('Plain-text part').fill('Hello\n{{ invitr }} invited you.\n\n{{ action_url }}');
    await editor.getByRole('button', { name: 'Save template' }).click();
    await editor.getByText(/Line 2, column \d+: undefined variable: invitr/).waitFor();

    await subject.fill('{{ inviter }} saved you a seat at {{ target }}');
    await editor
      .getByLabel('Plain-text part')
      .fill('{{ inviter }} saved you a seat at {{ target }}.\n\nJoin here: {{ action_url }}');
    await editor.getByRole('button', { name: 'Preview' }).click();
    await owner
      .getByTestId('template-preview-subject')
      .getByText('Alex Morgan saved you a seat at Acme Manufacturing')
      .waitFor();
    await owner.frameLocator('[data-testid="template-preview"]').getByText('Accept invitation').waitFor();
    await editor.getByRole('button', { name: 'Save template' }).click();
    await owner.getByText('Template saved').waitFor();
    await owner.getByTestId('template-state').getByText('This segment’s own version is sent.').waitFor();
    await captureScreens(owner, 'console-mail-template-editor');

    await editor.getByRole('button', { name: 'Send me a test' }).click();
    await owner.getByText('Test sent to owner@northwind.example').waitFor();
    const test = await openMail(owner, 'owner@northwind.example', '[Test] Alex Morgan saved you a seat');
    expect(test).toContain('Join here: ');

    // The next real invitation to the segment's people uses the edited template.
    const invited = await owner.evaluate(async () => {
      const accounts = (await (await fetch('/api/v1/accounts?limit=200')).json()) as {
        items: { id: string; name: string }[];
      };
      const acme = accounts.items.find((account) => account.name === 'Acme Manufacturing')!;
      const session = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
      const response = await fetch(`/api/v1/accounts/${acme.id}/invitations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ email: 'templated@acme.example', role: 'member' }),
      });
      return response.status;
    });
    expect(invited).toBe(201);
    const real = await openMail(owner, 'templated@acme.example', 'saved you a seat at Acme Manufacturing');
    expect(real).toMatch(/Join here: http/);
  });
});
