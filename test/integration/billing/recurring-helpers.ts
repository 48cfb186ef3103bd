import { expect } from 'vitest';
import type { TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { startWithoutBilling } from './helpers.ts';

/**
 * The portal of the billing tests with the recurring sweep's timer off (tests run the sweep themselves), Acme's
 * billing profile in EUR, a 20 % tax rate and a monthly catalogue item.
 */
export async function startRecurring() {
  const started = await startWithoutBilling({ BILLING_RECURRING_INTERVAL_SECONDS: '0' });
  const { owner, acme } = started;
  const profile = await owner.put(`/api/v1/accounts/${acme}/billing-profile`, {
    legalName: 'Acme Manufacturing GmbH',
    currency: 'EUR',
    contacts: ['accounts@acme.example'],
  });
  expect(profile.statusCode, profile.body).toBe(200);
  const rate = await owner.post('/api/v1/billing/tax-rates', { name: 'VAT 20', rate: 20 });
  expect(rate.statusCode, rate.body).toBe(201);
  const item = await owner.post('/api/v1/billing/catalog', {
    name: 'Monthly bookkeeping',
    prices: [
      { currency: 'EUR', amount: 50000 },
      { currency: 'USD', amount: 55000 },
    ],
    taxRateId: rate.json().id,
    kind: 'recurring',
    interval: { unit: 'month', every: 1 },
  });
  expect(item.statusCode, item.body).toBe(201);
  return { ...started, taxRateId: rate.json().id as string, itemId: item.json().id as string };
}

export const today = (portal: TestPortal) => portal.clock.now().toISOString().slice(0, 10);

export async function createSubscription(
  owner: HttpClient,
  accountId: string,
  body: Record<string, unknown>,
): Promise<{ id: string; nextBillingDate: string; amount: { amount: number } }> {
  const created = await owner.post(`/api/v1/accounts/${accountId}/billing-subscriptions`, body);
  expect(created.statusCode, created.body).toBe(201);
  return created.json();
}

export async function periodsOf(portal: TestPortal, subscriptionId: string) {
  const { rows } = await portal.ctx.db.query<{ period_start: string; document_id: string | null; status: string }>(
    `SELECT to_char(p.period_start, 'YYYY-MM-DD') AS period_start, p.document_id, COALESCE(d.status, 'skipped') AS status
     FROM billing_subscription_periods p LEFT JOIN billing_documents d ON d.id = p.document_id
     WHERE p.subscription_id = $1 ORDER BY p.period_start`,
    [subscriptionId],
  );
  return rows;
}
