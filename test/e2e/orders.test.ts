// Orders: the store sends orders through the API (an owner's API token), the customer finds one in "My orders",
// tracks its shipment and asks about it; the agent sees the order beside the ticket. With SCREENSHOT_DIR set, each
// new page is captured at 1280 and 375 px, light and dark.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accountIdByName, captureScreens, pageAs, usePortico } from '../support/e2e.ts';

const portico = usePortico(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {});

/** As an admin would in the console: orders on for the Customers segment, and an API token for the store. */
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
      body: JSON.stringify({ modules: [...customers.modules, 'orders'] }),
    });
    const token = await fetch('/api/v1/me/api-tokens', {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Web shop', scopes: ['read', 'write'] }),
    });
    return { ok: patched.ok && token.ok, token: ((await token.json()) as { token: string }).token };
  });
}

function storeOrder(number: string, status: string, shipments: unknown[] = []) {
  return {
    number,
    placedAt: '2026-11-28T09:30:00Z',
    updatedAt: '2026-11-30T16:00:00Z',
    status,
    currency: 'EUR',
    lines: [
      { sku: 'KETTLE-STEEL', name: 'Steel kettle', quantity: 1, unitPrice: 4990, tax: 948 },
      { sku: 'MUG-BLUE', name: 'Blue mug', quantity: 2, unitPrice: 1250, tax: 475 },
    ],
    shippingAddress: { name: 'Dana Diaz', line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
    billingAddress: { name: 'Dana Diaz', line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
    shipments,
  };
}

describe('orders', () => {
  it('orders arrive through the API; the customer tracks one and asks about it; the agent sees it beside the ticket', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    const store = await setUpStore(owner);
    expect(store.ok).toBe(true);
    const dana = await accountIdByName(owner, 'Dana Diaz');
    const send = async (externalId: string, body: unknown) => {
      const response = await fetch(`${portico.baseUrl}/api/v1/accounts/${dana}/orders/by-external-id/${externalId}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${store.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status, await response.clone().text()).toBeLessThan(300);
    };
    await send(
      'shop-2001',
      storeOrder('SO-2001', 'shipped', [
        { carrier: 'UPS', trackingNumber: '1Z999AA10123456784', shippedAt: '2026-11-30T15:00:00Z' },
      ]),
    );
    await send('shop-2002', storeOrder('SO-2002', 'paid'));

    const customer = await pageAs(portico, 'dana.diaz@customers.example');
    await customer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My orders' }).click();
    await customer.getByRole('heading', { level: 1, name: 'My orders' }).waitFor();
    await customer.getByRole('link', { name: 'SO-2002' }).waitFor();
    await captureScreens(customer, 'portal-my-orders');
    await customer.getByLabel('Number, SKU or product').fill('so-2001');
    await customer.getByRole('link', { name: 'SO-2002' }).waitFor({ state: 'detached' });
    await customer.getByLabel('Status').selectOption({ label: 'Shipped' });
    await customer.getByRole('link', { name: 'SO-2001' }).click();

    await customer.getByRole('heading', { level: 1, name: 'Order SO-2001' }).waitFor();
    const track = customer.getByRole('link', { name: 'Track shipment 1Z999AA10123456784' });
    expect(await track.getAttribute('href')).toBe('https://www.ups.com/track?tracknum=1Z999AA10123456784');
    await customer.getByRole('region', { name: 'Status' }).getByText('Shipped').waitFor();
    await captureScreens(customer, 'portal-order');

    await customer.getByLabel('Your message').fill('The tracking page has not changed for days.');
    await customer.getByRole('button', { name: 'Send request' }).click();
    await customer.getByRole('heading', { level: 1, name: 'About order SO-2001' }).waitFor();
    const ticketId = customer.url().split('/').pop()!;

    const agent = await pageAs(portico, 'owner@northwind.example');
    await agent.goto(`${portico.baseUrl}/console/tickets/${ticketId}`);
    const panel = agent.getByRole('region', { name: 'Order' });
    await panel.getByRole('link', { name: 'Order SO-2001' }).waitFor();
    await captureScreens(agent, 'console-ticket-order');
    await panel.getByRole('link', { name: 'Order SO-2001' }).click();
    await agent.getByRole('heading', { level: 1, name: 'Order SO-2001' }).waitFor();
    await agent.getByRole('link', { name: 'Request 1' }).waitFor();
    await captureScreens(agent, 'console-order');

    await agent.goto(`${portico.baseUrl}/console/orders`);
    await agent.getByRole('heading', { level: 1, name: 'Orders' }).waitFor();
    await agent.getByLabel('Status').selectOption({ label: 'Paid' });
    await agent.getByRole('link', { name: 'SO-2002' }).waitFor();
    await agent.getByRole('link', { name: 'SO-2001' }).waitFor({ state: 'detached' });
    await captureScreens(agent, 'console-orders');
    await agent.goto(`${portico.baseUrl}/console/accounts/${dana}/orders`);
    await agent.getByRole('heading', { level: 1, name: 'Orders of Dana Diaz' }).waitFor();
    await agent.getByRole('link', { name: 'SO-2001' }).waitFor();

    // An admin imports more orders from a CSV file: a bad row stops the import until "good orders only" is ticked.
    await agent.getByText('Import orders from CSV').click();
    const csv = [
      'external_id,number,placed_at,updated_at,status,currency,sku,name,quantity,unit_price,tax',
      'shop-3001,SO-3001,2026-12-01T10:00:00Z,2026-12-01T10:00:00Z,paid,EUR,MUG-BLUE,Blue mug,1,1250,238',
      'shop-3002,SO-3002,2026-12-01T11:00:00Z,2026-12-01T11:00:00Z,lost,EUR,MUG-BLUE,Blue mug,1,1250,238',
    ].join('\n');
    await agent
      .getByLabel('CSV file')
      .setInputFiles({ name: 'orders.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await agent.getByRole('button', { name: 'Import', exact: true }).click();
    await agent.getByText(/Row 3, status/).waitFor();
    await agent.getByLabel('Import the good orders only (skip orders with a bad row)').check();
    await agent.getByRole('button', { name: 'Import', exact: true }).click();
    await agent.getByRole('status').getByText('1 new, 0 updated, 0 unchanged; 1 order skipped.').waitFor();
    await agent.getByRole('link', { name: 'SO-3001' }).waitFor();
    await captureScreens(agent, 'console-account-orders');
  });
});
