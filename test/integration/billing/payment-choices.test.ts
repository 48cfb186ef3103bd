import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { TEST_CARD_OK, type FakeStripe } from '../../support/fake-stripe.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import { saveCard as saveCardFor, sentInvoice, setAutoCharge, startWithStripe } from './payments-setup.ts';

/** The client's choice of the card charged automatically, and automatic charge switched on an existing subscription. */
describe('billing: default card and a subscription’s automatic charge', () => {
  let fake: FakeStripe;
  let portal: TestPortal;
  let owner: HttpClient;
  let agent: HttpClient;
  let alice: HttpClient;
  let bianca: HttpClient;
  let acme: string;
  let vat: string;

  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ fake, portal, owner, acme, vat, alice, bianca, agent, close } = await startWithStripe());
  });
  afterAll(() => close());

  const methodsPath = () => `/api/v1/accounts/${acme}/billing-payment-methods`;
  const cards = async (client: HttpClient) =>
    (await client.get(methodsPath())).json().items as {
      id: string;
      usedForAutoCharge: boolean;
      abilities: { makeDefault: boolean };
    }[];
  const saveCard = () => saveCardFor(fake, alice, acme, TEST_CARD_OK);

  it('the client chooses which saved card is charged automatically; others may not', async () => {
    await saveCard();
    portal.clock.advanceMinutes(1);
    await saveCard();
    const [newest, older] = await cards(alice);
    expect(newest).toMatchObject({ usedForAutoCharge: true, abilities: { makeDefault: false } });
    expect(older).toMatchObject({ usedForAutoCharge: false, abilities: { makeDefault: true } });

    expectProblem(await agent.post(`${methodsPath()}/${older!.id}/default`), 403);
    expectProblem(await bianca.post(`${methodsPath()}/${older!.id}/default`), 404);
    expectProblem(await alice.post(`${methodsPath()}/${crypto.randomUUID()}/default`), 404);
    const chosen = await alice.post(`${methodsPath()}/${older!.id}/default`);
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json().items[0]).toMatchObject({ id: older!.id, usedForAutoCharge: true });

    // The automatic charge uses the chosen card.
    await setAutoCharge(owner, acme, true);
    await sentInvoice(owner, acme, vat, 1);
    await portal.ctx.background.idle();
    const stripeId = await portal.ctx.db.query<{ stripe_payment_method_id: string }>(
      'SELECT stripe_payment_method_id FROM billing_payment_methods WHERE id = $1',
      [older!.id],
    );
    expect([...fake.paymentIntents.values()].at(-1)?.payment_method).toBe(stripeId.rows[0]!.stripe_payment_method_id);
  });

  it('staff admins switch automatic charge on an existing subscription; bad input and other callers are refused', async () => {
    const made = await owner.post(`/api/v1/accounts/${acme}/billing-subscriptions`, {
      name: 'Plan',
      interval: { unit: 'month' },
      startDate: portal.ctx.clock.now().toISOString().slice(0, 10),
      lines: [{ description: 'Line', quantity: 1, unitPrice: 100 }],
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json().autoCharge).toBe(false);
    const path = `/api/v1/accounts/${acme}/billing-subscriptions/${made.json().id}`;
    expectProblem(await alice.patch(path, { autoCharge: true }), 403);
    expectProblem(await agent.patch(path, { autoCharge: true }), 403);
    expectProblem(await bianca.patch(path, { autoCharge: true }), 404);
    expectProblem(await owner.patch(path, { autoCharge: 'yes' }), 400);
    expectProblem(await owner.patch(path, { autoCharge: true, status: 'paused' }), 400);
    const on = await owner.patch(path, { autoCharge: true });
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json().autoCharge).toBe(true);
    const audit = await portal.ctx.db.query(
      "SELECT 1 FROM audit_events WHERE action = 'billing.auto_charge_set' AND target_id = $1",
      [made.json().id],
    );
    expect(audit.rowCount).toBe(1);
    expect((await owner.post(`${path}/cancel`)).statusCode).toBe(200);
    expectProblem(await owner.patch(path, { autoCharge: false }), 409, 'subscription_state');
  });
});
