// The fake-Stripe setup shared by the billing end-to-end tests (online payment, saved cards, 3-D Secure, credit,
// expiring cards): one local fake Stripe per file, the server pointed at it, its signed webhooks posted to the server.
import type { Page } from 'playwright-core';
import { afterAll } from 'vitest';
import { deliverTo, FakeStripe, FAKE_STRIPE_SECRET_KEY, FAKE_STRIPE_WEBHOOK_SECRET } from '../support/fake-stripe.ts';
import { usePortico } from '../support/e2e.ts';

/**
 * One server (like usePortico, with `env` on top) whose Stripe is a local fake, started for the file and closed
 * after it. Webhooks go to the server's `/api/v1/billing/stripe-webhook`, whose address exists once the server
 * has started (so it is looked up at each delivery).
 */
export async function usePorticoWithStripe(env: Record<string, string> = {}) {
  const fake = await new FakeStripe(async () => 0).start();
  const portico = usePortico({
    ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
    STRIPE_SECRET_KEY: FAKE_STRIPE_SECRET_KEY,
    STRIPE_WEBHOOK_SECRET: FAKE_STRIPE_WEBHOOK_SECRET,
    STRIPE_API_BASE: fake.url,
    ...env,
  });
  fake.setDeliver((body, signature) => deliverTo(`${portico.baseUrl}/api/v1/billing/stripe-webhook`)(body, signature));
  afterAll(() => fake.close());
  return { fake, portico };
}

/** Work that runs in the server's job queue (a charge, a webhook): reload until the page shows what the user waits for. */
export async function reloadUntil(page: Page, visible: () => Promise<boolean>) {
  for (let tries = 0; tries < 40; tries += 1) {
    if (await visible()) return;
    await page.reload();
    await page.waitForLoadState('networkidle');
  }
  throw new Error('the page never showed it');
}
