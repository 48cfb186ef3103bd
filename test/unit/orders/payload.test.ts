import { describe, expect, it } from 'vitest';
import { UpsertOrder } from '../../../src/contract/index.ts';
import { orderFieldsOf, trackingUrlOf } from '../../../src/server/modules/orders/payload.ts';

const TEMPLATES = { ups: 'https://www.ups.com/track?tracknum={trackingNumber}' };
const order = (overrides: Record<string, unknown> = {}) =>
  UpsertOrder.parse({
    number: 'SO-1',
    placedAt: '2026-11-20T10:00:00Z',
    updatedAt: '2026-11-20T10:00:00Z',
    status: 'paid',
    currency: 'EUR',
    lines: [{ sku: 'A', name: 'A', quantity: 3, unitPrice: 999, tax: 570 }],
    ...overrides,
  });

describe('orders: payload', () => {
  it('tracking: the template wins, an https address only for unknown carriers, the number is URL-encoded', () => {
    expect(trackingUrlOf(TEMPLATES, ' UPS ', '1Z 9/9', 'https://elsewhere.example/')).toBe(
      'https://www.ups.com/track?tracknum=1Z%209%2F9',
    );
    expect(trackingUrlOf(TEMPLATES, 'Courier', 'C1', 'https://courier.example/C1')).toBe('https://courier.example/C1');
    expect(trackingUrlOf(TEMPLATES, 'Courier', 'C1', 'http://courier.example/C1')).toBeNull();
    expect(trackingUrlOf(TEMPLATES, 'Courier', 'C1')).toBeNull();
  });

  it('totals are summed from the lines; the same instant in another offset is the same payload', () => {
    const fields = orderFieldsOf(order(), TEMPLATES);
    expect([fields.subtotal, fields.tax, fields.total]).toEqual([2997, 570, 3567]);
    const shifted = orderFieldsOf(order({ placedAt: '2026-11-20T11:00:00+01:00' }), TEMPLATES);
    expect(shifted.payloadSha256).toBe(fields.payloadSha256);
    expect(orderFieldsOf(order({ status: 'shipped' }), TEMPLATES).payloadSha256).not.toBe(fields.payloadSha256);
  });

  it('refuses javascript: and http tracking addresses at the contract', () => {
    const shipment = (trackingUrl: string) =>
      UpsertOrder.safeParse({ ...order(), shipments: [{ carrier: 'X', trackingNumber: 'T', trackingUrl }] }).success;
    expect(shipment('javascript:alert(1)')).toBe(false);
    expect(shipment('http://x.example/')).toBe(false);
    expect(shipment('https://x.example/')).toBe(true);
  });
});
