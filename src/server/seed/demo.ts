import type { AppContext } from '../platform/context.ts';
import { newId } from '../platform/ids.ts';
import { hashPassword } from '../platform/security/passwords.ts';
import { insertAccount } from '../modules/accounts/index.ts';
import { addMembership, insertUser } from '../modules/identity/index.ts';
import { insertSegment } from '../modules/segments/index.ts';
import { seedDemoKnowledgeBase } from '../modules/knowledge-base/index.ts';
import { seedDemoDocuments } from '../modules/documents/index.ts';
import { seedDemoConversations } from '../modules/conversations/index.ts';
import { seedDemoTickets } from '../modules/tickets/index.ts';
import { seedDemoBilling } from '../modules/billing/index.ts';
import { seedDemoProjects } from '../modules/projects/index.ts';
import { forgetPortalSettingsAfterCommit } from '../modules/settings/index.ts';
import { POLICYHOLDER_EMAIL, seedDemoPolicyholders, seedDemoShop } from './demo-self-service.ts';

export const DEMO_PASSWORD = 'northwind-demo-2026';

export interface DemoCredentials {
  staffOwner: string;
  clientUser: string;
  customer: string;
  policyholder: string;
  password: string;
  /** Every sign-in the README lists, in its order: the start banner prints them all. */
  signIns: { who: string; email: string }[];
}

const CLIENT_ACCOUNTS = [
  {
    name: 'Acme Manufacturing',
    people: [
      ['Alice Archer', 'alice@acme.example', 'account_admin'],
      ['Adam Alvarez', 'adam@acme.example', 'member'],
    ],
  },
  {
    name: 'Blue Harbor Dental',
    people: [
      ['Bianca Brooks', 'bianca@blueharbor.example', 'account_admin'],
      ['Ben Baker', 'ben@blueharbor.example', 'member'],
    ],
  },
  {
    name: 'Cedar & Pine Legal',
    people: [
      ['Carla Chen', 'carla@cedarpine.example', 'account_admin'],
      ['Chris Cole', 'chris@cedarpine.example', 'member'],
    ],
  },
] as const;

const FIRST = [
  'Dana',
  'Eli',
  'Fatima',
  'Georg',
  'Hana',
  'Ivan',
  'Jade',
  'Kofi',
  'Lena',
  'Marek',
  'Nora',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tara',
  'Umar',
  'Vera',
  'Wes',
  'Xenia',
  'Yusuf',
  'Zoe',
  'Amir',
  'Beth',
];
const LAST = [
  'Diaz',
  'Evans',
  'Farah',
  'Gruber',
  'Haddad',
  'Ivanov',
  'Jones',
  'Kim',
  'Larsen',
  'Mendes',
  'Novak',
  'Okafor',
  'Patel',
  'Quist',
  'Rossi',
  'Svensson',
  'Tanaka',
  'Usman',
  'Varga',
  'Weber',
  'Xu',
  'Yilmaz',
  'Zhang',
  'Abadi',
  'Brandt',
];

export async function databaseIsEmpty(ctx: AppContext) {
  const { rows } = await ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  return rows[0]!.n === 0;
}

/**
 * The demo: an accounting firm with three client workspaces, a self-service customer segment (tickets, orders and
 * returns) and a policyholder segment (the insurance recipe).
 */
