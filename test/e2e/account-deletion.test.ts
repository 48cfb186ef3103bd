// Account deletion (GDPR Art. 17): a customer asks to delete their account from the profile (confirmed, and proved
// by a recent sign-in), staff see the pending request in the console, and the customer cancels it during the grace
// period. With SCREENSHOT_DIR set, the pages are captured at 1280 and 375 px, light and dark.
import { describe, it } from 'vitest';
import { captureScreens, pageAs, usePortico } from '../support/e2e.ts';

const portico = usePortico();

describe('account deletion', () => {
  it('the customer requests the deletion, staff see it pending, the customer keeps the account', async () => {
    const customer = await pageAs(portico, 'eli.evans@customers.example');
    await customer.goto(`${portico.baseUrl}/profile`);
    const section = customer.getByRole('region', { name: 'Delete your account' });
    await section.getByText(/The deletion waits 14 days/).waitFor();
    await captureScreens(customer, 'profile-deletion');

    await section.getByRole('button', { name: 'Delete my account' }).click();
    await customer.getByRole('alertdialog').getByRole('button', { name: 'Delete my account' }).click();
    await section.getByText(/Your account will be deleted on .*Until then you can cancel\./).waitFor();
    await captureScreens(customer, 'profile-deletion-scheduled');

    const owner = await pageAs(portico, 'owner@northwind.example');
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Deletion requests' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Deletion requests' }).waitFor();
    await owner.getByRole('row').filter({ hasText: 'eli.evans@customers.example' }).getByText('Scheduled').waitFor();
    await captureScreens(owner, 'console-deletion-requests');

    await section.getByRole('button', { name: 'Keep my account' }).click();
    await section.getByRole('button', { name: 'Delete my account' }).waitFor();
    await owner.reload();
    await owner.getByText('No deletion requests.').waitFor();
  });
});
