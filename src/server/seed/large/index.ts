// The large seed: a deterministic test dataset for benchmarks — at scale 1, 1,000,000 knowledge-base articles and
// 1,000,000 tickets (with ~2 messages each) across 100,000 customer accounts in one self-service segment, worked
// by 50 agents in 8 groups; 1,000,000 invoices; 10,000,000 orders (100 per account); and on a tenth of the
// accounts a project each with 1,000,000 tasks in all (agent 1 holds 5,000 open ones) and 100,000 approvals. Same scale and options, same rows: ids, text and times derive from row numbers and
// a fixed dataset clock (sql.ts). Test data only: ids follow a counter and every staff password is the demo one.
import type { Database, Queryable } from '../../platform/db/index.ts';
import { seedArticles, seedCategories } from './knowledge-base.ts';
import { AGENTS, LARGE_OWNER_EMAIL, seedAccounts, seedStaffAndSegment } from './people.ts';
import { SEGMENT_ID } from './sql.ts';
import { advanceTicketNumbers, seedTickets } from './tickets.ts';
import {
  advanceInvoiceNumbers,
  seedApprovals,
  seedBillingProfiles,
  seedInvoices,
  seedProjects,
  seedTasks,
} from './client-work.ts';
import { seedOrders } from './orders.ts';

export { LARGE_AGENT_EMAIL, LARGE_OWNER_EMAIL } from './people.ts';
export { DATASET_END } from './sql.ts';

export interface LargeSeedOptions {
  /** 1 = 1M articles, 1M tickets, 100k accounts; 0.1 (100k of each) for the bench, 0.01 for quick runs. */
  scale: number;
  /** Messages per ticket (default 2); 0 skips messages, which is most of the embedded engine's time. */
  messagesPerTicket?: number;
  /** Orders per account (default 100: 10,000,000 at scale 1); 0 skips orders, the largest table. */
  ordersPerAccount?: number;
  /** Rows per INSERT ... SELECT statement. */
  batchSize?: number;
  log?: (message: string) => void;
}

export interface LargeSeedSummary {
  scale: number;
  accounts: number;
  customers: number;
  agents: number;
  articles: number;
  tickets: number;
  messages: number;
  invoices: number;
  orders: number;
  projects: number;
  tasks: number;
  approvals: number;
  seconds: number;
}

/** Open tasks assigned to agent 1 (the bench's "my tasks", issue 12: "a staff member with 5,000 open tasks"). */
const MY_OPEN_TASKS = 5_000;
const TASKS_PER_APPROVAL = 10;

export function largeSeedCounts(scale: number, messagesPerTicket = 2, ordersPerAccount = 100) {
  const accounts = Math.max(1, Math.round(100_000 * scale));
  const tickets = Math.max(1, Math.round(1_000_000 * scale));
  const tasks = Math.max(1, Math.round(1_000_000 * scale));
  return {
    accounts,
    customers: accounts,
    agents: AGENTS,
    articles: Math.max(1, Math.round(1_000_000 * scale)),
    tickets,
    messages: tickets * messagesPerTicket,
    invoices: Math.max(1, Math.round(1_000_000 * scale)),
    orders: accounts * ordersPerAccount,
    projects: Math.max(1, Math.round(accounts / 10)),
    tasks,
    approvals: Math.floor(tasks / TASKS_PER_APPROVAL),
  };
}

/** Whether this database already holds a large seed (its owner exists). */
export async function hasLargeSeed(db: Database): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM users WHERE lower(email) = $1', [LARGE_OWNER_EMAIL]);
  return rows.length > 0;
}

/** Whether the database has no people at all: the large seed only goes into an empty, migrated database. */
export async function hasNoUsers(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  return rows[0]!.n === 0;
}

async function inBatches(
  total: number,
  batch: number,
  what: string,
  log: (m: string) => void,
  run: (from: number, to: number) => Promise<void>,
) {
  const started = performance.now();
  for (let from = 1; from <= total; from += batch) {
    const to = Math.min(total, from + batch - 1);
    await run(from, to);
    const seconds = (performance.now() - started) / 1000;
    log(
      `  ${what}: ${to.toLocaleString('en')} / ${total.toLocaleString('en')}  (${seconds.toFixed(1)} s, ${Math.round(to / Math.max(seconds, 0.001)).toLocaleString('en')} rows/s)`,
    );
  }
}

/**
 * One session for the whole seed: on PostgreSQL a dedicated connection (so the settings below never leak into a
 * pool the app goes on using), on the embedded engine its single connection, restored afterwards.
 */
