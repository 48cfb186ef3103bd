// Webhooks: an admin adds an endpoint (the secret shown once), a customer files a ticket, the signed delivery reaches
// a receiver in this test, the admin sees it in the delivery log and replays it, rotates the secret (the next delivery
// verifies with the old and the new one), and disables and enables the endpoint. With SCREENSHOT_DIR set, the pages
// are also captured at 1280 and 375 px, light and dark.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureScreens, pageAs, usePortico } from '../support/e2e.ts';

const portico = usePortico({
  WEBHOOKS_ALLOW_PRIVATE_HOSTS: '127.0.0.1',
  ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
});

const received: { headers: IncomingHttpHeaders; body: string }[] = [];
const receiver = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
    response.end('thanks');
  });
});
let receiverUrl = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/portico`;
});
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

const personPageAs = (email: string) => pageAs(portico, email);

/** Files a ticket as the page's user through the API (session cookie + CSRF token), as the web app does. */
function fileTicket(page: Page) {
  return page.evaluate(async () => {
    const session = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
    const response = await fetch('/api/v1/tickets', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
      body: JSON.stringify({ subject: 'Webhook check', body: 'Please confirm.' }),
    });
    return response.status;
  });
}

describe('webhooks', () => {
  it('an admin adds an endpoint, an event is delivered signed, shows in the log and is replayed', async () => {
    const owner = await personPageAs('owner@northwind.example');
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Webhooks' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await owner.getByText('No endpoints yet.').waitFor();
    await owner.getByLabel('Endpoint URL').fill(receiverUrl);
    await owner.getByLabel('Description').fill('CRM sync');
    await owner.getByLabel('Ticket created').check();
    await captureScreens(owner, 'console-webhooks');
    await owner.getByRole('button', { name: 'Add endpoint' }).click();
    const secret = (await owner.getByTestId('webhook-secret').textContent())!.trim();
    expect(secret).toMatch(/^whsec_/);
    await owner.getByRole('button', { name: 'Done' }).click();

    const dana = await personPageAs('dana.diaz@customers.example');
    expect(await fileTicket(dana)).toBe(201);
    await expect.poll(() => received.length, { timeout: 30_000 }).toBe(1);
    const envelope = new Webhook(secret).verify(received[0]!.body, received[0]!.headers as Record<string, string>);
    expect(envelope).toMatchObject({ type: 'ticket.created', data: { subject: 'Webhook check' } });

    await owner.getByRole('link', { name: receiverUrl }).click();
    await owner.getByRole('heading', { level: 1, name: receiverUrl }).waitFor();
    const delivered = owner.getByText(/Ticket created · 1 attempt/);
    await delivered.waitFor();
    await delivered.click();
    await owner.getByText(/: 200 in \d+ ms/).waitFor();
    await captureScreens(owner, 'console-webhook');
    await owner.getByRole('button', { name: /^Replay/ }).click();
    await owner.getByText('Sent again').waitFor();
    await expect.poll(() => received.length, { timeout: 30_000 }).toBe(2);
    expect(received[1]!.headers['webhook-id']).toBe(received[0]!.headers['webhook-id']);
    await owner.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => owner.getByText(/Ticket created · 1 attempt/).count(), { timeout: 30_000 }).toBe(2);

    // Rotating the secret: the new one is shown once, and for 24 hours a delivery verifies with either secret.
    await owner.getByRole('button', { name: 'Rotate secret' }).click();
    await owner
      .getByRole('alertdialog', { name: 'Rotate the signing secret?' })
      .getByRole('button', { name: 'Confirm' })
      .click();
    const rotated = (await owner.getByTestId('webhook-secret').textContent())!.trim();
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(secret);
    await owner.getByRole('button', { name: 'Done' }).click();
    expect(await fileTicket(dana)).toBe(201);
    await expect.poll(() => received.length, { timeout: 30_000 }).toBe(3);
    const third = received[2]!;
    for (const key of [secret, rotated])
      expect(new Webhook(key).verify(third.body, third.headers as Record<string, string>)).toMatchObject({
        type: 'ticket.created',
      });
    // Disabled by hand, then enabled again.
    await owner.getByRole('button', { name: 'Disable' }).click();
    await owner.getByRole('button', { name: 'Enable' }).waitFor();
    await owner.getByText(/Disabled on /).waitFor();
    await owner.getByRole('button', { name: 'Enable' }).click();
    await owner.getByRole('button', { name: 'Disable' }).waitFor();
  });
});
