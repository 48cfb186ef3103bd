// Portal-wide settings staff change in the console: confidential message emails, and the delivery queue.
import { describe, expect, it } from 'vitest';
import { newPage, signInAs, usePortico } from '../support/e2e.ts';

const e2e = usePortico();

describe('console settings for messaging', () => {
  it('an owner hides message content in emails, and the choice is kept', async () => {
    const page = await newPage(e2e.browser);
    await signInAs(page, e2e.baseUrl, 'owner@northwind.example');
    await page.getByRole('link', { name: 'Settings' }).click();
    const hide = page.getByLabel('Hide message content in emails');
    await hide.waitFor();
    expect(await hide.isChecked()).toBe(false);
    await hide.check();
    await page.getByRole('button', { name: 'Save message email settings' }).click();
    await page.getByText('Message email settings saved').waitFor();
    await page.reload();
    await page.getByLabel('Hide message content in emails').waitFor();
    expect(await page.getByLabel('Hide message content in emails').isChecked()).toBe(true);
    const status = await page.evaluate(() =>
      fetch('/api/v1/conversation-settings').then(
        (response) => response.json() as Promise<{ hideMessageContentInEmail: boolean }>,
      ),
    );
    expect(status.hideMessageContentInEmail).toBe(true);
  });

  it('the segment form offers only the modules this build has (no Tasks checkbox before tasks exist)', async () => {
    const page = await newPage(e2e.browser);
    await signInAs(page, e2e.baseUrl, 'owner@northwind.example');
    await page.goto(`${e2e.baseUrl}/console/segments/new`);
    const modules = page.getByRole('group', { name: 'Modules' });
    await modules.getByRole('checkbox').first().waitFor();
    const offered = await modules.locator('label').allTextContents();
    expect(offered.sort()).toEqual([
      'Approvals',
      'Billing',
      'Documents',
      'Forms',
      'Knowledge base',
      'Messages',
      'Onboarding',
      'Orders',
      'Projects',
      'Returns',
      'Signatures',
      'Tickets',
    ]);
  });

  it('an owner reads the delivery queue; an agent has no such page', async () => {
    const owner = await newPage(e2e.browser);
    await signInAs(owner, e2e.baseUrl, 'owner@northwind.example');
    await owner.getByRole('link', { name: 'Delivery queue' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Delivery queue' }).waitFor();
    await owner.getByText('Nothing has failed.').waitFor();

    const agent = await newPage(e2e.browser);
    await signInAs(agent, e2e.baseUrl, 'agent@northwind.example');
    expect(await agent.getByRole('link', { name: 'Delivery queue' }).count()).toBe(0);
    expect(await agent.evaluate(() => fetch('/api/v1/jobs').then((response) => response.status))).toBe(403);
  });
});
