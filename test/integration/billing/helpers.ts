import { expect } from 'vitest';
import { idOf, startPortal } from '../../support/harness.ts';

/**
 * The demo portal with no billing at all (the demo has its own invoices for Acme, which would shift the numbers)
 * and billing switched on for the Clients segment; signed in as the owner.
 */
export async function startWithoutBilling(env: Record<string, string> = {}) {
  const portal = await startPortal(env);
  await portal.ctx.db.query(
    'TRUNCATE billing_subscription_periods, billing_subscription_lines, billing_subscriptions, billing_catalog_items, billing_refunds, billing_account_credits, billing_checkouts, billing_invoice_reminders, billing_payments, billing_document_lines, billing_documents, billing_number_counters, billing_profiles, billing_tax_rates, billing_payment_terms CASCADE',
  );
  const owner = await portal.signedIn('owner@northwind.example');
  const acme = await idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
  const clients = await idOf(portal.ctx.db, 'segments', 'Clients');
  const segment = await owner.patch(`/api/v1/segments/${clients}`, { modules: ['documents', 'messages', 'billing'] });
  expect(segment.statusCode, segment.body).toBe(200);
  return { portal, owner, acme };
}
