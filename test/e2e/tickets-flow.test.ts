// The whole help-desk flow, as people live it: a visitor searches the public help center; a customer files a
// ticket and sees when we will reply (in their time zone); an agent answers with a canned reply in the console and
// sees the same due time; the customer answers by email (to the reply address of the notification); the agent
// solves the ticket; the customer rates it from the portal.
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { signInAs, usePortico } from '../support/e2e.ts';
import { apiAs, ensureCustomerSla, reportTotals } from './tickets-support.ts';

const SECRET = 'inbound-secret-inbound-secret-0123';
// A fresh server seeds the demo first; on a busy machine that takes longer than the suite's default hook timeout.
vi.setConfig({ hookTimeout: 240_000 });
const portico = usePortico({ INBOUND_EMAIL_DOMAIN: 'reply.northwind.example', INBOUND_WEBHOOK_SECRET: SECRET });
const CUSTOMER = 'ivan.ivanov@customers.example';
const SUBJECT = `Invoice missing for March ${Date.now().toString(36)}`;
/** Live updates must arrive without reload within this time (a loaded machine runs the server and the browser). */
const LIVE = { timeout: 10_000 };

async function pageIn(timezoneId: string): Promise<Page> {
  const context = await portico.browser.newContext({ locale: 'en-US', timezoneId });
  return context.newPage();
}

async function personPage(email: string, timezoneId: string): Promise<Page> {
  const page = await pageIn(timezoneId);
  await signInAs(page, portico.baseUrl, email);
  return page;
}

/** The Reply-To of the newest mail to `to` that has one (the reply+token address), read from the dev outbox as staff. */
async function replyAddressFor(staff: Page, to: string): Promise<string> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const list = await apiAs<{ items: { id: string; to: string; subject: string }[] }>(
      staff,
      'GET',
      '/dev-mail?limit=50',
    );
    for (const mail of list.body.items.filter((item) => item.to.includes(to))) {
      const full = await apiAs<{ replyTo: string | null }>(staff, 'GET', `/dev-mail/${mail.id}`);
      if (full.body.replyTo) return full.body.replyTo;
    }
    await staff.waitForTimeout(250);
  }
  throw new Error(`No mail with a reply address was sent to ${to}`);
}

let customer: Page;
let agent: Page;
let ticketPath = '';

