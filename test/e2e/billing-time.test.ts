// Retainer tax and time outside tasks, in the console: staff set the retainer's tax on work past the budget, log
// time on the account from its billing page (the burn moves live), edit and delete it, and log time on a
// conversation thread and on a ticket from their pages. axe checks every page (test/support/e2e.ts); with
// SCREENSHOT_DIR set the screens are captured at 1280 and 375 px, light and dark.
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { accountIdByName, captureScreens as capture, pageAs, usePortico } from '../support/e2e.ts';

const portico = usePortico({
  ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
});

/** A write through the API as the page's signed-in person (setup the UI under test does not cover). */
function apiAs(page: Page, method: string, path: string, body: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as { id: string } };
    },
    { method, path, body },
  );
}

describe('billing: retainer tax and time on an account, a thread and a ticket', () => {
  it('staff set the tax on overage and log, edit and delete time; the burn follows live', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    const acme = await accountIdByName(owner, 'Acme Manufacturing');

    // The retainer, with the console's VAT on work past the budget.
    await owner.goto(`${portico.baseUrl}/console/billing/profiles/${acme}`);
    const retainer = owner.getByRole('region', { name: 'Retainer', exact: true });
    await retainer.getByLabel('Name').fill('Support retainer');
    await retainer.getByLabel('Budget (hours)').fill('1');
    await retainer.getByLabel('Hourly rate (EUR)').fill('90');
    const tax = retainer.getByRole('group', { name: 'Tax on work past the budget' });
    await tax.getByRole('checkbox', { name: 'VAT (20%)' }).check();
    await capture(owner, 'console-retainer-tax-form');
    await retainer.getByRole('button', { name: 'Save retainer' }).click();
    const panel = owner.getByRole('region', { name: 'Retainer: Support retainer' });
    await panel.getByText('Tax on work past the budget: VAT (20%)').waitFor();

    // Time on the account: 1 h 30 min puts it half an hour past the budget, and the panel says so without a reload.
    const time = owner.getByRole('region', { name: 'Time on this account' });
    await time.getByText('No time logged yet.').waitFor();
    await time.getByLabel('Duration').fill('1:30');
    await time.getByLabel('Note').fill('Quarterly review call');
    await time.getByRole('button', { name: 'Log time' }).click();
    await time.getByRole('cell', { name: 'Quarterly review call' }).waitFor();
    await time.getByRole('cell', { name: '1 h 30 min' }).waitFor();
    await panel.getByRole('button', { name: 'Ask the client to approve 0.5 h' }).waitFor();
    await capture(owner, 'console-account-time');

    // Edited to 45 minutes: back under the budget, nothing to ask for.
    await time.getByRole('button', { name: /^Edit entry of / }).click();
    const edit = time.getByRole('form', { name: 'Edit time entry' });
    await edit.getByLabel('Duration').fill('45');
    await capture(owner, 'console-account-time-edit');
    await edit.getByRole('button', { name: 'Save entry' }).click();
    await time.getByRole('cell', { name: '45 min' }).waitFor();
    await panel.getByRole('button', { name: /Ask the client to approve/ }).waitFor({ state: 'detached' });

    // A bad duration is refused on its field.
    await time.getByLabel('Duration').fill('two hours');
    await time.getByRole('button', { name: 'Log time' }).click();
    await time
      .getByText(/Enter a duration between 1 minute and 24 hours/)
      .first()
      .waitFor();

    // Deleted after a confirmation.
    await time.getByRole('button', { name: /^Delete entry of / }).click();
    await owner.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await time.getByText('No time logged yet.').waitFor();

    // Time on a conversation thread of the account, from the thread's page.
    await owner.goto(`${portico.baseUrl}/console/accounts/${acme}/messages`);
    await owner
      .getByRole('link', { name: /Year-end close 2025/ })
      .first()
      .click();
    const onThread = owner.getByRole('region', { name: 'Time on this conversation' });
    await onThread.getByLabel('Duration').fill('20');
    await onThread.getByLabel('Note').fill('Answered the year-end questions');
    await onThread.getByRole('button', { name: 'Log time' }).click();
    await onThread.getByRole('cell', { name: 'Answered the year-end questions' }).waitFor();
    await capture(owner, 'console-thread-time');

    // Time on a ticket of the account (tickets switched on for its segment, a ticket opened by Alice).
    const segments = await owner.evaluate(
      async () => ((await (await fetch('/api/v1/segments')).json()) as { items: unknown[] }).items,
    );
    const clients = (segments as { id: string; name: string; modules: string[] }[]).find((s) => s.name === 'Clients')!;
    const modules = await apiAs(owner, 'PATCH', `/segments/${clients.id}`, {
      modules: [...clients.modules, 'tickets'],
    });
    if (modules.status !== 200) throw new Error(`segment: ${modules.status}`);
    const alice = await pageAs(portico, 'alice@acme.example');
    const ticket = await apiAs(alice, 'POST', '/tickets', { subject: 'Scanner offline', body: 'It does not scan.' });
    if (ticket.status !== 201) throw new Error(`ticket: ${ticket.status}`);
    await owner.goto(`${portico.baseUrl}/console/tickets/${ticket.body.id}`);
    const onTicket = owner.getByRole('region', { name: 'Time on this ticket' });
    await onTicket.getByLabel('Duration').fill('0.25');
    await onTicket.getByLabel('Billable').uncheck();
    await onTicket.getByRole('button', { name: 'Log time' }).click();
    await onTicket.getByRole('cell', { name: '15 min' }).waitFor();
    await capture(owner, 'console-ticket-time');

    // The account's billing page lists both, with what they were on.
    await owner.goto(`${portico.baseUrl}/console/billing/profiles/${acme}`);
    await time.getByRole('cell', { name: 'Conversation: Year-end close 2025' }).waitFor();
    await time.getByRole('cell', { name: 'Ticket: Scanner offline' }).waitFor();
  });
});
