// Expiring cards: Acme is charged automatically and Alice saves a card that expires next month. The portal's billing
// page warns her, the console's billing profile shows staff when the card expires, and the daily notice reaches her
// by mail; she follows its link, replaces the card on the fake Stripe's page and removes the old one. axe checks every
// page (see test/support/e2e.ts); with SCREENSHOT_DIR set the screens are captured at 1280 and 375 px, light and dark.
import { describe, it } from 'vitest';
import { accountIdByName, captureScreens as capture, emailedLink, pageAs } from '../support/e2e.ts';
import { usePorticoWithStripe } from './billing-stripe-support.ts';

// The notice sweep every second, so its mail is in the outbox while the test runs.
const { portico } = await usePorticoWithStripe({ BILLING_CARD_EXPIRY_INTERVAL_SECONDS: '1' });

describe('billing: expiring cards', () => {
  it('the client is warned and mailed about the expiring card and replaces it; staff see its expiry', async () => {
    const now = new Date();
    const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
    const expiry = `${String(next.getUTCMonth() + 1).padStart(2, '0')}/${next.getUTCFullYear()}`;

    // Staff switch Acme to automatic charge: the card it has saved is the one that matters.
    const owner = await pageAs(portico, 'owner@northwind.example');
    const acme = await accountIdByName(owner, 'Acme Manufacturing');
    await owner.goto(`${portico.baseUrl}/console/billing/profiles/${acme}`);
    await owner.getByRole('heading', { name: 'Saved cards' }).waitFor();
    await owner.getByText('The client has not saved a card.').waitFor();
    await owner.getByLabel("Charge invoices to the account's saved card when they are sent").check();
    await owner.getByRole('button', { name: 'Save profile' }).click();
    await owner.getByText('Saved.').waitFor();

    // Alice saves a card that expires at the end of next month.
    const alice = await pageAs(portico, 'alice@acme.example');
    await alice.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).click();
    await alice.getByRole('button', { name: 'Save a card' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Fake Stripe Checkout' }).waitFor();
    await alice.getByLabel('Expiry (MM/YYYY)').fill(expiry);
    await alice.getByRole('button', { name: 'Save card' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Billing' }).waitFor();
    const old = `VISA •••• 4242, expires ${expiry}`;
    await alice.getByText(old).waitFor();
    await alice.getByText('Expires soon').waitFor();
    await alice.getByText(`This card expires at the end of ${expiry}.`, { exact: false }).waitFor();
    await capture(alice, 'portal-billing-card-expiring');

    // Staff see it on the account's billing profile.
    await owner.reload();
    await owner.getByText(`VISA •••• 4242: card expires ${expiry}`).waitFor();
    await owner.getByText('Expires soon').waitFor();
    await capture(owner, 'console-billing-profile-card-expiring');

    // The notice went out; its button leads Alice to her saved cards.
    const link = await emailedLink(owner, portico.baseUrl, 'alice@acme.example', 'expires at the end of');
    if (!link.endsWith('/billing#cards')) throw new Error(`the notice links to ${link}`);
    await alice.goto(link);
    await alice.getByRole('heading', { name: 'Saved card' }).waitFor();

    // She replaces it: the new card (12/2034) is charged from now on, and she removes the old one.
    await alice.getByRole('button', { name: `Replace this card (${old})` }).click();
    await alice.getByRole('heading', { level: 1, name: 'Fake Stripe Checkout' }).waitFor();
    await alice.getByRole('button', { name: 'Save card' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Billing' }).waitFor();
    const fresh = alice.getByRole('listitem').filter({ hasText: 'VISA •••• 4242, expires 12/2034' });
    await fresh.getByText('Charged automatically').waitFor();
    await alice
      .getByText(`This card expires at the end of ${expiry}.`, { exact: false })
      .waitFor({ state: 'detached' });
    await alice.getByRole('button', { name: `Remove ${old}` }).click();
    await alice.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
    await alice.getByText(old).waitFor({ state: 'detached' });
    await alice.getByText('Expires soon').waitFor({ state: 'detached' });
    await capture(alice, 'portal-billing-card-replaced');
  });
});
