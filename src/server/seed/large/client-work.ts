// Billing and client work of the large seed (issues 11 and 12): invoices with their lines and billing profiles over
// every account; projects, tasks and approvals over a tenth of them. Same approach as tickets.ts: one statement
// per batch, every row derived from its number n with md5-based draws, so two runs give the same rows.
import type { Queryable } from '../../platform/db/index.ts';
import { AGENTS } from './people.ts';
import {
  DATASET_END,
  KIND,
  NOUNS,
  TICKETS_SPAN_DAYS,
  VERBS,
  accountIdSql,
  customerIdSql,
  idSql,
  msOf,
  pick,
  r16,
  r32,
  staffIdSql,
} from './sql.ts';

/** Staff id 3 is agent 1, the seed's signed-in agent: the bench's "my tasks" is theirs. */
export const MY_TASKS_AGENT = 3;

/**
 * Billing profiles (EUR, net 30) for accounts from..to. Each account's invoices are spread over the year; status mix
 * of sent documents: paid 75%, open 17% (a third of them overdue), void 2%; 6% are drafts (no number yet).
 */
export async function seedBillingProfiles(db: Queryable, from: number, to: number) {
  await db.query(
    `INSERT INTO billing_profiles (account_id, legal_name, address, currency, updated_at)
     SELECT ${accountIdSql('g')}, a.name, g || ' Market Street, Springfield', 'EUR', a.created_at
     FROM generate_series($1::bigint, $2::bigint) g JOIN accounts a ON a.id = ${accountIdSql('g')} ORDER BY g`,
    [from, to],
  );
}

function invoiceSource(invoices: number, accounts: number): string {
  const stepSeconds = (TICKETS_SPAN_DAYS * 86_400) / invoices;
  return `
    SELECT n, ${idSql(KIND.invoice, 'n', msOf('created_at'))} AS id, ${accountIdSql('account_i')} AS account_id, created_at,
      CASE WHEN r_status % 100 < 6 THEN 'draft' WHEN r_status % 100 < 8 THEN 'void'
        WHEN r_status % 100 < 25 AND created_at > timestamptz '${DATASET_END}' - interval '120 days' THEN 'sent' ELSE 'paid' END AS status,
      lines, (1 + r_price % 40) * 2500 AS unit_price
    FROM (
      SELECT g AS n, timestamptz '${DATASET_END}' - interval '${TICKETS_SPAN_DAYS} days' + (g - 1) * ${stepSeconds} * interval '1 second' AS created_at,
        1 + ${r32('h.h', 0)} % ${accounts} AS account_i, ${r16('h.h', 2)} AS r_status, ${r16('h.h', 3)} AS r_price,
        1 + ${r16('h.h', 4)} % 3 AS lines
      FROM generate_series($1::bigint, $2::bigint) g, LATERAL (SELECT md5('invoice:' || g) AS h) h
    ) drawn`;
}

/**
 * Invoices from..to with 1–3 lines each (quantity 1–3 of a price, 20% VAT exclusive). Sent ones are numbered
 * INV-2026-0000001 upwards in creation order, as the app numbers them (gapless per series; counter advanced after).
 */
export async function seedInvoices(db: Queryable, invoices: number, accounts: number, from: number, to: number) {
  const line = (k: string) => `(src.unit_price * (1 + (src.n + ${k}) % 3))`;
  await db.query(
    `WITH src AS MATERIALIZED (${invoiceSource(invoices, accounts)}),
     totals AS MATERIALIZED (
       SELECT src.*, sum(${line('k')})::bigint AS net, sum(round(${line('k')} * 0.2))::bigint AS tax
       FROM src, generate_series(1, src.lines) k GROUP BY src.n, src.id, src.account_id, src.created_at, src.status, src.lines, src.unit_price),
     doc AS (
       INSERT INTO billing_documents (id, account_id, kind, status, number, currency, issue_date, due_date, subtotal, net, tax_total, total,
         taxes, amount_paid, sent_at, paid_at, voided_at, created_by, created_at, updated_at)
       SELECT id, account_id, 'invoice', status, CASE WHEN status <> 'draft' THEN 'INV-2026-' || lpad(n::text, 7, '0') END, 'EUR',
         CASE WHEN status <> 'draft' THEN created_at::date END, CASE WHEN status <> 'draft' THEN created_at::date + 30 END,
         net, net, tax, net + tax, jsonb_build_array(jsonb_build_object('name', 'VAT', 'percent', 20, 'amount', tax)),
         CASE WHEN status = 'paid' THEN net + tax ELSE 0 END,
         CASE WHEN status <> 'draft' THEN created_at END, CASE WHEN status = 'paid' THEN created_at + interval '12 days' END,
         CASE WHEN status = 'void' THEN created_at + interval '2 days' END,
         ${staffIdSql('1 + n % 2')}, created_at, created_at
       FROM totals ORDER BY n)
     INSERT INTO billing_document_lines (id, document_id, position, description, quantity, unit_price, tax_rates, gross, discount_total, net, tax_total, total)
     SELECT ${idSql(KIND.invoiceLine, '(src.n - 1) * 3 + k', msOf('src.created_at'))}, src.id, k,
       initcap(${pick(VERBS, 'src.n + k')}) || ' ' || ${pick(NOUNS, 'src.n * 3 + k')} || ' (' || to_char(src.created_at, 'Mon YYYY') || ')',
       (1 + (src.n + k) % 3) * 1000, src.unit_price, '[{"name":"VAT","percent":20,"inclusive":false,"compound":false}]'::jsonb,
       ${line('k')}, 0, ${line('k')}, round(${line('k')} * 0.2), ${line('k')} + round(${line('k')} * 0.2)
     FROM src, generate_series(1, src.lines) k ORDER BY src.n, k`,
    [from, to],
  );
}

