// 3-D Secure (issue 11): an automatic charge the bank wants authenticated asks the client by mail to finish it in
// the portal; the portal's saved-card payment sends the client to the bank's challenge; the invoice is paid only when
// Stripe's webhook says the intent succeeded. Also: one mail per declined automatic charge, following the `billing`
// email preference.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastMailTo, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import {
  TEST_CARD_AUTHENTICATION,
  TEST_CARD_DECLINED,
  TEST_CARD_OK,
  type FakeStripe,
} from '../../support/fake-stripe.ts';
import { expectProblem } from '../platform/problem-assertions.ts';
import {
  invoiceOf,
  postWebhook,
  saveCard as saveCardFor,
  sentInvoice,
  setAutoCharge as setAutoChargeOf,
  startWithStripe,
} from './payments-setup.ts';

describe('billing: 3-D Secure and declined-charge mails', () => {
  let fake: FakeStripe;
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let bianca: HttpClient;
  let stripeSide: HttpClient;
  let acme: string;
  let blueHarbor: string;
  let vat: string;

  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ fake, portal, owner, acme, blueHarbor, vat, stripeSide, alice, bianca, close } = await startWithStripe());
  });
  afterAll(() => close());

  const saveCard = (client: HttpClient, account: string, card: string) => saveCardFor(fake, client, account, card);
  const setAutoCharge = (account: string, on: boolean) => setAutoChargeOf(owner, account, on);
  const attemptsOf = async (invoiceId: string) =>
    (
      await portal.ctx.db.query<{ attempt: number; status: string; failure_code: string | null }>(
        'SELECT attempt, status, failure_code FROM billing_charge_attempts WHERE document_id = $1 ORDER BY attempt',
        [invoiceId],
      )
    ).rows;
  const paymentsOf = async (invoiceId: string) =>
    (await owner.get(`/api/v1/billing-documents/${invoiceId}/payments`)).json().items as unknown[];
  /** The client's browser on the bank's challenge page: Complete or Fail, then back where Stripe sends it. */
  async function authenticate(redirectUrl: string, outcome: 'complete' | 'fail') {
    const page = await fetch(redirectUrl);
    expect(await page.text()).toContain('Complete authentication');
    const answer = await fetch(`${redirectUrl}/${outcome}`, { method: 'POST', redirect: 'manual' });
    expect(answer.status).toBe(303);
    return new URL(answer.headers.get('location')!);
  }

  it('an automatic charge that needs authentication stops retrying and asks the client, by mail, to confirm it', async () => {
    await saveCard(alice, acme, TEST_CARD_AUTHENTICATION);
    await setAutoCharge(acme, true);
    const invoice = await sentInvoice(owner, acme, vat, 1); // 120.00
    await portal.ctx.background.idle();
    await fake.settled(); // Stripe's payment_intent.payment_failed (authentication_required) changes nothing
    await portal.ctx.background.idle();
    expect(await attemptsOf(invoice.id)).toEqual([
      { attempt: 1, status: 'requires_action', failure_code: 'authentication_required' },
    ]);
    const offSession = [...fake.paymentIntents.values()].at(-1)! as { id: string };
    expect(offSession).toMatchObject({ status: 'requires_payment_method', amount: 12000 });
    // No retry is queued: days later there is still one attempt, and the invoice is open.
    portal.clock.advanceMinutes(6 * 24 * 60);
    await portal.ctx.background.idle();
    expect(await attemptsOf(invoice.id)).toHaveLength(1);
    // Six days on, the sessions of the morning have expired: sign in again.
    alice = await portal.signedIn('alice@acme.example');
    bianca = await portal.signedIn('bianca@blueharbor.example');
    owner = await portal.signedIn('owner@northwind.example');
    expect(await invoiceOf(alice, invoice.id)).toMatchObject({ status: 'sent', balance: { amount: 12000 } });

    // Required mail (no preference): a link to finish paying in the portal; no "declined" notice.
    const mail = await lastMailTo(portal, 'alice@acme.example', { containing: 'confirm the automatic payment' });
    expect(mail?.subject).toBe(`Please confirm the payment of invoice ${invoice.number}`);
    expect(mail?.text_body).toContain(`/billing/${invoice.id}?confirm-payment=1`);
    expect(await lastMailTo(portal, 'alice@acme.example', { containing: 'declined the charge' })).toBeNull();

    // The portal offers to confirm it; other accounts and staff cannot.
    expect((await alice.get(`/api/v1/billing-documents/${invoice.id}/card-payment`)).json()).toEqual({
      card: { brand: 'visa', last4: '3184' },
      awaitingAuthentication: true,
      abilities: { pay: true },
    });
    expectProblem(await bianca.get(`/api/v1/billing-documents/${invoice.id}/card-payment`), 404);
    expectProblem(await bianca.post(`/api/v1/billing-documents/${invoice.id}/card-payments`), 404);
    expect((await owner.get(`/api/v1/billing-documents/${invoice.id}/card-payment`)).json().abilities.pay).toBe(false);
    expectProblem(await owner.post(`/api/v1/billing-documents/${invoice.id}/card-payments`), 403);

    // Confirming sends the client to the bank's challenge for the same intent (Stripe's recovery), not a new charge.
    const intentsBefore = fake.paymentIntents.size;
    const started = await alice.post(`/api/v1/billing-documents/${invoice.id}/card-payments`);
    expect(started.statusCode, started.body).toBe(200);
    const payment = started.json();
    expect(payment).toMatchObject({ status: 'requires_action', declineCode: null, accountId: acme });
    expect(payment.redirectUrl).toBe(`${fake.url}/3ds/${offSession.id}`);
    expect(fake.paymentIntents.get(offSession.id)).toMatchObject({ status: 'requires_action' });
    // Asking again (a reload, a second click) answers the same challenge; Stripe is not asked twice.
    const again = await alice.post(`/api/v1/billing-documents/${invoice.id}/card-payments`);
    expect(again.json()).toEqual(payment);
    expect(fake.paymentIntents.size).toBe(intentsBefore);
    // Not paid on the client's word: only Stripe's event pays.
    expect(await invoiceOf(alice, invoice.id)).toMatchObject({ status: 'sent' });

    const back = await authenticate(payment.redirectUrl, 'complete');
    expect(back.pathname).toBe(`/billing/pay/${acme}/${payment.checkoutId}`);
    expect(back.searchParams.get('redirect_status')).toBe('succeeded');
    await portal.ctx.background.idle();
    expect(await invoiceOf(alice, invoice.id)).toMatchObject({ status: 'paid', balance: { amount: 0 } });
    expect(await attemptsOf(invoice.id)).toEqual([{ attempt: 1, status: 'succeeded', failure_code: null }]);
    expect(await paymentsOf(invoice.id)).toEqual([
      expect.objectContaining({ amount: { amount: 12000, currency: 'EUR' }, source: 'stripe' }),
    ]);
    expect((await alice.get(`/api/v1/accounts/${acme}/billing-checkouts/${payment.checkoutId}`)).json()).toMatchObject({
      status: 'completed',
    });
  });

  it('a replayed success event records nothing more; a forged one is refused', async () => {
    const paid = [...fake.paymentIntents.values()].find((intent) => intent.status === 'succeeded')!;
    const replay = await fake.send('payment_intent.succeeded', { ...paid });
    expect(replay.status).toBe(200);
    expect((await postWebhook(stripeSide, replay.body, replay.signature)).statusCode).toBe(200);
    const forged = await postWebhook(stripeSide, replay.body.replace('12000', '99999'), replay.signature);
    expect(forged.statusCode).toBe(400);
    const rows = await portal.ctx.db.query('SELECT id FROM billing_payments WHERE stripe_payment_intent = $1', [
      paid.id,
    ]);
    expect(rows.rows).toHaveLength(1);
  });

  it('paying now with a card that needs 3-D Secure: a failed challenge pays nothing, a second try pays once', async () => {
    await setAutoCharge(acme, false);
    const invoice = await sentInvoice(owner, acme, vat, 2); // 240.00
    expect((await alice.get(`/api/v1/billing-documents/${invoice.id}/card-payment`)).json()).toMatchObject({
      awaitingAuthentication: false,
      abilities: { pay: true },
    });
    // Two clicks at once: one payment in flight, one PaymentIntent.
    const before = fake.paymentIntents.size;
    const [one, two] = await Promise.all([
      alice.post(`/api/v1/billing-documents/${invoice.id}/card-payments`),
      alice.post(`/api/v1/billing-documents/${invoice.id}/card-payments`),
    ]);
    const statuses = [one.statusCode, two.statusCode].sort();
    expect(statuses[0]).toBe(200);
    if (statuses[1] !== 200) expectProblem(statuses[1] === one.statusCode ? one : two, 409, 'payment_in_progress');
    expect(fake.paymentIntents.size).toBe(before + 1);
    const first = (one.statusCode === 200 ? one : two).json();
    expect(first.status).toBe('requires_action');
    const intent = [...fake.paymentIntents.values()].at(-1)!;
    expect(intent).toMatchObject({ amount: 24000, status: 'requires_action' });
    expect(intent.next_action).toMatchObject({ type: 'redirect_to_url' });

    const failed = await authenticate(first.redirectUrl, 'fail');
    expect(failed.searchParams.get('redirect_status')).toBe('failed');
    await portal.ctx.background.idle();
    expect(await invoiceOf(alice, invoice.id)).toMatchObject({ status: 'sent', balance: { amount: 24000 } });
    expect((await alice.get(`/api/v1/accounts/${acme}/billing-checkouts/${first.checkoutId}`)).json().status).toBe(
      'failed',
    );

    const retry = (await alice.post(`/api/v1/billing-documents/${invoice.id}/card-payments`)).json();
    expect(retry).toMatchObject({ status: 'requires_action' });
    expect(retry.checkoutId).not.toBe(first.checkoutId);
    await authenticate(retry.redirectUrl, 'complete');
    await portal.ctx.background.idle();
    expect(await invoiceOf(alice, invoice.id)).toMatchObject({ status: 'paid' });
    expect(await paymentsOf(invoice.id)).toHaveLength(1);
    expectProblem(await alice.post(`/api/v1/billing-documents/${invoice.id}/card-payments`), 403);
  });

  it('a card without 3-D Secure pays at once; a declined card answers why and pays nothing', async () => {
    await saveCard(alice, acme, TEST_CARD_OK);
    const invoice = await sentInvoice(owner, acme, vat, 1);
    const paid = await alice.post(`/api/v1/billing-documents/${invoice.id}/card-payments`);
    expect(paid.json()).toMatchObject({ status: 'succeeded', redirectUrl: null });
    await fake.settled();
    expect(await invoiceOf(alice, invoice.id)).toMatchObject({ status: 'paid' });
    expect(await paymentsOf(invoice.id)).toHaveLength(1);

    await saveCard(alice, acme, TEST_CARD_DECLINED);
    const other = await sentInvoice(owner, acme, vat, 1);
    const declined = await alice.post(`/api/v1/billing-documents/${other.id}/card-payments`);
    expect(declined.json()).toMatchObject({ status: 'failed', declineCode: 'generic_decline' });
    await fake.settled();
    expect(await invoiceOf(alice, other.id)).toMatchObject({ status: 'sent', balance: { amount: 12000 } });
  });

  it('one mail per declined automatic charge follows the billing email preference', async () => {
    await saveCard(bianca, blueHarbor, TEST_CARD_DECLINED);
    await setAutoCharge(blueHarbor, true);
    const off = await bianca.put('/api/v1/me/notification-preferences', { email: { billing: 'off' } });
    expect(off.json().email).toMatchObject({ billing: 'off', messages: 'immediately' });
    const quiet = await sentInvoice(owner, blueHarbor, vat, 1);
    await portal.ctx.background.idle();
    expect(await attemptsOf(quiet.id)).toEqual([{ attempt: 1, status: 'failed', failure_code: 'generic_decline' }]);
    // The invoice itself is required mail; the decline notice is not.
    expect(await lastMailTo(portal, 'bianca@blueharbor.example', { containing: quiet.number })).not.toBeNull();
    expect(await lastMailTo(portal, 'bianca@blueharbor.example', { containing: 'declined the charge' })).toBeNull();

    await bianca.put('/api/v1/me/notification-preferences', { email: { billing: 'immediately' } });
    const told = await sentInvoice(owner, blueHarbor, vat, 1);
    await portal.ctx.background.idle();
    const mail = await lastMailTo(portal, 'bianca@blueharbor.example', { containing: 'declined the charge' });
    expect(mail?.subject).toBe(`Your card was declined for invoice ${told.number}`);
    expect(mail?.text_body).toContain('without giving a reason');
    expect(mail?.text_body).toContain(`/billing/${told.id}`);
    expect(mail?.text_body).toMatch(/We will try again on \d{4}-\d{2}-\d{2}/);
  });

  it('the decline mail comes from the catalogue: the segment’s edited template, in the recipient’s language', async () => {
    const { rows } = await portal.ctx.db.query<{ segment_id: string }>(
      'SELECT segment_id FROM accounts WHERE id = $1',
      [blueHarbor],
    );
    const saved = await owner.put(`/api/v1/segments/${rows[0]!.segment_id}/mail-templates/autoChargeDeclined/de`, {
      subject: 'Abgelehnt {{ number }} ({{ reason }}, {{ retry }})',
      html: '<p>{{ amount }} – {{ cardsUrl }}</p>',
      text: 'Karte abgelehnt: {{ amount }} – {{ cardsUrl }} – {{ action_url }}',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    await portal.ctx.db.query("UPDATE users SET locale = 'de' WHERE email = 'bianca@blueharbor.example'");
    const told = await sentInvoice(owner, blueHarbor, vat, 1);
    await portal.ctx.background.idle();
    const mail = await lastMailTo(portal, 'bianca@blueharbor.example', { containing: 'Karte abgelehnt: ' });
    expect(mail?.subject).toBe(`Abgelehnt ${told.number} (declined, yes)`);
    // The amount in German notation; both links still lead to the portal.
    expect(mail?.text_body).toMatch(/^Karte abgelehnt: \d+,\d{2}\s€ – http\S+\/billing – http\S+\/billing\/[\w-]+/);
    expect(mail?.text_body).toContain(`/billing/${told.id}`);
  });
});