describe('a ticket from question to rating', () => {
  it('a visitor browses the public help center and searches it', async () => {
    const visitor = await pageIn('Europe/Paris');
    await visitor.goto(`${portico.baseUrl}/help`);
    await visitor.getByRole('heading', { level: 1, name: 'How can we help?' }).waitFor();
    await visitor.getByRole('link', { name: 'Billing' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Billing' }).waitFor();
    await visitor.getByRole('searchbox', { name: 'Search the help center' }).fill('invoice');
    await visitor.getByRole('button', { name: 'Search' }).click();
    await visitor.getByRole('heading', { level: 1, name: /Search results/ }).waitFor();
    expect(await visitor.getByRole('link', { name: 'Understanding your invoice' }).count()).toBe(1);
  });

  it('a customer files a ticket and sees when we will reply, in their time zone', async () => {
    [agent, customer] = await Promise.all([
      personPage('owner@northwind.example', 'America/New_York'),
      personPage(CUSTOMER, 'Asia/Tokyo'),
    ]);
    await ensureCustomerSla(agent);

    await customer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tickets' }).click();
    await customer.getByRole('link', { name: 'New ticket' }).first().click();
    await customer.getByLabel('Subject').fill(SUBJECT);
    await customer
      .getByRole('textbox', { name: 'Description' })
      .fill('I cannot find the invoice for March in my account.');
    await customer.getByLabel('Product area').selectOption('Orders');
    await customer.getByRole('button', { name: 'Submit ticket' }).click();
    await customer.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    ticketPath = new URL(customer.url()).pathname;
    expect(ticketPath).toMatch(/^\/tickets\/[0-9a-f-]{36}$/);
    expect(await customer.locator('.ticket-sla').textContent()).toMatch(/^We.ll reply by .*GMT\+9/);
  });

  it('the agent sees the same due time and answers with a canned reply; the customer sees it live', async () => {
    const ticketId = ticketPath.split('/').pop()!;
    await agent.goto(`${portico.baseUrl}/console${ticketPath}`);
    await agent.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    // Both sides show one instant: the customer's promise and the agent's first-response due time.
    const customerDue = await customer.locator('.ticket-sla time').getAttribute('datetime');
    const sla = agent.getByRole('region', { name: 'SLA' });
    await sla.getByText('First response').waitFor();
    expect(await sla.locator('time').first().getAttribute('datetime')).toBe(customerDue);
    expect(await sla.textContent()).toContain('Running');

    await agent.getByRole('button', { name: 'Insert canned reply' }).click();
    await agent.getByRole('button', { name: 'Greeting' }).click();
    const reply = agent.getByRole('textbox', { name: 'Your reply' });
    await expect.poll(() => reply.inputValue()).toContain('Hi Ivan,');
    expect(await reply.inputValue()).toContain(`about ticket #`);
    await agent.getByRole('button', { name: /^Send as / }).click();
    await expect.poll(() => reply.inputValue()).toBe('');

    await customer
      .getByRole('region', { name: 'Conversation' })
      .getByText(/We are looking into it\./)
      .waitFor(LIVE);
    const ticket = await apiAs<{ status: string }>(agent, 'GET', `/tickets/${ticketId}`);
    expect(ticket.body.status).toBe('pending_customer');
  });

  it('the customer answers by email and the reply lands in the ticket', async () => {
    const replyTo = await replyAddressFor(agent, CUSTOMER);
    const mime = [
      `From: Ivan Ivanov <${CUSTOMER}>`,
      `To: ${replyTo}`,
      `Subject: Re: ${SUBJECT}`,
      `Message-ID: <${Date.now().toString(36)}@customers.example>`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Found it in my spam folder, thanks!',
      '',
      '> Hi Ivan,',
      '',
    ].join('\r\n');
    const response = await fetch(`${portico.baseUrl}/api/v1/inbound-email`, {
      method: 'POST',
      headers: { 'content-type': 'message/rfc822', 'x-portico-inbound-secret': SECRET },
      body: mime,
    });
    expect(await response.json()).toEqual({ accepted: true });
    // Staff get ticket events live; the customer, who wrote the email, sees it in the portal next time they look.
    await agent.getByText('Found it in my spam folder, thanks!').waitFor(LIVE);
    await customer.reload();
    await customer
      .getByRole('region', { name: 'Conversation' })
      .getByText('Found it in my spam folder, thanks!')
      .waitFor();
  });

  it('the agent solves the ticket and the customer rates it from the portal', async () => {
    const before = await reportTotals(agent);
    await agent.getByLabel('After sending, set status to').selectOption('solved');
    await agent.getByRole('textbox', { name: 'Your reply' }).fill('Glad you found it. Marking this as solved.');
    await agent.getByRole('button', { name: 'Send as Solved' }).click();
    await expect.poll(() => agent.getByRole('textbox', { name: 'Your reply' }).inputValue()).toBe('');

    // The customer's page follows (live event); the rating widget appears once the ticket is solved.
    const widget = customer.getByRole('form', { name: 'How did we do?' });
    await widget.waitFor(LIVE);
    await widget.getByLabel('Good, I’m satisfied').check();
    await widget.getByLabel(/Anything you.d like to add/).fill('Quick and friendly.');
    await widget.getByRole('button', { name: 'Send rating' }).click();
    await customer.getByText('You rated this ticket: Good.').waitFor();

    await expect.poll(async () => (await reportTotals(agent)).csatGood).toBe(before.csatGood + 1);
  });
});