/** The next invoice the app sends continues after the seeded numbers. */
export async function advanceInvoiceNumbers(db: Queryable, invoices: number) {
  await db.query(
    `INSERT INTO billing_number_counters (kind, year, last_value) VALUES ('invoice', 2026, $1)
     ON CONFLICT (kind, year) DO UPDATE SET last_value = EXCLUDED.last_value`,
    [invoices],
  );
}

/**
 * One project per account for accounts from..to (the seed gives projects to the first tenth of its accounts).
 */
export async function seedProjects(db: Queryable, from: number, to: number) {
  await db.query(
    `INSERT INTO projects (id, account_id, name, description, status, start_date, due_date, created_by, created_at, updated_at)
     SELECT ${idSql(KIND.project, 'g', `${msOf(`timestamptz '${DATASET_END}' - interval '200 days'`)} + g`)}, ${accountIdSql('g')},
       initcap(${pick(NOUNS, 'g')}) || ' engagement ' || g, 'Year-round work for the account.', 'active',
       (timestamptz '${DATASET_END}' - interval '200 days')::date, (timestamptz '${DATASET_END}' + interval '165 days')::date,
       ${staffIdSql('1')}, timestamptz '${DATASET_END}' - interval '200 days', timestamptz '${DATASET_END}' - interval '200 days'
     FROM generate_series($1::bigint, $2::bigint) g ORDER BY g`,
    [from, to],
  );
}

/**
 * Tasks from..to, dealt round-robin over the projects. Every 20th goes to agent 1 until they hold myOpenTasks open
 * tasks (the bench's "my tasks"); the rest to other agents, to the account's customer ("what you owe us") or to
 * nobody. A tenth are done, the rest to do, in progress or waiting, due within four months of creation.
 */
export async function seedTasks(
  db: Queryable,
  shape: { tasks: number; projects: number; myOpenTasks: number },
  from: number,
  to: number,
) {
  // Agent 1 gets every 20th task (never a done one) until they hold myOpenTasks.
  const myEvery = 20;
  const myLast = Math.min(shape.tasks, shape.myOpenTasks * myEvery);
  await db.query(
    `INSERT INTO tasks (id, project_id, account_id, title, status, priority, assignee_id, due_date, completed_at, completed_by, created_by, created_at, updated_at)
     SELECT ${idSql(KIND.task, 'n', msOf('created_at'))},
       ${idSql(KIND.project, 'project_i', `${msOf(`timestamptz '${DATASET_END}' - interval '200 days'`)} + project_i`)}, ${accountIdSql('project_i')},
       initcap(verb) || ' the ' || noun, status, (ARRAY['low','normal','high','urgent'])[1 + r_prio % 4],
       CASE WHEN n % ${myEvery} = 0 AND n <= ${myLast} THEN ${staffIdSql(String(MY_TASKS_AGENT))}
         WHEN r_who % 10 < 3 THEN ${customerIdSql('project_i')} WHEN r_who % 10 < 4 THEN NULL
         ELSE ${staffIdSql(`4 + r_who % ${AGENTS - 1}`)} END,
       (created_at + (r_due % 120) * interval '1 day')::date,
       CASE WHEN status = 'done' THEN created_at + interval '3 days' END, CASE WHEN status = 'done' THEN ${staffIdSql('1')} END,
       ${staffIdSql('1')}, created_at, created_at
     FROM (
       SELECT g AS n, 1 + (g - 1) % ${shape.projects} AS project_i,
         timestamptz '${DATASET_END}' - interval '200 days' + ((g - 1) / ${shape.projects}) * interval '1 hour' AS created_at,
         CASE WHEN ${r16('h.h', 0)} % 10 = 0 AND g % ${myEvery} <> 0 THEN 'done' WHEN ${r16('h.h', 0)} % 10 < 4 THEN 'in_progress'
           WHEN ${r16('h.h', 0)} % 10 < 5 THEN 'waiting' ELSE 'todo' END AS status,
         ${r16('h.h', 1)} AS r_prio, ${r16('h.h', 2)} AS r_who, ${r16('h.h', 3)} AS r_due,
         ${pick(VERBS, `${r16('h.h', 4)}`)} AS verb, ${pick(NOUNS, `${r16('h.h', 5)}`)} AS noun
       FROM generate_series($1::bigint, $2::bigint) g, LATERAL (SELECT md5('task:' || g) AS h) h
     ) drawn ORDER BY n`,
    [from, to],
  );
}

