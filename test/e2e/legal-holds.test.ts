// Legal holds and staff-started deletions (GDPR Art. 17) in the console: an owner places a legal hold on a customer
// with a reason, starts the customer's deletion (confirmed), sees the request postponed with the reason on the
// deletion requests list, and lifts the hold. With SCREENSHOT_DIR set, the pages are captured at 1280 and 375 px,
// light and dark.
import { describe, it } from 'vitest';
import { accountIdByName, captureScreens, pageAs, usePortico } from '../support/e2e.ts';

const portico = usePortico();

describe('legal holds', () => {
  it('an owner places a hold on a customer, starts their deletion, sees it postponed with the reason, lifts it', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    const account = await accountIdByName(owner, 'Georg Gruber');
    await owner.goto(`${portico.baseUrl}/console/accounts/${account}`);
    const panel = owner.getByRole('region', { name: 'Legal holds and deletion' });
    await panel.getByText('This account is not under a legal hold.').waitFor();
    await captureScreens(owner, 'console-data-rights');

    await panel.getByRole('button', { name: 'Place hold on Georg Gruber' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Place a legal hold on Georg Gruber' });
    // An empty reason is refused with the field named.
    await dialog.getByRole('button', { name: 'Place hold' }).click();
    await dialog.getByLabel('Reason').and(owner.locator('[aria-invalid="true"]')).waitFor();
    await captureScreens(owner, 'console-data-rights-hold-dialog');
    await dialog.getByLabel('Reason').fill('Disputed claim HOM-2026-88');
    await dialog.getByRole('button', { name: 'Place hold' }).click();
    const row = panel.getByRole('row').filter({ hasText: 'georg.gruber@customers.example' });
    await row.getByText(/Disputed claim HOM-2026-88/).waitFor();

    await row.getByRole('button', { name: 'Start deletion of Georg Gruber' }).click();
    await owner.getByRole('alertdialog').getByRole('button', { name: 'Start deletion' }).click();
    await row.getByText(/Erased on/).waitFor();
    await captureScreens(owner, 'console-data-rights-held');

    await owner.goto(`${portico.baseUrl}/console/deletion-requests`);
    const request = owner.getByRole('row').filter({ hasText: 'georg.gruber@customers.example' });
    await request.getByText('Postponed by a legal hold on this person: Disputed claim HOM-2026-88').waitFor();
    await request.getByText('started by staff').waitFor();
    await captureScreens(owner, 'console-deletion-requests-held');

    await owner.goto(`${portico.baseUrl}/console/accounts/${account}`);
    await row.getByRole('button', { name: 'Lift hold on Georg Gruber' }).click();
    await owner.getByRole('alertdialog').getByRole('button', { name: 'Lift hold' }).click();
    await row.getByRole('button', { name: 'Place hold on Georg Gruber' }).waitFor();
    await owner.goto(`${portico.baseUrl}/console/deletion-requests`);
    await request.getByText('Scheduled').waitFor();
    await request.getByText(/Postponed by a legal hold/).waitFor({ state: 'detached' });
  });

  it('an account hold shows for every person of the account and is lifted from the account', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    const account = await accountIdByName(owner, 'Hana Haddad');
    await owner.goto(`${portico.baseUrl}/console/accounts/${account}`);
    const panel = owner.getByRole('region', { name: 'Legal holds and deletion' });
    await panel.getByRole('button', { name: 'Place a legal hold on the account' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Place a legal hold on this account' });
    await dialog.getByLabel('Reason').fill('Regulator inquiry 7');
    await dialog.getByRole('button', { name: 'Place hold' }).click();
    await panel.getByText(/Regulator inquiry 7/).waitFor();
    await panel.getByRole('button', { name: 'Lift the account’s legal hold' }).click();
    await owner.getByRole('alertdialog').getByRole('button', { name: 'Lift hold' }).click();
    await panel.getByText('This account is not under a legal hold.').waitFor();
  });
});
