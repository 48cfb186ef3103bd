// Projects: staff create a project from a template for a client; the client sees its tasks, completes one, and
// moves another on the board by keyboard. Staff build a template of their own and start a project from it, and a
// staff-only one whose project the client never sees. With SCREENSHOT_DIR set, the pages are also captured at 1280 and 375 px,
// light and dark.
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { captureScreens as capture, signInAs, usePortico } from '../support/e2e.ts';

// E2E_DATABASE_URL (an empty PostgreSQL database) runs the server on PostgreSQL instead of the embedded engine.
const portico = usePortico(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {});

async function personPage(email: string): Promise<Page> {
  const context = await portico.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await signInAs(page, portico.baseUrl, email);
  return page;
}

describe('projects', () => {
  it('staff start a project from a template; the client completes a task and moves one on the board by keyboard', async () => {
    const owner = await personPage('owner@northwind.example');
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Projects' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
    await owner.getByLabel('Account').selectOption({ label: 'Acme Manufacturing' });
    await owner.getByRole('link', { name: 'Year-end accounts 2026' }).waitFor();
    await owner.getByLabel('Name').fill('Year-end 2027');
    await owner.getByLabel('Template').selectOption({ label: 'Year-end accounts' });
    await owner.getByLabel('Start date').fill('2027-01-04');
    await capture(owner, 'console-projects');
    await owner.getByRole('button', { name: 'Create project' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Year-end 2027' }).waitFor();
    await owner.getByText('0 of 12 tasks done').waitFor();
    await owner.getByRole('link', { name: 'File accounts with Companies House' }).waitFor();
    await capture(owner, 'console-project');
    // A recurring task: "monthly bookkeeping on the 5th".
    const addTask = owner.locator('form', { has: owner.getByRole('heading', { name: 'Add a task' }) });
    await addTask.getByLabel('Title').fill('Monthly bookkeeping');
    await addTask.getByLabel('Due date').fill('2027-01-05');
    await addTask.getByLabel('Repeats').selectOption({ label: 'Every month' });
    await addTask.getByLabel('On day of the month').fill('5');
    await addTask.getByRole('button', { name: 'Add task' }).click();
    await owner.getByRole('link', { name: 'Monthly bookkeeping' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Monthly bookkeeping' }).waitFor();
    await owner.getByText('Monthly on day 5').waitFor();

    const alice = await personPage('alice@acme.example');
    await alice.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
    await capture(alice, 'portal-projects');
    await alice.getByRole('link', { name: 'Year-end 2027' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Year-end 2027' }).waitFor();
    await alice.getByRole('link', { name: 'Upload sales and purchase invoices' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Upload sales and purchase invoices' }).waitFor();
    // The client hands the files in on the task itself; they land in the account's documents too.
    const [chooser] = await Promise.all([
      alice.waitForEvent('filechooser'),
      alice.getByRole('button', { name: 'Add files' }).click(),
    ]);
    await chooser.setFiles([
      { name: 'invoices <Q4>.csv', mimeType: 'text/csv', buffer: Buffer.from('number,total\nA-1,100\n') },
    ]);
    const files = alice.getByRole('region', { name: 'Files' });
    await files.getByRole('link', { name: 'invoices <Q4>.csv' }).waitFor();
    await files.getByText('added by Alice Archer').waitFor();
    await alice.getByLabel('Status').selectOption({ label: 'Done' });
    await alice.getByRole('button', { name: 'Save status' }).click();
    await alice.getByRole('heading', { level: 1 }).locator('..').getByText('Done').waitFor();
    await alice.getByRole('textbox', { name: 'Your reply' }).fill('All invoices are in the shared folder.');
    await alice.getByRole('button', { name: 'Send', exact: true }).click();
    await alice.getByText('All invoices are in the shared folder.', { exact: true }).waitFor();
    await capture(alice, 'portal-task');

    await alice.getByRole('link', { name: 'Year-end 2027' }).click();
    await alice.getByRole('button', { name: 'Board' }).click();
    const done = alice.getByRole('region', { name: /^Done/ });
    await done.getByRole('link', { name: 'Upload sales and purchase invoices' }).waitFor();
    const move = alice.getByRole('button', { name: 'Move Upload bank statements for the year, now To do' });
    await move.focus();
    await alice.keyboard.press('ArrowRight');
    await alice
      .getByRole('status')
      .filter({ hasText: 'Upload bank statements for the year moved to In progress.' })
      .waitFor();
    const inProgress = alice.getByRole('region', { name: /^In progress/ });
    await inProgress.getByRole('link', { name: 'Upload bank statements for the year' }).waitFor();
    // The keyboard stays on the task that moved: one more press takes it on to Waiting.
    await alice.getByRole('button', { name: 'Move Upload bank statements for the year, now In progress' }).waitFor();
    await alice.keyboard.press('ArrowRight');
    await alice
      .getByRole('region', { name: /^Waiting/ })
      .getByRole('link', { name: 'Upload bank statements for the year' })
      .waitFor();
    await capture(alice, 'portal-board');

    // A task waiting for others cannot start: the board says so and leaves it where it is.
    await alice.getByRole('button', { name: 'Move Approve the draft accounts, now To do' }).focus();
    await alice.keyboard.press('ArrowRight');
    await alice
      .getByRole('status')
      .filter({ hasText: 'Approve the draft accounts is waiting for other tasks and cannot start yet.' })
      .waitFor();
    await alice
      .getByRole('region', { name: /^To do/ })
      .getByRole('link', { name: 'Approve the draft accounts' })
      .waitFor();

    await alice.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My tasks' }).click();
    await alice.getByRole('heading', { level: 1, name: 'My tasks' }).waitFor();
    await alice.getByRole('link', { name: 'Upload bank statements for the year' }).first().waitFor();
    await capture(alice, 'portal-my-tasks');
  });

  it('staff build a template with a task for the client that waits for theirs, and start a project from it', async () => {
    const owner = await personPage('owner@northwind.example');
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Projects' }).click();
    await owner.getByRole('link', { name: 'Templates' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Project templates' }).waitFor();
    await owner.getByRole('link', { name: 'Year-end accounts' }).waitFor();
    await owner.getByLabel('Name').fill('Monthly close');
    await owner.getByLabel('Length in days').fill('10');
    await capture(owner, 'console-project-templates');
    await owner.getByRole('button', { name: 'Create template' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Monthly close' }).waitFor();
    await owner.getByText('No tasks yet.').waitFor();

    await owner.getByRole('button', { name: 'Add a task' }).click();
    await owner.getByLabel('Title').first().fill('Send the month’s checklist');
    await owner.getByRole('button', { name: 'Add a task' }).click();
    await owner.getByLabel('Title').nth(1).fill('Send the bank statements');
    await owner.getByLabel('Due on day').nth(1).fill('5');
    await owner.getByLabel('Owed by').nth(1).selectOption({ label: 'The client' });
    await owner.getByLabel('Checklist').nth(1).fill('Current account\nCredit card');
    await owner.getByRole('checkbox', { name: '1. Send the month’s checklist' }).check();
    await owner.getByRole('button', { name: 'Save template' }).click();
    await owner.getByText('Template saved.').waitFor();
    await owner.getByText('2 tasks over 10 days').waitFor();
    await capture(owner, 'console-project-template');

    await owner.getByRole('link', { name: 'All templates' }).click();
    await owner
      .getByRole('row', { name: /Monthly close/ })
      .getByText('10 days')
      .waitFor();
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Projects' }).click();
    await owner.getByLabel('Account').selectOption({ label: 'Acme Manufacturing' });
    await owner.getByLabel('Name').fill('March close');
    await owner.getByLabel('Template').selectOption({ label: 'Monthly close' });
    await owner.getByLabel('Start date').fill('2027-03-01');
    await owner.getByRole('button', { name: 'Create project' }).click();
    await owner.getByRole('heading', { level: 1, name: 'March close' }).waitFor();
    await owner.getByText('0 of 2 tasks done').waitFor();
    await owner.getByRole('link', { name: 'Send the bank statements' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Send the bank statements' }).waitFor();
    await owner.getByText('Alice Archer').first().waitFor();
    await owner.getByText('Credit card').waitFor();
  });
  it('staff build a staff-only template: no task for the client, and its project stays internal', async () => {
    const owner = await personPage('owner@northwind.example');
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Projects' }).click();
    await owner.getByRole('link', { name: 'Templates' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Project templates' }).waitFor();
    await owner.getByLabel('Name').fill('Risk review');
    await owner.getByLabel('Length in days').fill('10');
    await owner.getByRole('button', { name: 'Create template' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Risk review' }).waitFor();
    await owner.getByRole('button', { name: 'Add a task' }).click();
    await owner.getByLabel('Title').first().fill('Write the risk memo');
    await owner.getByLabel('Owed by').first().selectOption({ label: 'The client' });
    await owner.getByLabel('Staff only (internal)').check();
    await owner.getByRole('button', { name: 'Save template' }).click();
    // The client's side has no place in a staff-only template: the task's field says so, nothing is saved.
    await owner.getByText('A staff-only template has no task on the client side').first().waitFor();
    await owner.getByLabel('Owed by').first().selectOption({ label: 'The firm' });
    await owner.getByRole('button', { name: 'Save template' }).click();
    await owner.getByText('Template saved.').waitFor();
    await owner.getByRole('link', { name: 'All templates' }).click();
    await owner
      .getByRole('row', { name: /Risk review/ })
      .getByText('Staff only')
      .waitFor();

    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Projects' }).click();
    await owner.getByLabel('Account').selectOption({ label: 'Acme Manufacturing' });
    await owner.getByLabel('Name').fill('Acme risk review');
    await owner.getByLabel('Template').selectOption({ label: 'Risk review' });
    // The template makes the project internal (the owner, a staff admin, could still untick it).
    await owner.getByText('This template is staff-only: its projects are internal.').waitFor();
    if (!(await owner.getByLabel(/^Internal/).isChecked())) throw new Error('the internal box should be ticked');
    await owner.getByRole('button', { name: 'Create project' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Acme risk review' }).waitFor();
    await owner.getByText('Internal', { exact: true }).first().waitFor();

    const alice = await personPage('alice@acme.example');
    await alice.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
    await alice.getByRole('link', { name: 'Year-end accounts 2026' }).waitFor();
    if (await alice.getByRole('link', { name: 'Acme risk review' }).count())
      throw new Error('the client sees a project made from a staff-only template');
  });
});
