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
  it('an owner edits the ticket reply for the Customers segment; the customer’s mail uses it, marker on top', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    await owner.goto(`${portico.baseUrl}/console/segments`);
    await owner.getByRole('link', { name: 'Customers', exact: true }).click();
    await owner.getByRole('link', { name: 'Edit this segment’s emails' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Emails of Customers' }).waitFor();
    await owner.getByRole('button', { name: 'Edit: Reply to a request (to the customer)' }).click();
    const editor = owner.getByRole('form', { name: 'Reply to a request (to the customer) (English)' });
    // The reply marker is explained, and is not in the template to be deleted.
    await owner.getByTestId('template-reply-marker').waitFor();
    expect(await editor.getByLabel('Plain-text part').inputValue()).not.toContain('Reply above this line');
    await editor.getByLabel('Subject').fill('Our answer on #{{ number }}: {{ subject }}');
    await editor
      .getByLabel('Plain-text part')
      .fill('{% for item in messages %}{{ item.author }}: {{ item.body }}\n{% endfor %}More: {{ action_url }}');
    await editor.getByRole('button', { name: 'Preview' }).click();
    await owner.getByTestId('template-preview-subject').getByText('Our answer on #1042: Invoice correction').waitFor();
    await editor.getByRole('button', { name: 'Save template' }).click();
    await owner.getByText('Template saved').waitFor();
    await captureScreens(owner, 'console-mail-template-ticket-reply');

    const replied = await owner.evaluate(async () => {
      const list = (await (await fetch('/api/v1/tickets?limit=200')).json()) as {
        items: { id: string; accountName: string; status: string }[];
      };
      const ticket = list.items.find((item) => item.accountName === 'Dana Diaz' && item.status !== 'closed')!;
      const session = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
      const response = await fetch(`/api/v1/tickets/${ticket.id}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ body: 'The replacement ships today.' }),
      });
      return response.status;
    });
    expect(replied).toBe(201);
    const mail = await openMail(owner, 'dana.diaz@customers.example', 'Our answer on #');
    // Without an inbound mail domain (this e2e server) there is no reply address, so no marker; where there is one
    // it is above the edited body (integration: mail-templates/families.test.ts).
    expect([-1, 0]).toContain(mail.trimStart().indexOf('-- Reply above this line'));
    expect(mail).toContain(': The replacement ships today.');
  });

  it('an owner edits a firm-wide email; a segment without its own version shows and sends it', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    await owner.goto(`${portico.baseUrl}/console/segments`);
    await owner.getByRole('link', { name: 'Firm-wide emails' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Firm-wide emails' }).waitFor();
    await owner.getByRole('button', { name: 'Edit: Sign-in link' }).click();
    const editor = owner.getByRole('form', { name: 'Sign-in link (English)' });
    await owner.getByTestId('template-state').getByText('The built-in text is sent. Save to use your own.').waitFor();
    // The same validation as a segment's: a broken tag is refused with its line.
    await editor.getByLabel('Plain-text part').fill('Hello\n{% if portal %}\n{{ action_url }}');
    await editor.getByRole('button', { name: 'Save template' }).click();
    await editor.getByText(/Line 2, column \d+: tag .*not closed/).waitFor();
    await editor.getByLabel('Subject').fill('Your firm-wide way into {{ portal }}');
    await editor.getByLabel('Plain-text part').fill('Sign in with one click: {{ action_url }}');
    await editor.getByRole('button', { name: 'Preview' }).click();
    await owner
      .getByTestId('template-preview-subject')
      .getByText('Your firm-wide way into Northwind Advisory')
      .waitFor();
    await editor.getByRole('button', { name: 'Save template' }).click();
    await owner.getByText('Template saved').waitFor();
    await captureScreens(owner, 'console-mail-template-firm');

    // Clients has no sign-in link of its own: its editor shows the firm-wide version as what is sent.
    await owner.goto(`${portico.baseUrl}/console/segments`);
    await owner.getByRole('link', { name: 'Clients', exact: true }).click();
    await owner.getByRole('link', { name: 'Edit this segment’s emails' }).click();
    await owner.getByRole('link', { name: 'Firm-wide emails' }).waitFor();
    await owner.getByRole('button', { name: 'Edit: Sign-in link' }).click();
    await owner
      .getByTestId('template-state')
      .getByText(/The firm-wide version is sent\./)
      .waitFor();
    const segmentEditor = owner.getByRole('form', { name: 'Sign-in link (English)' });
    expect(await segmentEditor.getByLabel('Subject').inputValue()).toBe('Your firm-wide way into {{ portal }}');
    await captureScreens(owner, 'console-mail-template-inherits-firm');

    // A sign-in link is asked for Alice (a Clients person): the firm-wide version arrives.
    const asked = await owner.evaluate(async () => {
      const session = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
      const response = await fetch('/api/v1/auth/magic-links', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ email: 'alice@acme.example' }),
      });
      return response.status;
    });
    expect(asked).toBe(202);
    const mail = await openMail(owner, 'alice@acme.example', 'Your firm-wide way into');
    expect(mail).toContain('Sign in with one click: ');
  });
});
