// The obligations timeline: the client sees their tasks on their timeline (and the firm's commitments to them);
// the console's "waiting on us" lists the firm's items across accounts, and an account's timeline shows both sides.
// A person turns on their calendar feed on their profile page. With SCREENSHOT_DIR set, the pages are also captured at
// 1280 and 375 px, light and dark.
import { describe, expect, it } from 'vitest';
import { captureScreens, pageAs, usePortico } from '../support/e2e.ts';

const portico = usePortico(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {});

const personPage = (email: string) => pageAs(portico, email);
const capture = captureScreens;

describe('obligations timeline', () => {
  it('the client sees their tasks on the timeline and the firm’s commitments to them', async () => {
    const alice = await personPage('alice@acme.example');
    await alice.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Timeline' }).waitFor();
    const theirs = alice.getByRole('region', { name: 'What you owe us' });
    await theirs.getByRole('link', { name: 'Upload bank statements for the year' }).waitFor();
    const ours = alice.getByRole('region', { name: 'What we owe you' });
    await ours.getByRole('link', { name: 'Send the year-end checklist' }).waitFor();
    expect(await theirs.getByRole('link', { name: 'Send the year-end checklist' }).count()).toBe(0);
    await capture(alice, 'portal-timeline');
    await theirs.getByRole('link', { name: 'Upload bank statements for the year' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Upload bank statements for the year' }).waitFor();
  });

  it('"waiting on us" shows the firm’s items; the account’s timeline shows both sides; the calendar feed is made once', async () => {
    const owner = await personPage('owner@northwind.example');
    const due = owner.getByRole('region', { name: 'Due from us, soonest first' });
    await due.getByRole('link', { name: 'Send the year-end checklist' }).waitFor();
    expect(await due.getByRole('link', { name: 'Upload bank statements for the year' }).count()).toBe(0);
    await capture(owner, 'console-waiting');

    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Accounts' }).click();
    await owner.getByRole('link', { name: 'Acme Manufacturing' }).click();
    await owner.getByRole('link', { name: 'Timeline' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Timeline: Acme Manufacturing' }).waitFor();
    await owner
      .getByRole('region', { name: 'What the client owes us' })
      .getByRole('link', { name: 'Upload bank statements for the year' })
      .waitFor();
    await owner
      .getByRole('region', { name: 'What we owe the client' })
      .getByRole('link', { name: 'Send the year-end checklist' })
      .waitFor();
    await capture(owner, 'console-timeline');

    await owner.goto(`${portico.baseUrl}/console/profile`);
    await owner.getByRole('heading', { level: 2, name: 'Calendar feed' }).waitFor();
    await owner.getByRole('button', { name: 'Make a calendar feed' }).click();
    const address = owner.getByLabel('Calendar address (shown once; copy it now)');
    await address.waitFor();
    expect(await address.inputValue()).toMatch(/\/api\/v1\/calendar\/cal_[\w-]+\.ics$/);
    await capture(owner, 'console-profile-calendar');
    await owner.getByRole('button', { name: 'Turn off the feed' }).click();
    await owner.getByText('You have no calendar feed.').waitFor();
  });
});
