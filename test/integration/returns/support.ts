import type { TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { upsertOrder } from '../orders/support.ts';

export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** Switches orders and returns on for a demo segment (sign in after: sessions cache memberships). */
export async function enableReturns(portal: TestPortal, segment: string) {
  await portal.ctx.db.query("UPDATE segments SET modules = modules || '{orders,returns}'::text[] WHERE name = $1", [
    segment,
  ]);
}

/** An order delivered `daysAgo` days before the portal's clock (three mugs, one tea, one gift card). */
export async function deliveredOrder(
  portal: TestPortal,
  owner: HttpClient,
  accountId: string,
  externalId: string,
  daysAgo = 2,
) {
  const delivered = new Date(portal.clock.now().getTime() - daysAgo * 86_400_000).toISOString();
  return upsertOrder(owner, accountId, externalId, {
    number: `SO-${externalId}`,
    status: 'delivered',
    updatedAt: delivered,
    placedAt: new Date(Date.parse(delivered) - 3 * 86_400_000).toISOString(),
    lines: [
      { sku: 'MUG-BLUE', name: 'Blue mug', quantity: 3, unitPrice: 1250, tax: 711 },
      { sku: 'TEA-EARL', name: 'Earl Grey tea', quantity: 1, unitPrice: 899, tax: 171 },
      { sku: 'GIFT-25', name: 'Gift card', quantity: 1, unitPrice: 2500, tax: 0 },
    ],
    shipments: [{ carrier: 'dhl', trackingNumber: `T${externalId}`, shippedAt: delivered, deliveredAt: delivered }],
  });
}

export async function uploadPhoto(client: HttpClient, accountId: string) {
  const response = await client.post(`/api/v1/accounts/${accountId}/return-photos`, PNG, {
    'content-type': 'image/png',
  });
  if (response.statusCode !== 201) throw new Error(response.body);
  return (response.json() as { id: string }).id;
}

/** Return mails queued to one address. */
export async function returnMails(portal: TestPortal, to: string) {
  const { rows } = await portal.ctx.db.query<{ subject: string }>(
    "SELECT payload->>'subject' AS subject FROM jobs WHERE kind = 'mail.send' AND payload->>'to' = $1 AND payload->>'subject' LIKE 'Return %' ORDER BY id",
    [to],
  );
  return rows.map((row) => row.subject);
}