/** Approvals on tasks 10, 20, 30… (task approvals: one client approver, then the firm in sequence for one in three). */
export async function seedApprovals(
  db: Queryable,
  shape: { projects: number; tasksPerApproval: number },
  from: number,
  to: number,
) {
  const tasksPerApproval = shape.tasksPerApproval;
  await db.query(
    `WITH src AS MATERIALIZED (
       SELECT g AS n, g * ${tasksPerApproval} AS task_n, 1 + (g * ${tasksPerApproval} - 1) % p.projects AS project_i,
         ${r16('h.h', 0)} AS r_state, p.created_at
       FROM generate_series($1::bigint, $2::bigint) g, LATERAL (SELECT md5('approval:' || g) AS h) h,
         LATERAL (SELECT $3::bigint AS projects, timestamptz '${DATASET_END}' - interval '150 days' + g * interval '1 minute' AS created_at) p),
     ap AS (
       INSERT INTO approvals (id, account_id, subject_type, title, message, task_id, mode, due_date, status, content_sha256, requested_by, created_at, closed_at)
       SELECT ${idSql(KIND.approval, 'n', msOf('created_at'))}, ${accountIdSql('project_i')}, 'task', 'Sign off task ' || task_n, '',
         ${idSql(KIND.task, 'task_n', msOf(`timestamptz '${DATASET_END}' - interval '200 days' + ((task_n - 1) / $3::bigint) * interval '1 hour'`))},
         CASE WHEN n % 3 = 0 THEN 'sequential' ELSE 'parallel' END, (created_at + interval '14 days')::date,
         CASE WHEN r_state % 10 < 6 THEN 'approved' WHEN r_state % 10 < 7 THEN 'changes_requested' ELSE 'pending' END,
         md5('task:' || task_n) || md5('task:' || task_n), ${staffIdSql('1')}, created_at,
         CASE WHEN r_state % 10 < 7 THEN created_at + interval '3 days' END
       FROM src ORDER BY n)
     INSERT INTO approval_approvers (approval_id, user_id, position, side, decision, decided_at, decided_sha256)
     SELECT ${idSql(KIND.approval, 'n', msOf('created_at'))}, CASE WHEN k = 1 THEN ${customerIdSql('project_i')} ELSE ${staffIdSql('1')} END, k,
       CASE WHEN k = 1 THEN 'client' ELSE 'firm' END,
       CASE WHEN r_state % 10 < 6 THEN 'approved' WHEN r_state % 10 < 7 AND k = 1 THEN 'changes_requested' END,
       CASE WHEN r_state % 10 < 6 OR (r_state % 10 < 7 AND k = 1) THEN created_at + interval '3 days' END,
       CASE WHEN r_state % 10 < 6 OR (r_state % 10 < 7 AND k = 1) THEN md5('task:' || task_n) || md5('task:' || task_n) END
     FROM src, generate_series(1, CASE WHEN n % 3 = 0 THEN 2 ELSE 1 END) k ORDER BY n, k`,
    [from, to, shape.projects],
  );
  // Whose turn (migration 0092): its trigger is off during the seed (session_replication_role), so set it here.
  await db.query(
    `UPDATE approvals p SET turn_firm = approval_turn(p.id, 'firm'), turn_client = approval_turn(p.id, 'client')
     FROM (SELECT ${idSql(KIND.approval, 'n', msOf('created_at'))} AS id
           FROM generate_series($1::bigint, $2::bigint) n,
             LATERAL (SELECT timestamptz '${DATASET_END}' - interval '150 days' + n * interval '1 minute' AS created_at) c) src
     WHERE p.id = src.id AND p.status = 'pending'`,
    [from, to],
  );
}