async function withSeedSession<T>(db: Database, fn: (session: Queryable) => Promise<T>): Promise<T> {
  const client = db.engine === 'postgres' && db.connectDedicated ? await db.connectDedicated() : null;
  const session: Queryable = client
    ? {
        query: async (sql, params) => {
          const r = await client.query(sql, params as unknown[] | undefined);
          return { rows: r.rows, rowCount: r.rowCount };
        },
        afterCommit: (fn) => fn(),
      }
    : db;
  const { rows } = await session.query<{ superuser: boolean }>(
    'SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user',
  );
  // Bulk-load settings. replica role skips the foreign-key triggers (about 40% of the ticket time on PostgreSQL):
  // every reference is computed by the same id functions as its target, and the integration test checks them.
  // The one other trigger (kb_articles_words, the typo dictionary) is done by seedArticles itself. Needs a
  // superuser; without one the seed is just slower.
  if (rows[0]?.superuser) await session.query('SET session_replication_role = replica');
  // The support report's rollups (migration 0034) are rebuilt once at the end rather than kept row by row.
  await session.query("SET portico.support_report_rollups = 'deferred'");
  if (client) await session.query('SET synchronous_commit = off');
  try {
    return await fn(session);
  } finally {
    if (client) await client.end();
    else {
      await session.query('RESET portico.support_report_rollups');
      if (rows[0]?.superuser) await session.query('SET session_replication_role = DEFAULT');
    }
  }
}

/** Seeds an empty, migrated database. Statements commit one by one: an interrupted seed needs --reset. */
export async function seedLarge(db: Database, options: LargeSeedOptions): Promise<LargeSeedSummary> {
  const log = options.log ?? (() => undefined);
  const messagesPerTicket = options.messagesPerTicket ?? 2;
  const batch = options.batchSize ?? 50_000;
  const counts = largeSeedCounts(options.scale, messagesPerTicket, options.ordersPerAccount ?? 100);
  if (!(await hasNoUsers(db)))
    throw new Error('The large seed needs an empty database (no users); use a dedicated database or --reset.');
  const started = performance.now();
  log(
    `Seeding scale ${options.scale}: ${counts.accounts.toLocaleString('en')} accounts, ${counts.articles.toLocaleString('en')} articles, ` +
      `${counts.tickets.toLocaleString('en')} tickets, ${counts.messages.toLocaleString('en')} messages, ` +
      `${counts.invoices.toLocaleString('en')} invoices, ${counts.orders.toLocaleString('en')} orders, ` +
      `${counts.tasks.toLocaleString('en')} tasks, ${counts.approvals.toLocaleString('en')} approvals (${db.engine})`,
  );
  await withSeedSession(db, async (session) => {
    await seedStaffAndSegment(session);
    await inBatches(counts.accounts, batch, 'accounts + customers', log, (from, to) => seedAccounts(session, from, to));
    await seedCategories(session);
    await inBatches(counts.articles, Math.min(batch, 20_000), 'articles', log, (from, to) =>
      seedArticles(session, from, to),
    );
    const shape = { tickets: counts.tickets, accounts: counts.accounts, messagesPerTicket };
    await inBatches(
      counts.tickets,
      Math.min(batch, Math.max(1, Math.floor(100_000 / Math.max(1, messagesPerTicket)))),
      'tickets',
      log,
      (from, to) => seedTickets(session, shape, SEGMENT_ID, from, to),
    );
    await advanceTicketNumbers(session, counts.tickets);
    await inBatches(counts.accounts, batch, 'billing profiles', log, (from, to) =>
      seedBillingProfiles(session, from, to),
    );
    await inBatches(counts.invoices, Math.min(batch, 20_000), 'invoices', log, (from, to) =>
      seedInvoices(session, counts.invoices, counts.accounts, from, to),
    );
    await advanceInvoiceNumbers(session, counts.invoices);
    await inBatches(counts.orders, Math.min(batch, 20_000), 'orders', log, (from, to) =>
      seedOrders(session, { orders: counts.orders, accounts: counts.accounts }, from, to),
    );
    await inBatches(counts.projects, batch, 'projects', log, (from, to) => seedProjects(session, from, to));
    const taskShape = { tasks: counts.tasks, projects: counts.projects, myOpenTasks: MY_OPEN_TASKS };
    await inBatches(counts.tasks, batch, 'tasks', log, (from, to) => seedTasks(session, taskShape, from, to));
    const approvalShape = { projects: counts.projects, tasksPerApproval: TASKS_PER_APPROVAL };
    await inBatches(counts.approvals, batch, 'approvals', log, (from, to) =>
      seedApprovals(session, approvalShape, from, to),
    );
    const rollupsStarted = performance.now();
    await session.query('SELECT support_report_rollups_rebuild()');
    log(`  support report rollups: ${((performance.now() - rollupsStarted) / 1000).toFixed(1)} s`);
    const analyzeStarted = performance.now();
    // VACUUM as well: a live database would have been vacuumed (hint bits, visibility map for index-only scans).
    await session.query('VACUUM (ANALYZE)');
    log(`  VACUUM (ANALYZE): ${((performance.now() - analyzeStarted) / 1000).toFixed(1)} s`);
  });
  const seconds = (performance.now() - started) / 1000;
  log(`Done in ${seconds.toFixed(1)} s`);
  return { scale: options.scale, ...counts, seconds };
}
