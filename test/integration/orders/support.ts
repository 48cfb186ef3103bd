import type { TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';

/** A whole order as a store sends it; `overrides` replace top-level fields. */
export function orderPayload(overrides: Record<string, unknown> = {}) {
  return {
    number: 'SO-1001',
    placedAt: '2026-11-20T10:00:00Z',
    updatedAt: '2026-11-20T10:00:00Z',
    status: 'paid',
    currency: 'EUR',
    lines: [
      { sku: 'MUG-BLUE', name: 'Blue mug', quantity: 2, unitPrice: 1250, tax: 475 },
      { sku: 'TEA-EARL', name: 'Earl Grey tea', quantity: 1, unitPrice: 899, tax: 171 },
    ],
    shippingAddress: { name: 'Dana Diaz', line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
    billingAddress: null,
    shipments: [],
    ...overrides,
  };
}

export const upsertUrl = (accountId: string, externalId: string) =>
  `/api/v1/accounts/${accountId}/orders/by-external-id/${externalId}`;

export async function upsertOrder(client: HttpClient, accountId: string, externalId: string, overrides = {}) {
  const response = await client.put(upsertUrl(accountId, externalId), orderPayload(overrides));
  if (response.statusCode !== 200 && response.statusCode !== 201) throw new Error(response.body);
  return response.json() as { id: string; status: string; history: { status: string }[]; ticketIds: string[] };
}

/** Switches the orders module on for a demo segment (sign in after: sessions cache memberships). */
export async function enableOrders(portal: TestPortal, segment: string) {
  await portal.ctx.db.query("UPDATE segments SET modules = modules || '{orders}'::text[] WHERE name = $1", [segment]);
}

/** Order status mails queued to one address. */
export async function orderMails(portal: TestPortal, to: string) {
  const { rows } = await portal.ctx.db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM jobs WHERE kind = 'mail.send' AND payload->>'to' = $1 AND payload->>'subject' LIKE 'Order %'",
    [to],
  );
  return rows[0]!.n;
}
