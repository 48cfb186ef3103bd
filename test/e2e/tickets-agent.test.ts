// Tickets, the agent's side: the queue's filters and bulk assignment, a canned reply sent as "Pending customer" with
// the SLA panel and the activity history, the collision warning between two staff sessions, SLA settings and the support dashboard.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signInAs, usePortico } from '../support/e2e.ts';
import { apiAs, ensureCustomerSla } from './tickets-support.ts';

const portico = usePortico();
const SUFFIX = Date.now().toString(36);

interface TicketBody {
  id: string;
  number: number;
  subject: string;
  accountId: string;
  requester: { id: string; name: string } | null;
  assignee: { id: string } | null;
}

async function staffPage(email: string): Promise<Page> {
  const context = await portico.browser.newContext({ locale: 'en-US', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  await signInAs(page, portico.baseUrl, email);
  return page;
}

/** Two fresh unassigned tickets from Dana Diaz (a self-service customer), filed by staff on her behalf. */
async function twoUnassignedTickets(staff: Page): Promise<TicketBody[]> {
  const all = await apiAs<{ items: TicketBody[] }>(staff, 'GET', '/tickets?limit=200');
  const dana = all.body.items.find((ticket) => ticket.requester?.name === 'Dana Diaz');
  if (!dana?.requester) throw new Error('No demo ticket of Dana Diaz');
  const made: TicketBody[] = [];
  for (const subject of [`Parcel tracking broken ${SUFFIX}`, `Gift wrapping question ${SUFFIX}`]) {
    const created = await apiAs<TicketBody>(staff, 'POST', '/tickets', {
      subject,
      body: 'Hello, I have a question.',
      accountId: dana.accountId,
      requesterId: dana.requester.id,
      assigneeId: null,
      status: 'open',
    });
    if (created.status !== 201)
      throw new Error(`Creating a ticket failed: ${created.status} ${JSON.stringify(created.body)}`);
    made.push(created.body);
  }
  return made;
}

describe('tickets for agents', () => {
  let agent: Page;
  let tickets: TicketBody[] = [];

  it('filters the queue to unassigned open tickets and assigns two to themself in bulk', async () => {
    agent = await staffPage('admin@northwind.example');
    await ensureCustomerSla(agent);
    tickets = await twoUnassignedTickets(agent);

    await agent
      .getByRole('navigation', { name: 'Console' })
      .getByRole('link', { name: /^Tickets/ })
      .click();
    await agent.getByRole('heading', { level: 1, name: 'Tickets' }).waitFor();
    const filters = agent.getByRole('search', { name: 'Filter tickets' });
    await filters.getByRole('button', { name: 'More filters' }).click();
    await filters.getByLabel('Assignee').selectOption('none');
    await filters.getByRole('group', { name: 'Status' }).getByLabel('Open', { exact: true }).check();
    await expect.poll(() => new URL(agent.url()).searchParams.get('assignee')).toBe('none');
    expect(new URL(agent.url()).searchParams.get('status')).toBe('open');

    const table = agent.getByRole('table', { name: 'Tickets matching the filters' });
    for (const ticket of tickets) await table.getByRole('link', { name: ticket.subject }).waitFor();
    for (const ticket of tickets) await agent.getByLabel(`Select ticket #${ticket.number}`).check();
    const bulk = agent.getByRole('region', { name: 'Change selected tickets' });
    await bulk.getByText('2 tickets selected').waitFor();
    await bulk.getByLabel('Assign to').selectOption({ index: 1 });
    await bulk.getByRole('button', { name: 'Apply to selected' }).click();
    await bulk.getByText('2 updated, 0 failed').waitFor();
    // Assigned tickets leave the "unassigned" list.
    for (const ticket of tickets)
      await table
        .getByRole('link', { name: ticket.subject })
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
    await expect.poll(async () => agent.getByRole('link', { name: tickets[0]!.subject }).count()).toBe(0);

    const me = await apiAs<{ user: { id: string } }>(agent, 'GET', '/me');
    for (const ticket of tickets) {
      const fresh = await apiAs<TicketBody>(agent, 'GET', `/tickets/${ticket.id}`);
      expect(fresh.body.assignee?.id).toBe(me.body.user.id);
    }
  });

  it('inserts a canned reply with the requester’s name, sends it as Pending customer and sees the SLA panel; another agent sees the collision warning', async () => {
    const ticket = tickets[0]!;
    await agent
      .getByRole('navigation', { name: 'Ticket views' })
      .getByRole('button', { name: /^My tickets/ })
      .click();
    await agent.getByRole('link', { name: ticket.subject }).click();
    await agent.getByRole('heading', { level: 1, name: `#${ticket.number} ${ticket.subject}` }).waitFor();

    // A second staff session on the same ticket.
    const colleague = await staffPage('owner@northwind.example');
    await colleague.goto(`${portico.baseUrl}/console/tickets/${ticket.id}`);
    await colleague.getByRole('heading', { level: 1, name: `#${ticket.number} ${ticket.subject}` }).waitFor();

    await agent.getByRole('button', { name: 'Insert canned reply' }).click();
    await agent.getByRole('button', { name: 'Greeting' }).click();
    const reply = agent.getByRole('textbox', { name: 'Your reply' });
    await expect.poll(() => reply.inputValue()).toMatch(/^Hi Dana,/);
    expect(await reply.inputValue()).toContain(`#${ticket.number}`);

    await colleague.getByText(/is also replying to this ticket/).waitFor({ timeout: 25_000 });

    await agent.getByRole('button', { name: 'Send as Pending customer' }).click();
    const conversation = agent.getByRole('region', { name: 'Conversation and internal notes' });
    await conversation.getByText('Hi Dana,').waitFor();
    const side = agent.getByRole('complementary', { name: 'Ticket properties' });
    await expect.poll(() => side.getByLabel('Status').inputValue()).toBe('pending_customer');
    const sla = side.getByRole('region', { name: 'SLA' });
    await sla.getByText('First response').waitFor();
    await sla.getByText('Met').first().waitFor();
    // The activity history: the bulk assignment, and the status the reply set (read again when the ticket changed).
    const activity = side.getByRole('region', { name: 'Activity' });
    await activity.getByText('Status: Open → Pending customer').waitFor();
    await activity.getByText('Assignee: none → Adrian Admin').waitFor();

    // Closed is final: no composer any more, and the page says why.
    await side.getByLabel('Status').selectOption('closed');
    await side.getByRole('button', { name: 'Save changes' }).click();
    await activity.getByText('Status: Pending customer → Closed').waitFor();
    await agent.getByText('This ticket is closed: it takes no more replies or notes.', { exact: false }).waitFor();
    expect(await agent.getByRole('textbox', { name: 'Your reply' }).count()).toBe(0);
  });

  it('creates a business calendar and an SLA policy in the ticket settings', async () => {
    await agent.goto(`${portico.baseUrl}/console/tickets/settings/calendars`);
    await agent.getByRole('heading', { level: 1, name: 'Ticket settings' }).waitFor();
    const name = `Paris office ${SUFFIX}`;
    await agent.getByLabel('Name', { exact: true }).last().fill(name);
    await agent.getByLabel('Time zone').last().selectOption('Europe/Paris');
    await agent.getByRole('button', { name: 'Add hours on Saturday' }).last().click();
    await agent.getByRole('button', { name: 'Add holiday' }).last().click();
    await agent.getByLabel('Holiday 1: date').last().fill('2026-12-25');
    await agent.getByLabel('Holiday 1: name').last().fill('Christmas');
    await agent.getByRole('button', { name: 'Create calendar' }).click();
    await agent.getByRole('heading', { level: 3, name }).waitFor();

    await agent
      .getByRole('navigation', { name: 'Ticket settings sections' })
      .getByRole('link', { name: 'SLA policies' })
      .click();
    const form = agent.getByRole('form', { name: 'New SLA policy' });
    await form.getByLabel('Segment').selectOption({ label: 'Clients' });
    await form.getByLabel('Priority').selectOption('low');
    await form.getByLabel('Business calendar').selectOption({ label: name });
    await form.getByRole('group', { name: 'First response' }).getByLabel('Hours').fill('1');
    await form.getByRole('group', { name: 'First response' }).getByLabel('Minutes').fill('30');
    await form.getByRole('group', { name: 'Resolution' }).getByLabel('Hours').fill('8');
    await form.getByRole('button', { name: 'Create policy' }).click();
    await agent.getByText('SLA policy created').waitFor();
    const created = agent.getByRole('form', { name: 'Clients · Low priority' });
    await created.waitFor();
    expect(await created.getByRole('group', { name: 'First response' }).getByLabel('Hours').inputValue()).toBe('1');
    expect(await created.getByRole('group', { name: 'First response' }).getByLabel('Minutes').inputValue()).toBe('30');
  });

  it('shows the support dashboard’s key figures', async () => {
    await agent.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Support dashboard' }).click();
    await agent.getByRole('heading', { level: 1, name: 'Support dashboard' }).waitFor();
    const kpis = agent.getByRole('list', { name: 'Key figures' });
    for (const label of [
      'Deflection rate',
      'Self-service score',
      'SLA compliance',
      'Satisfaction (CSAT)',
      'Tickets',
      'Help-center sessions',
    ]) {
      await kpis.getByText(label, { exact: true }).waitFor();
    }
    await agent.getByRole('figure', { name: 'Tickets and deflected questions' }).waitFor();
    await agent.getByLabel('Period').selectOption('7');
    await kpis.waitFor();
  });
});
