// Time on tasks and due-date reminders: staff log time on a task and see the totals on the task and its project;
// a client sees a due reminder in the notification center. With SCREENSHOT_DIR set, the pages are also captured
// at 1280 and 375 px, light and dark.
import { describe, it } from 'vitest';
import { captureScreens as capture, pageAs as personPage, usePortico } from '../support/e2e.ts';

// The reminder sweep runs every second here, so the client's reminder appears while the test waits.
const portico = usePortico({
  TASK_REMINDER_INTERVAL_SECONDS: '1',
  ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
});

describe('time on tasks and reminders', () => {
  it('staff log time on a task and see the totals on the task and its project', async () => {
    const owner = await personPage(portico, 'owner@northwind.example');
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Projects' }).click();
    await owner.getByLabel('Account').selectOption({ label: 'Acme Manufacturing' });
    await owner.getByRole('link', { name: 'Year-end accounts 2026' }).click();
    await owner.getByRole('link', { name: 'Send the year-end checklist' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Send the year-end checklist' }).waitFor();
    const time = owner.getByRole('region', { name: 'Time', exact: true });
    await time.getByText('No time logged yet.').waitFor();

    await time.getByLabel('Minutes').fill('90');
    await time.getByLabel('Note').fill('Prepared and sent the checklist');
    await time.getByRole('button', { name: 'Log time' }).click();
    await time.getByRole('cell', { name: 'Prepared and sent the checklist' }).waitFor();
    await time.getByLabel('Minutes').fill('30');
    await time.getByLabel('Note').fill('Call with Alice');
    await time.getByLabel('Billable').uncheck();
    await time.getByRole('button', { name: 'Log time' }).click();
    await time.getByRole('cell', { name: 'Call with Alice' }).waitFor();
    const totals = time.getByTestId('time-totals');
    await totals.getByText('2 h', { exact: true }).waitFor();
    await totals.getByText('1 h 30 min', { exact: true }).waitFor();
    await totals.getByText('30 min', { exact: true }).waitFor();
    await capture(owner, 'console-task-time');

    await owner.getByRole('link', { name: 'Year-end accounts 2026' }).click();
    const projectTime = owner.getByRole('region', { name: 'Time', exact: true });
    await projectTime.getByTestId('time-totals').getByText('2 h', { exact: true }).waitFor();
    await projectTime.getByLabel('Clients see the time logged on this project').waitFor();
    await capture(owner, 'console-project-time');
  });

  it('a client sees a due reminder in the notification center', async () => {
    const owner = await personPage(portico, 'owner@northwind.example');
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Projects' }).click();
    await owner.getByLabel('Account').selectOption({ label: 'Acme Manufacturing' });
    await owner.getByRole('link', { name: 'Year-end accounts 2026' }).waitFor();
    // Started a week ago: the client's first uploads (day 7 of the template) are due today.
    const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
    await owner.getByLabel('Name').fill('Catch-up year end');
    await owner.getByLabel('Template').selectOption({ label: 'Year-end accounts' });
    await owner.getByLabel('Start date').fill(weekAgo);
    await owner.getByRole('button', { name: 'Create project' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Catch-up year end' }).waitFor();

    const alice = await personPage(portico, 'alice@acme.example');
    const reminder = alice.getByRole('link', { name: '“Upload bank statements for the year” is due today' });
    // The sweep runs every second on the server: look again until the reminder is there (bounded).
    for (let attempt = 0; ; attempt += 1) {
      await alice.goto(`${portico.baseUrl}/notifications`);
      await alice.getByRole('heading', { level: 1 }).waitFor();
      try {
        await reminder.first().waitFor({ timeout: 3000 });
        break;
      } catch (error) {
        if (attempt >= 10) throw error;
      }
    }
    await capture(alice, 'portal-notifications-reminder');
    await reminder.first().click();
    await alice.getByRole('heading', { level: 1, name: 'Upload bank statements for the year' }).waitFor();

    await alice.goto(`${portico.baseUrl}/tasks`);
    await alice.getByLabel('Name of the view').fill('Everything');
    await alice.getByLabel('Status').selectOption({ label: 'All' });
    await alice.getByRole('button', { name: 'Save view' }).click();
    await alice.getByLabel('Saved view').getByRole('option', { name: 'Everything' }).waitFor({ state: 'attached' });
    await capture(alice, 'portal-my-tasks-views');
  });
});
