// Returns: orders arrive through the API (the store's token), the customer tracks the shipment and opens a return
// with a photo; staff approve it and add the label, then receive, inspect and refund it; the customer sees the
// label and the refund, and the credit note billing issued for it. With SCREENSHOT_DIR set, each new page is captured at 1280 and 375 px, light and dark.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accountIdByName, captureScreens, pageAs, usePortico } from '../support/e2e.ts';

const portico = usePortico(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {});

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/**
 * As an admin would in the console: orders, returns and billing on for the Customers segment (a money refund then
 * gets billing's credit note), and the store's token.
 */
async function setUpStore(owner: Page) {
  return owner.evaluate(async () => {
    const { csrfToken } = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
    const headers = { 'content-type': 'application/json', 'x-csrf-token': csrfToken };
    const segments = (await (await fetch('/api/v1/segments')).json()) as {
      items: { id: string; name: string; modules: string[] }[];
    };
    const customers = segments.items.find((segment) => segment.name === 'Customers')!;
    const patched = await fetch(`/api/v1/segments/${customers.id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ modules: [...new Set([...customers.modules, 'orders', 'returns', 'billing'])] }),
    });
    const token = await fetch('/api/v1/me/api-tokens', {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Web shop', scopes: ['read', 'write'] }),
    });
    return {
      ok: patched.ok && token.ok,
      segmentId: customers.id,
      token: ((await token.json()) as { token: string }).token,
    };
  });
}

describe('returns', () => {
  it('the customer opens a return with a photo; staff approve it; the customer sees the label and the refund', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    const store = await setUpStore(owner);
    expect(store.ok).toBe(true);
    const dana = await accountIdByName(owner, 'Dana Diaz');
    const delivered = new Date(Date.now() - 86_400_000).toISOString();
    const response = await fetch(`${portico.baseUrl}/api/v1/accounts/${dana}/orders/by-external-id/shop-4001`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${store.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        number: 'SO-4001',
        placedAt: new Date(Date.now() - 4 * 86_400_000).toISOString(),
        updatedAt: delivered,
        status: 'delivered',
        currency: 'EUR',
        lines: [
          { sku: 'KETTLE-STEEL', name: 'Steel kettle', quantity: 1, unitPrice: 4990, tax: 948 },
          { sku: 'MUG-BLUE', name: 'Blue mug', quantity: 2, unitPrice: 1250, tax: 475 },
        ],
        shipments: [
          { carrier: 'UPS', trackingNumber: '1Z999AA10123456784', shippedAt: delivered, deliveredAt: delivered },
        ],
      }),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    const orderId = ((await response.json()) as { id: string }).id;

    // The return policy is set on the segment's page in the console.
    await owner.goto(`${portico.baseUrl}/console/segments/${store.segmentId}`);
    await owner.getByRole('heading', { name: 'Return policy' }).waitFor();
    await owner.getByLabel('Photos are required').check();
    await owner.getByRole('button', { name: 'Save the return policy' }).click();
    await owner.getByText('Return policy saved.').waitFor();

    const customer = await pageAs(portico, 'dana.diaz@customers.example');
    await customer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My orders' }).click();
    await customer.getByRole('link', { name: 'SO-4001' }).click();
    await customer.getByRole('heading', { level: 1, name: 'Order SO-4001' }).waitFor();
    const track = customer.getByRole('link', { name: 'Track shipment 1Z999AA10123456784' });
    expect(await track.getAttribute('href')).toBe('https://www.ups.com/track?tracknum=1Z999AA10123456784');

    await customer.getByRole('heading', { name: 'Return items' }).waitFor();
    await customer.getByLabel('Blue mug (up to 2)').fill('1');
    await customer.getByLabel('Reason').selectOption({ label: 'Damaged or defective' });
    await customer.getByLabel('Preferred resolution').selectOption({ label: 'Refund' });
    await customer.getByRole('button', { name: 'Request the return' }).click();
    await customer.getByText('Add at least one photo.').waitFor();
    await customer
      .getByLabel('Photos (at least one)')
      .setInputFiles({ name: 'cracked-mug.png', mimeType: 'image/png', buffer: PNG });
    await customer.getByText('1 photo added: cracked-mug.png').waitFor();
    await captureScreens(customer, 'portal-new-return');
    await customer.getByRole('button', { name: 'Request the return' }).click();
    await customer.getByRole('heading', { level: 1, name: 'Return SO-4001-R1' }).waitFor();
    await customer.getByRole('img', { name: 'Photo 1 of the returned items' }).waitFor();
    await captureScreens(customer, 'portal-return-requested');

    await owner.goto(`${portico.baseUrl}/console/returns`);
    await owner.getByRole('heading', { level: 1, name: 'Returns' }).waitFor();
    await owner.getByRole('link', { name: 'SO-4001-R1' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Return SO-4001-R1' }).waitFor();
    await captureScreens(owner, 'console-return');
    await owner.getByLabel('Instructions').fill('Pack the mug in its box and drop it at any UPS point.');
    await owner.getByRole('button', { name: 'Approve' }).click();
    await owner.getByLabel('Add the return label (PDF or image)').setInputFiles({
      name: 'label.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await owner.getByText('Return label added.').waitFor();
    await owner.getByRole('button', { name: 'Mark as received' }).click();
    await owner.getByRole('button', { name: 'Mark as inspected' }).click();
    await owner.getByLabel('Refund amount (EUR)').fill('12.50');
    await owner.getByRole('button', { name: 'Record the refund' }).click();
    await owner.getByText('Refunded: €12.50').waitFor();
    const creditNote = owner.getByRole('link', { name: /^Credit note CN-\d{4}-\d{4}$/ });
    const number = (await creditNote.textContent())!.replace('Credit note ', '');

    await customer.reload();
    await customer.getByRole('heading', { level: 1, name: 'Return SO-4001-R1' }).waitFor();
    const label = customer.getByRole('link', { name: 'Download the return label' });
    const href = await label.getAttribute('href');
    const pdf = await customer.evaluate(async (url) => (await fetch(url!)).headers.get('content-type'), href);
    expect(pdf).toBe('application/pdf');
    await customer.getByText('Refunded: €12.50').waitFor();
    await customer.getByText('Pack the mug in its box and drop it at any UPS point.').waitFor();
    await captureScreens(customer, 'portal-return-refunded');
    // The refund went through billing: the customer opens its credit note among the account's documents.
    await customer.getByRole('link', { name: `Credit note ${number}` }).click();
    await customer.getByRole('heading', { level: 1, name: new RegExp(number) }).waitFor();
    await customer.getByText('SO-4001-R1: 1 × Blue mug').waitFor();
    await captureScreens(customer, 'portal-refund-credit-note');

    // The order's timeline merges the return's steps with the order's own, on both sides.
    for (const [page, path] of [
      [customer, `/orders/${orderId}`],
      [owner, `/console/orders/${orderId}`],
    ] as const) {
      await page.goto(`${portico.baseUrl}${path}`);
      const timeline = page.getByRole('region', { name: 'Status' });
      await timeline.getByRole('link', { name: 'Return SO-4001-R1' }).first().waitFor();
      // placed, delivered, then requested, approved, received, inspected, refunded.
      expect(await timeline.getByRole('listitem').count()).toBe(7);
      expect(await timeline.getByRole('link', { name: 'Return SO-4001-R1' }).count()).toBe(5);
      await captureScreens(page, page === customer ? 'portal-order-timeline' : 'console-order-timeline');
    }
  });
});
