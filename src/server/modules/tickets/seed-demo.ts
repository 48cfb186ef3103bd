import type { Queryable } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import { seedSlaDemo } from './collaborators.ts';
import { insertDemoTicket, type DemoTicketStatus } from './seed-demo-ticket.ts';

const CANNED = [
  [
    'Greeting',
    'Hi {{requester.firstName}},\n\nThanks for contacting {{portal.name}} about ticket #{{ticket.number}}. We are looking into it.\n\n{{agent.name}}',
  ],
  [
    'Need more details',
    'Hi {{requester.firstName}},\n\nCould you tell us a bit more about "{{ticket.subject}}"? Screenshots help.\n\n{{agent.name}}',
  ],
  [
    'Solved',
    'Hi {{requester.firstName}},\n\nWe believe this is solved. Reply within a few days if anything is still wrong.\n\n{{agent.name}}, {{portal.name}}',
  ],
] as const;

/**
 * The demo help desk over the Customers segment: two groups, canned replies, two custom fields, a shared view
 * and six tickets of three customers in various states. No notifications or emails: it is the past.
 */
export async function seedDemoTickets(tx: Queryable, now: Date) {
  const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000);
  const one = async (sql: string, params: unknown[]) => (await tx.query<{ id: string }>(sql, params)).rows[0]!.id;
  const customers = await one("SELECT id FROM segments WHERE name = 'Customers'", []);
  const staff = (
    await tx.query<{ id: string; email: string }>(
      "SELECT id, email FROM users WHERE email IN ('owner@northwind.example', 'admin@northwind.example', 'agent@northwind.example')",
      [],
    )
  ).rows;
  const staffId = (email: string) => staff.find((row) => row.email === email)!.id;
  await tx.query(
    "UPDATE segments SET tickets_visible_to_account_admins = false, unknown_sender_policy = 'create_customer' WHERE id = $1",
    [customers],
  );
  await tx.query('UPDATE portal_settings SET ticket_email_segment_id = $1', [customers]);
  const clients = await one("SELECT id FROM segments WHERE name = 'Clients'", []);
  await seedSlaDemo(tx, { customersSegmentId: customers, clientsSegmentId: clients }, now);

  const support = newId();
  const billing = newId();
  await tx.query("INSERT INTO ticket_groups (id, name) VALUES ($1, 'Support'), ($2, 'Billing')", [support, billing]);
  await tx.query(
    'INSERT INTO ticket_group_members (group_id, user_id) SELECT g, u FROM unnest($1::uuid[]) g CROSS JOIN unnest($2::uuid[]) u',
    [[support, billing], staff.map((row) => row.id)],
  );
  for (const [title, body] of CANNED) {
    await tx.query(
      'INSERT INTO canned_replies (id, owner_id, title, body, created_by, updated_at) VALUES ($1, NULL, $2, $3, $4, $5)',
      [newId(), title, body, staffId('owner@northwind.example'), now],
    );
  }
  const area = newId();
  await tx.query(
    `INSERT INTO ticket_fields (id, segment_id, label, type, options, required, customer_visible, position) VALUES
       ($1, $3, 'Product area', 'select', ARRAY['Orders', 'Shipping', 'Account', 'Other'], false, true, 0),
       ($2, $3, 'Order number', 'text', '{}', false, true, 1)`,
    [area, newId(), customers],
  );
  await tx.query(
    "INSERT INTO ticket_views (id, owner_id, name, filters, position) VALUES ($1, NULL, 'Unassigned open', $2, 0)",
    [newId(), JSON.stringify({ status: ['new', 'open'], assignee: 'none', sort: 'updated_desc' })],
  );

  const people = (
    await tx.query<{ user_id: string; account_id: string; email: string }>(
      `SELECT m.user_id, m.account_id, u.email FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE u.email IN ('dana.diaz@customers.example', 'eli.evans@customers.example', 'fatima.farah@customers.example') ORDER BY u.email`,
      [],
    )
  ).rows;
  const admin = staffId('admin@northwind.example');
  const owner = staffId('owner@northwind.example');
  const tickets: [number, string, DemoTicketStatus, string, string | null, string, string | null][] = [
    [
      0,
      'Order arrived damaged',
      'open',
      'high',
      support,
      'The box was crushed and the mug inside is broken.',
      'Sorry about that! Could you send a photo of the box?',
    ],
    [
      0,
      'Change my delivery address',
      'new',
      'normal',
      null,
      'I moved last week. Can you update the address on my open order?',
      null,
    ],
    [
      1,
      'Invoice shows the wrong VAT number',
      'pending_customer',
      'normal',
      billing,
      'My invoice has an old VAT number on it.',
      'Which VAT number should we use? We will reissue the invoice.',
    ],
    [
      1,
      'Cannot sign in on my phone',
      'solved',
      'low',
      support,
      'The sign-in page keeps reloading on my phone.',
      'Clearing the browser cache fixes this; we also shipped a fix today.',
    ],
    [
      2,
      'Refund for cancelled order',
      'on_hold',
      'urgent',
      billing,
      'I cancelled order 4471 two weeks ago and still have no refund.',
      'We are waiting for the payment provider; we will update you by Friday.',
    ],
    [
      2,
      'Question about bulk discounts',
      'closed',
      'low',
      null,
      'Do you offer discounts for orders of 50 or more?',
      'Yes: 10% from 50 items. Just mention it in the order notes.',
    ],
  ];
  let minutes = 6 * 24 * 60;
  for (const [who, subject, status, priority, groupId, question, answer] of tickets) {
    const person = people[who]!;
    minutes -= 12 * 60;
    await insertDemoTicket(tx, {
      accountId: person.account_id,
      segmentId: customers,
      requesterId: person.user_id,
      subject,
      status,
      priority,
      assigneeId: groupId ? (groupId === billing ? owner : admin) : null,
      groupId,
      tags: groupId === billing ? ['billing'] : [],
      customFields: { [area]: groupId === billing ? 'Orders' : 'Account' },
      question,
      answer: answer ? { authorId: groupId === billing ? owner : admin, body: answer } : null,
      askedAt: at(minutes),
    });
  }
}
