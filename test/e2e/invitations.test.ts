// Inviting people to a client account: from the console by staff, and from the portal's Team page by an account admin.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { emailedLink, newPage, signInAs, usePortico } from '../support/e2e.ts';

const e2e = usePortico();

const INVITATION_SUBJECT = 'You are invited to Acme Manufacturing on Northwind Advisory';

/** Fills the invite form of an account page (console account or portal Team page) and sends it. */
async function invite(page: Page, email: string, role: 'Member' | 'Account admin', name?: string) {
  const form = page.getByRole('form', { name: 'Invite someone' });
  await form.getByLabel('Email').fill(email);
  if (name) await form.getByLabel('Name (optional)').fill(name);
  await form.getByLabel('Role').selectOption({ label: role });
  await form.getByRole('button', { name: 'Invite' }).click();
  await page.getByText(`Invitation sent to ${email}`).waitFor();
}

/** The row of the invitations table for `email`. */
function invitationRow(page: Page, email: string) {
  return page.getByRole('table', { name: 'Invitations' }).getByRole('row').filter({ hasText: email });
}

describe('invitations', () => {
  it('staff invite a client user, who accepts from the emailed link, chooses a password and lands in the portal', async () => {
    const email = 'new.person@acme.example';
    const owner = await newPage(e2e.browser);
    await signInAs(owner, e2e.baseUrl, 'owner@northwind.example');
    await owner.goto(`${e2e.baseUrl}/console/accounts`);
    await owner.getByRole('link', { name: 'Acme Manufacturing' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Acme Manufacturing' }).waitFor();
    await invite(owner, email, 'Account admin', 'Nadia Person');
    await invitationRow(owner, email).getByText('Pending').waitFor();
    expect(await invitationRow(owner, email).textContent()).toContain('Account admin');

    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Mail outbox' }).click();
    const link = await emailedLink(owner, e2e.baseUrl, email, INVITATION_SUBJECT);
    expect(link).toMatch(new RegExp(`^${e2e.baseUrl}/invitation#token=`));

    // The invitee opens the link in their own browser: no cookies from the owner.
    const invitee = await newPage(e2e.browser);
    await invitee.goto(link);
    await invitee.getByRole('heading', { level: 1, name: 'Accept your invitation' }).waitFor();
    await invitee.getByText('You have been invited to join Acme Manufacturing on Northwind Advisory.').waitFor();
    await invitee.getByText(`Invitation for ${email}`).waitFor();
    // Too short a password is refused beside the field; nothing is accepted yet.
    await invitee.getByLabel('Name', { exact: true }).fill('Nadia Person');
    await invitee.getByLabel('Password', { exact: true }).fill('short');
    await invitee.getByRole('button', { name: 'Accept invitation' }).click();
    await invitee.getByRole('alert').getByText('Please correct the highlighted fields.').waitFor();
    const password = invitee.getByLabel('Password', { exact: true });
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    // The field names the problem (its hint says the same before anything was sent).
    expect(await password.getAttribute('aria-describedby')).toMatch(/-error/);

    await invitee.getByLabel('Password', { exact: true }).fill('a-long-enough-password-1');
    await invitee.getByRole('button', { name: 'Accept invitation' }).click();
    await invitee.getByRole('heading', { level: 1, name: 'Welcome, Nadia Person' }).waitFor();
    expect(new URL(invitee.url()).pathname).toBe('/');
    const account = invitee.getByRole('region', { name: 'Account' });
    await account.getByText('Acme Manufacturing').waitFor();
    await account.getByText('Account admin').waitFor();
    await account.getByText(email).waitFor();

    // Back in the console the invitation is accepted and the new person is a member.
    await owner.goto(`${e2e.baseUrl}/console/accounts`);
    await owner.getByRole('link', { name: 'Acme Manufacturing' }).click();
    await invitationRow(owner, email).getByText('Accepted').waitFor();
    await owner
      .getByRole('region', { name: 'Members' })
      .getByRole('row')
      .filter({ hasText: email })
      .getByText('Nadia Person')
      .waitFor();

    // The link works once.
    const replay = await newPage(e2e.browser);
    await replay.goto(link);
    await replay.getByRole('heading', { level: 1, name: 'Accept your invitation' }).waitFor();
    await replay
      .getByRole('alert')
      .getByText('This invitation has expired, was revoked or was already used.', { exact: false })
      .waitFor();
    expect(await replay.getByRole('button', { name: 'Accept invitation' }).count()).toBe(0);

    for (const page of [owner, invitee, replay]) await page.context().close();
  });

  it('an account admin invites a colleague from the Team page; the invitation shows as pending and is emailed', async () => {
    const email = 'colleague@acme.example';
    const alice = await newPage(e2e.browser);
    await signInAs(alice, e2e.baseUrl, 'alice@acme.example');
    await alice.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
    // Her colleagues are listed.
    await alice.getByRole('region', { name: 'Members' }).getByText('adam@acme.example').waitFor();

    await invite(alice, email, 'Member');
    const row = invitationRow(alice, email);
    await row.getByText('Pending').waitFor();
    expect(await row.textContent()).toContain('Member');
    await row.getByRole('button', { name: `Revoke invitation for ${email}` }).waitFor();

    // Still pending after a reload: it was stored, not only shown.
    await alice.reload();
    await invitationRow(alice, email).getByText('Pending').waitFor();

    const owner = await newPage(e2e.browser);
    await signInAs(owner, e2e.baseUrl, 'owner@northwind.example');
    const link = await emailedLink(owner, e2e.baseUrl, email, INVITATION_SUBJECT);
    expect(link).toMatch(new RegExp(`^${e2e.baseUrl}/invitation#token=`));
    expect(await owner.getByRole('heading', { level: 1 }).textContent()).toBe(INVITATION_SUBJECT);

    for (const page of [alice, owner]) await page.context().close();
  });

  it('a member cannot invite: no Team link, and no invite form at its address', async () => {
    const adam = await newPage(e2e.browser);
    await signInAs(adam, e2e.baseUrl, 'adam@acme.example');
    await adam.goto(`${e2e.baseUrl}/team`);
    // Once the members list is there the account (and what adam may do with it) has loaded.
    await adam.getByRole('region', { name: 'Members' }).getByText('alice@acme.example').waitFor();
    expect(await adam.getByRole('form', { name: 'Invite someone' }).count()).toBe(0);
    expect(await adam.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).count()).toBe(0);
    await adam.context().close();
  });
});
