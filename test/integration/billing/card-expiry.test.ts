// Notices of expiring cards (issue 11): the card automatic payments use, expiring at the end of this month or next,
// brings its account's billing people one mail per card and expiry (two sweeps at once send it once), following the
// `billing` email preference; none for a card not expiring yet, nor for one replaced by a new default card, nor on
// an account nothing charges automatically. The saved-card list says which cards expire (the portal's warning) and
// offers the client to replace the one charged. The sweep runs against the app's clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendCardExpiryNotices } from '../../../src/server/modules/billing/index.ts';
import { idOf, lastMailTo, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { TEST_CARD_OK, type FakeStripe } from '../../support/fake-stripe.ts';
import { saveCard, setAutoCharge, startWithStripe } from './payments-setup.ts';

const SUBJECT = 'expires at the end of';

describe('billing: notices of expiring cards', () => {
  let fake: FakeStripe;
  let portal: TestPortal;
  let owner: HttpClient;
  let alice: HttpClient;
  let bianca: HttpClient;
  let acme: string;
  let blueHarbor: string;
  let cedar: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ fake, portal, owner, acme, blueHarbor, alice, bianca, close } = await startWithStripe());
    cedar = await idOf(portal.ctx.db, 'accounts', 'Cedar & Pine Legal');
    const profile = await owner.put(`/api/v1/accounts/${cedar}/billing-profile`, {
      legalName: 'Cedar & Pine Legal LLP',
      currency: 'EUR',
      contacts: [],
    });
    expect(profile.statusCode, profile.body).toBe(200);
  });
  afterAll(() => close());

  /** The month `offset` months from the app's clock (UTC), as a card's expiry. */
  const monthFromNow = (offset: number) => {
    const now = portal.clock.now();
    const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
    return { month: first.getUTCMonth() + 1, year: first.getUTCFullYear() };
  };
  const label = ({ month, year }: { month: number; year: number }) => `${String(month).padStart(2, '0')}/${year}`;
  /** The expiry notices mailed so far, per recipient (after the mail queue drained). */
  async function notices() {
    await portal.ctx.background.idle();
    const { rows } = await portal.ctx.db.query<{ to_address: string; subject: string }>(
      `SELECT to_address, subject FROM mail_messages WHERE subject LIKE $1 OR subject LIKE $2
       ORDER BY to_address, subject`,
      [`%${SUBJECT}%`, '%läuft Ende%'],
    );
    return rows;
  }
  const cardsOf = async (client: HttpClient, account: string) =>
    (await client.get(`/api/v1/accounts/${account}/billing-payment-methods`)).json().items as {
      id: string;
      last4: string;
      usedForAutoCharge: boolean;
      expiry: string;
      abilities: { replace: boolean; makeDefault: boolean };
    }[];
  /** Two sweeps at once, as two processes would run them: each card is claimed by one. */
  async function sweepTwiceAtOnce() {
    const [a, b] = await Promise.all([sendCardExpiryNotices(portal.ctx), sendCardExpiryNotices(portal.ctx)]);
    return a + b;
  }

  it('the card charged automatically, expiring this month, is mailed once to the billing people who want it', async () => {
    const off = await alice.put('/api/v1/me/notification-preferences', { email: { billing: 'off' } });
    expect(off.statusCode, off.body).toBe(200);
    const expiry = monthFromNow(0);
    await saveCard(fake, alice, acme, TEST_CARD_OK, expiry);

    // Nothing charges the card yet: no notice, and nothing claimed for later.
    expect(await sweepTwiceAtOnce()).toBe(0);
    expect(await notices()).toEqual([]);

    // Staff switch automatic charge on; the billing contacts are Alice (who opted out of billing notices above) and
    // an address without a sign-in (which always gets billing mail).
    const profile = (await owner.get(`/api/v1/accounts/${acme}/billing-profile`)).json();
    const saved = await owner.put(
      `/api/v1/accounts/${acme}/billing-profile`,
      {
        legalName: profile.legalName,
        currency: 'EUR',
        contacts: ['alice@acme.example', 'accounts@acme.example'],
        autoCharge: true,
      },
      { 'if-match': String(profile.version) },
    );
    expect(saved.statusCode, saved.body).toBe(200);
    expect(await sweepTwiceAtOnce()).toBe(1);
    expect(await notices()).toEqual([
      {
        to_address: 'accounts@acme.example',
        subject: `Your card ending in 4242 expires at the end of ${label(expiry)}`,
      },
    ]);
    const mail = await lastMailTo(portal, 'accounts@acme.example', { containing: 'VISA card ending in 4242' });
    expect(mail?.text_body).toContain(`expires at the end of ${label(expiry)}`);
    expect(mail?.text_body).toContain('http://portico.test/billing#cards');

    // A rerun, later that day or the next, sends nothing more for this card and expiry.
    expect(await sendCardExpiryNotices(portal.ctx)).toBe(0);
    portal.clock.advanceMinutes(60);
    expect(await sweepTwiceAtOnce()).toBe(0);
    expect(await notices()).toHaveLength(1);
    const { rows } = await portal.ctx.db.query(
      'SELECT recipients FROM billing_card_expiry_notices WHERE account_id = $1',
      [acme],
    );
    expect(rows).toEqual([{ recipients: 1 }]);

    // The list marks the card; the client may replace it, staff read it only.
    const [card] = await cardsOf(alice, acme);
    expect(card).toMatchObject({ usedForAutoCharge: true, expiry: 'expiring', abilities: { replace: true } });
    const [seen] = await cardsOf(owner, acme);
    expect(seen).toMatchObject({ expiry: 'expiring', abilities: { replace: false } });
  });

  it('a card replaced by a new default card is not mailed about; choosing it again is, once', async () => {
    // Blue Harbor is charged automatically through a subscription, not its profile.
    const start = new Date(portal.clock.now().getTime() + 40 * 86_400_000).toISOString().slice(0, 10);
    const made = await owner.post(`/api/v1/accounts/${blueHarbor}/billing-subscriptions`, {
      name: 'Monthly plan',
      interval: { unit: 'month' },
      startDate: start,
      autoCharge: true,
      lines: [{ description: 'Bookkeeping', quantity: 1, unitPrice: 10000 }],
    });
    expect(made.statusCode, made.body).toBe(201);
    await saveCard(fake, bianca, blueHarbor, '4000056655665556', monthFromNow(1));
    portal.clock.advanceMinutes(1);
    await saveCard(fake, bianca, blueHarbor, TEST_CARD_OK); // 12/2034: the new card charged
    expect(await sweepTwiceAtOnce()).toBe(0);
    expect((await notices()).filter((row) => row.to_address === 'bianca@blueharbor.example')).toEqual([]);

    const [current, replaced] = await cardsOf(bianca, blueHarbor);
    expect(current).toMatchObject({ last4: '4242', expiry: 'valid', abilities: { replace: false } });
    // Still saved and marked, but no longer charged: nothing to replace.
    expect(replaced).toMatchObject({ last4: '5556', expiry: 'expiring', usedForAutoCharge: false });
    expect(replaced!.abilities.replace).toBe(false);

    // Bianca chooses the expiring card again: it is the card charged, so she is told, once.
    const chosen = await bianca.post(`/api/v1/accounts/${blueHarbor}/billing-payment-methods/${replaced!.id}/default`);
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(await sweepTwiceAtOnce()).toBe(1);
    const told = (await notices()).filter((row) => row.to_address === 'bianca@blueharbor.example');
    expect(told).toEqual([
      {
        to_address: 'bianca@blueharbor.example',
        subject: `Your card ending in 5556 expires at the end of ${label(monthFromNow(1))}`,
      },
    ]);
    // Replaced again: nothing more, now or later this month.
    const back = await bianca.post(`/api/v1/accounts/${blueHarbor}/billing-payment-methods/${current!.id}/default`);
    expect(back.statusCode, back.body).toBe(200);
    expect(await sweepTwiceAtOnce()).toBe(0);
  });

  it('the notice is in the editable catalogue: its values are offered to the segment’s template', async () => {
    const clients = await idOf(portal.ctx.db, 'segments', 'Clients');
    const entry = await owner.get(`/api/v1/segments/${clients}/mail-templates/cardExpiring/fr`);
    expect(entry.statusCode, entry.body).toBe(200);
    expect(entry.json().variables).toMatchObject({ brand: 'VISA', last4: '4242', expiry: '12/2026' });
    expect(entry.json().subject).toContain('{{ last4 }}');
  });

  it('a card not expiring yet is not mailed about until its last month or the one before comes', async () => {
    await setAutoCharge(owner, cedar, true);
    await portal.ctx.db.query("UPDATE users SET locale = 'de' WHERE email = 'carla@cedarpine.example'");
    const carla = await portal.signedIn('carla@cedarpine.example');
    const expiry = monthFromNow(2);
    await saveCard(fake, carla, cedar, TEST_CARD_OK, expiry);
    expect(await sweepTwiceAtOnce()).toBe(0);
    expect((await notices()).filter((row) => row.to_address === 'carla@cedarpine.example')).toEqual([]);
    expect((await cardsOf(carla, cedar))[0]).toMatchObject({ expiry: 'valid', abilities: { replace: false } });

    // The first day of next month: the card's last month is next month now. Carla reads it in German.
    const now = portal.clock.now();
    const firstOfNext = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1, 6);
    portal.clock.advanceMinutes(Math.ceil((firstOfNext - now.getTime()) / 60_000));
    expect(await sweepTwiceAtOnce()).toBe(1);
    expect((await notices()).filter((row) => row.to_address === 'carla@cedarpine.example')).toEqual([
      {
        to_address: 'carla@cedarpine.example',
        subject: `Ihre Karte mit der Endung 4242 läuft Ende ${label(expiry)} ab`,
      },
    ]);
    // Sessions age with the clock: sign in again at the new time.
    const again = await portal.signedIn('carla@cedarpine.example');
    expect((await cardsOf(again, cedar))[0]).toMatchObject({ expiry: 'expiring', abilities: { replace: true } });
  });
});
