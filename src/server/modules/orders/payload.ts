import { createHash } from 'node:crypto';
import type { UpsertOrder } from '../../../contract/index.ts';
import { invalid } from '../../platform/http/errors.ts';
import type { OrderFields, StoredShipment } from './repository.ts';

const utc = (time: string) => new Date(time).toISOString();

/**
 * The tracking address customers follow: the portal's template for the carrier when it has one (the number
 * URL-encoded into it), else the source's own address when https (the contract refuses any other), else none.
 * Never an address taken from input when the portal knows the carrier: a store cannot point customers elsewhere.
 */
export function trackingUrlOf(templates: Record<string, string>, carrier: string, number: string, given?: string) {
  const template = templates[carrier.trim().toLowerCase()];
  if (template) return template.replaceAll('{trackingNumber}', encodeURIComponent(number));
  return given && new URL(given).protocol === 'https:' ? given : null;
}

/**
 * A validated upsert body -> the stored fields: totals summed here (never taken from input), times in UTC, the
 * search text, and the SHA-256 of the canonical payload that tells a replay from a change. Rules the schema cannot
 * say (a delivery before its shipping, totals beyond the cap) are 400s with field paths.
 */
export function orderFieldsOf(input: UpsertOrder, templates: Record<string, string>): OrderFields {
  const errors: { path: string; code: string; message: string }[] = [];
  const lines = input.lines.map((line) => ({ ...line, tax: line.tax ?? 0 }));
  const subtotal = lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
  const tax = lines.reduce((sum, line) => sum + line.tax, 0);
  if (!Number.isSafeInteger(subtotal + tax) || subtotal + tax > 1_000_000_000_000)
    errors.push({ path: 'lines', code: 'too_large', message: 'The order total is too large.' });
  const shipments: StoredShipment[] = input.shipments.map((shipment, index) => {
    if (shipment.shippedAt && shipment.deliveredAt && Date.parse(shipment.deliveredAt) < Date.parse(shipment.shippedAt))
      errors.push({
        path: `shipments.${index}.deliveredAt`,
        code: 'before_shipped',
        message: 'A shipment cannot be delivered before it was shipped.',
      });
    return {
      carrier: shipment.carrier,
      trackingNumber: shipment.trackingNumber,
      trackingUrl: trackingUrlOf(templates, shipment.carrier, shipment.trackingNumber, shipment.trackingUrl),
      shippedAt: shipment.shippedAt ? utc(shipment.shippedAt) : null,
      deliveredAt: shipment.deliveredAt ? utc(shipment.deliveredAt) : null,
    };
  });
  if (errors.length) throw invalid(errors);
  const canonical = {
    ...input,
    placedAt: utc(input.placedAt),
    updatedAt: utc(input.updatedAt),
    lines,
    shipments: input.shipments.map((s) => ({
      ...s,
      shippedAt: s.shippedAt && utc(s.shippedAt),
      deliveredAt: s.deliveredAt && utc(s.deliveredAt),
    })),
  };
  return {
    number: input.number,
    placedAt: utc(input.placedAt),
    status: input.status,
    currency: input.currency,
    subtotal,
    tax,
    total: subtotal + tax,
    lines,
    shippingAddress: input.shippingAddress ?? null,
    billingAddress: input.billingAddress ?? null,
    shipments,
    sourceUpdatedAt: utc(input.updatedAt),
    payloadSha256: createHash('sha256').update(JSON.stringify(canonical)).digest('hex'),
    searchText: [input.number, ...lines.flatMap((line) => [line.sku, line.name])].join('\n').toLowerCase(),
  };
}
