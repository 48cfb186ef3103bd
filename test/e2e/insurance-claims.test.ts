// The insurance recipe as the demo loads it: Paula Price, a policyholder, finds her policy documents, reads her open
// claim (the photo she sent, the claim handler's answer), files a new claim through the ticket form with the claim
// fields (the claim handler sees them), and reads her payment history: four premium invoices, three of them paid.
import { describe, expect, it, vi } from 'vitest';
import { captureScreens, pageAs, usePortico } from '../support/e2e.ts';

// A fresh server seeds the demo first; on a busy machine that takes longer than the suite's default hook timeout.
vi.setConfig({ hookTimeout: 240_000 });
const portico = usePortico();

describe('the insurance portal of the demo', () => {
  it('a policyholder reads her policy documents, files a claim with the claim fields and sees her premiums', async () => {
    const year = new Date().getUTCFullYear();
    const paula = await pageAs(portico, 'paula.price@policyholders.example');
    const nav = paula.getByRole('navigation', { name: 'Main' });

    await nav.getByRole('link', { name: 'Documents' }).click();
    await paula.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
    await paula.getByRole('button', { name: 'Policy documents', exact: true }).click();
    await paula.getByRole('navigation', { name: 'Folder path' }).getByText('Policy documents').waitFor();
    const files = paula.getByRole('table');
    await files.getByRole('link', { name: 'Policy schedule HOM-204817.txt', exact: true }).waitFor();
    await files.getByRole('link', { name: 'Insurance certificate HOM-204817.txt', exact: true }).waitFor();
    await captureScreens(paula, 'policyholder-documents');

    // Her open claim: the photo she sent and the claim handler's answer.
    await nav.getByRole('link', { name: 'Tickets' }).click();
    await paula.getByRole('heading', { level: 1, name: 'Tickets' }).waitFor();
    const claims = paula.getByRole('list', { name: 'Your tickets' });
    // Her settled claim is among the solved ones.
    await paula.getByLabel('Show').selectOption({ label: 'Solved and closed' });
    await claims.getByRole('listitem').filter({ hasText: 'Bicycle stolen from the garden shed' }).waitFor();
    await paula.getByLabel('Show').selectOption({ label: 'Open tickets' });
    await claims.getByRole('link', { name: /Water damage in the kitchen/ }).click();
    await paula.getByRole('heading', { level: 1, name: 'Water damage in the kitchen' }).waitFor();
    const conversation = paula.getByRole('region', { name: 'Conversation' });
    await conversation.getByRole('link', { name: /kitchen-floor\.jpg/ }).waitFor();
    await conversation.getByText(/A loss adjuster will call you within two working days/).waitFor();
    await captureScreens(paula, 'policyholder-claim');

    // A new claim through the ticket form: the claim fields are on it, the policy number required.
    await nav.getByRole('link', { name: 'Tickets' }).click();
    await paula.getByRole('link', { name: 'New ticket' }).first().click();
    await paula.getByRole('heading', { level: 1, name: 'New ticket' }).waitFor();
    const subject = `Storm damage to the roof ${Date.now().toString(36)}`;
    await paula.getByLabel('Subject').fill(subject);
    await paula
      .getByRole('textbox', { name: 'Description' })
      .fill('Last night’s storm blew tiles off the roof and rain came into the attic.');
    await paula.getByLabel(/^Policy number/).fill('HOM-204817');
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await paula.getByLabel(/^Date of loss/).fill(yesterday);
    await paula.getByLabel(/^Claim type/).selectOption('Other');
    await captureScreens(paula, 'policyholder-new-claim');
    await paula.getByRole('button', { name: 'Submit ticket' }).click();
    await paula.getByRole('heading', { level: 1, name: subject }).waitFor();
    await paula.getByText(/^Ticket #\d+ has been submitted\./).waitFor();
    const ticketId = new URL(paula.url()).pathname.split('/').pop()!;

    // The claim handler sees the claim fields on it.
    const owner = await pageAs(portico, 'owner@northwind.example');
    await owner.goto(`${portico.baseUrl}/console/tickets/${ticketId}`);
    await owner.getByRole('heading', { level: 1, name: subject }).waitFor();
    await expect.poll(() => owner.getByLabel(/^Policy number/).inputValue()).toBe('HOM-204817');
    expect(await owner.getByLabel(/^Date of loss/).inputValue()).toBe(yesterday);
    expect(await owner.getByLabel(/^Claim type/).inputValue()).toBe('Other');

    // Her payment history: this month's premium open, the three before it paid.
    await nav.getByRole('link', { name: 'Billing' }).click();
    await paula.getByRole('heading', { level: 1, name: 'Billing' }).waitFor();
    const numbers = [2, 3, 4, 5].map((n) => `INV-${year}-${String(n).padStart(4, '0')}`);
    for (const number of numbers) await paula.getByRole('link', { name: `Invoice ${number}` }).waitFor();
    const row = (number: string) =>
      paula.getByRole('row').filter({ has: paula.getByRole('link', { name: `Invoice ${number}` }) });
    for (const number of numbers.slice(0, 3)) await row(number).getByText('Paid', { exact: true }).waitFor();
    await row(numbers[3]!).getByRole('cell', { name: '€38.75' }).first().waitFor();
    expect(await row(numbers[3]!).getByText('Paid', { exact: true }).count()).toBe(0);
    await captureScreens(paula, 'policyholder-billing');
  });
});
