// Save a project as a template: staff turn Acme's year-end project into a template from the project's menu, make
// its first task repeat every week in the template editor (a bad day of the month is pointed out on its field), and
// start a project from it for Blue Harbor, whose task repeats. With SCREENSHOT_DIR set, the dialog, the editor and
// the task are captured at 1280 and 375 px, light and dark.
import { describe, expect, it } from 'vitest';
import { captureScreens as capture, pageAs, usePortico } from '../support/e2e.ts';

const portico = usePortico(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {});

describe('a project saved as a template', () => {
  it('staff save a project as a template, make a task repeat, and start a project from it for another client', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Projects' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Projects' }).waitFor();
    await owner.getByLabel('Account').selectOption({ label: 'Acme Manufacturing' });
    await owner.getByRole('link', { name: 'Year-end accounts 2026' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Year-end accounts 2026' }).waitFor();

    await owner.getByRole('button', { name: 'Actions for Year-end accounts 2026' }).click();
    await owner.getByRole('menuitem', { name: 'Save as template' }).click();
    const dialog = owner.getByRole('dialog', { name: 'Save “Year-end accounts 2026” as a template' });
    const name = dialog.getByLabel('Template name');
    // The project's name is offered; a template's name is taken whatever its case.
    await name.fill('YEAR-END ACCOUNTS');
    await dialog.getByRole('button', { name: 'Save template' }).click();
    await dialog.getByText('A template already has this name (whatever its capitals). Choose another.').waitFor();
    await name.fill('Year-end, from Acme');
    await capture(owner, 'console-save-as-template');
    await dialog.getByRole('button', { name: 'Save template' }).click();

    // The new template opens in its editor with the project's twelve tasks.
    await owner.getByRole('heading', { level: 1, name: 'Year-end, from Acme' }).waitFor();
    await owner.getByText('12 tasks over 42 days').waitFor();
    await owner.getByText('Template “Year-end, from Acme” saved.').waitFor();
    const task = (number: number) =>
      owner.getByRole('listitem').filter({ has: owner.getByRole('heading', { name: `Task ${number}`, exact: true }) });
    const first = task(1);
    await first.getByLabel('Repeats').selectOption({ label: 'Every week' });
    await first.getByLabel('On', { exact: true }).selectOption({ label: 'Friday' });
    // Task 4 is the stock count (day 10), the client's.
    const stock = task(4);
    await expect.poll(() => stock.getByLabel('Title').inputValue()).toBe('Confirm stock count at year end');
    await stock.getByLabel('Repeats').selectOption({ label: 'Every month' });
    const day = stock.getByLabel('On day of the month');
    await day.fill('40');
    await owner.getByRole('button', { name: 'Save template' }).click();
    await owner.locator('[aria-invalid="true"][name="tasks.3.recurrence.day"]').waitFor();
    await day.fill('15');
    await owner.getByRole('button', { name: 'Save template' }).click();
    await owner.getByText('Template saved.', { exact: false }).waitFor();
    await capture(owner, 'console-template-repeats');

    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Projects' }).click();
    await owner.getByLabel('Account').selectOption({ label: 'Blue Harbor Dental' });
    await owner.getByLabel('Name').fill('Blue Harbor year-end 2026');
    await owner.getByLabel('Template').selectOption({ label: 'Year-end, from Acme' });
    await owner.getByLabel('Start date').fill('2027-01-04');
    await owner.getByRole('button', { name: 'Create project' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Blue Harbor year-end 2026' }).waitFor();
    await owner.getByText('0 of 12 tasks done').waitFor();
    await owner.getByRole('link', { name: 'Send the year-end checklist' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Send the year-end checklist' }).waitFor();
    await owner.getByText('Weekly on Friday').waitFor();
    await capture(owner, 'console-repeating-task');

    // The client's side went to Blue Harbor's admin, and it repeats monthly for her.
    const bianca = await pageAs(portico, 'bianca@blueharbor.example');
    await bianca.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My tasks' }).click();
    await bianca.getByRole('link', { name: 'Confirm stock count at year end' }).click();
    await bianca.getByText('Monthly on day 15').waitFor();
  });
});