export async function seedDemo(ctx: AppContext): Promise<DemoCredentials> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await ctx.db.transaction(async (tx) => {
    await tx.query(
      "UPDATE portal_settings SET name = 'Northwind Advisory', primary_color = '#1f5f8b', support_email = 'help@northwind.example'",
    );
    // Settings are cached in each process until they change: this one drops its copy after the commit.
    forgetPortalSettingsAfterCommit(tx);
    const person = async (name: string, email: string, staffRole: 'owner' | 'admin' | 'agent' | null = null) => {
      const id = newId();
      await insertUser(tx, { id, email, name, passwordHash, staffRole });
      return id;
    };
    const ownerId = await person('Olivia Owner', 'owner@northwind.example', 'owner');
    await person('Adrian Admin', 'admin@northwind.example', 'admin');
    const agentId = await person('Agnes Agent', 'agent@northwind.example', 'agent');

    const clients = newId();
    await insertSegment(tx, clients, {
      name: 'Clients',
      kind: 'client_workspaces',
      modules: ['documents', 'messages', 'billing', 'projects', 'approvals'],
      signInMethods: ['password', 'magic_link'],
      requireTwoFactor: false,
    });
    const customers = newId();
    await insertSegment(tx, customers, {
      name: 'Customers',
      kind: 'self_service',
      modules: ['knowledge_base', 'tickets', 'orders', 'returns'],
      signInMethods: ['password', 'magic_link'],
      requireTwoFactor: false,
    });
    await seedDemoKnowledgeBase(tx, { customers }, { id: ownerId, label: 'Olivia Owner' });

    const clientAccountIds: string[] = [];
    const clientUserIds: string[] = [];
    for (const account of CLIENT_ACCOUNTS) {
      const accountId = newId();
      clientAccountIds.push(accountId);
      await insertAccount(tx, { id: accountId, name: account.name, segmentId: clients });
      for (const [name, email, role] of account.people) {
        const userId = await person(name, email, null);
        clientUserIds.push(userId);
        await addMembership(tx, accountId, userId, role);
      }
    }
    // The agent works only on Acme: shows an agent limited to assigned accounts.
    await tx.query('UPDATE users SET limited_to_assigned_accounts = true WHERE id = $1', [agentId]);
    await tx.query('INSERT INTO staff_assignments (user_id, account_id) VALUES ($1, $2)', [
      agentId,
      clientAccountIds[0],
    ]);
    await seedDemoDocuments(ctx, tx, clientAccountIds[0]!, ownerId, clientUserIds[0]!);
    await seedDemoConversations(tx, clientAccountIds[0]!, ownerId, clientUserIds[0]!, ctx.clock.now());
    await seedDemoBilling(ctx, tx, clientAccountIds[0]!, ownerId);
    await seedDemoProjects(tx, {
      accountId: clientAccountIds[0]!,
      ownerId,
      clientId: clientUserIds[0]!,
      now: ctx.clock.now(),
    });
    // A consultant who works with two client companies switches between them.
    const consultant = await person('Sam Shared', 'sam@consultant.example');
    await addMembership(tx, clientAccountIds[0]!, consultant, 'member');
    await addMembership(tx, clientAccountIds[1]!, consultant, 'member');

    const customerAccounts: { accountId: string; userId: string }[] = [];
    for (let index = 0; index < 25; index += 1) {
      const name = `${FIRST[index]} ${LAST[index]}`;
      const accountId = newId();
      await insertAccount(tx, { id: accountId, name, segmentId: customers });
      const userId = await person(
        name,
        `${FIRST[index]!.toLowerCase()}.${LAST[index]!.toLowerCase()}@customers.example`,
      );
      await addMembership(tx, accountId, userId, 'account_admin');
      customerAccounts.push({ accountId, userId });
    }
    await seedDemoTickets(tx, ctx.clock.now());
    await seedDemoShop(ctx, tx, customerAccounts, ownerId);
    // The insurance pattern as a second self-service segment, after everything tests count by creation order.
    await seedDemoPolicyholders(ctx, tx, (name, email) => person(name, email), ownerId);
  });
  return demoCredentials();
}

/** The demo's sign-ins, as the README lists them. */
export function demoCredentials(): DemoCredentials {
  return {
    staffOwner: 'owner@northwind.example',
    clientUser: 'alice@acme.example',
    customer: 'dana.diaz@customers.example',
    policyholder: POLICYHOLDER_EMAIL,
    password: DEMO_PASSWORD,
    signIns: [
      { who: 'staff owner', email: 'owner@northwind.example' },
      { who: 'client user (Acme Manufacturing admin)', email: 'alice@acme.example' },
      { who: 'customer', email: 'dana.diaz@customers.example' },
      { who: 'staff agent limited to Acme', email: 'agent@northwind.example' },
      { who: 'a person in two client companies', email: 'sam@consultant.example' },
      { who: 'policyholder (insurance segment)', email: POLICYHOLDER_EMAIL },
    ],
  };
}
