// Staff, groups, the self-service segment with its SLA policies, and the customer accounts (one person each).
import { hash } from '@node-rs/argon2';
import type { Queryable } from '../../platform/db/index.ts';
import { DEMO_PASSWORD } from '../demo.ts';
import {
  ACCOUNTS_BASE_MS,
  COMPANY_KINDS,
  COMPANY_WORDS,
  FIRST_NAMES,
  GROUP_NAMES,
  LAST_NAMES,
  SEGMENT_ID,
  accountIdSql,
  customerIdSql,
  groupIdSql,
  pick,
  slaIdSql,
  staffId,
  staffIdSql,
  timestampOf,
} from './sql.ts';

/** Agents who work the queue (staff ids 3..AGENTS+2; 1 is the owner, 2 the admin). */
export const AGENTS = 50;
export const LARGE_OWNER_EMAIL = 'owner@large.example';
export const LARGE_AGENT_EMAIL = 'agent1@large.example';

/**
 * The demo password, hashed with a fixed salt so the seed stays byte-for-byte repeatable. Argon2id with the
 * app's parameters: verifyPassword reads them from the hash. Only the seed's own staff get a password.
 */
export async function seedPasswordHash(): Promise<string> {
  return hash(DEMO_PASSWORD, {
    algorithm: 2,
    memoryCost: 19456,
    timeCost: 2,
    parallelism: 1,
    salt: Buffer.from('portico-large-seed'),
  });
}

export async function seedStaffAndSegment(db: Queryable) {
  const passwordHash = await seedPasswordHash();
  const base = timestampOf(String(ACCOUNTS_BASE_MS));
  // Auto-close at its longest: the seed's solved tickets are recent, but the dataset's clock is fixed, not now().
  await db.query(
    `UPDATE portal_settings SET name = 'Portico large seed', support_email = 'help@large.example', ticket_auto_close_days = 90, updated_at = ${base}`,
  );
  await db.query(
    `INSERT INTO segments (id, name, kind, modules, sign_in_methods, tickets_visible_to_account_admins, created_at, updated_at)
     VALUES ($1, 'Customers', 'self_service', '{knowledge_base,tickets,billing,orders,returns,projects,approvals}', '{password,magic_link}', true, ${base}, ${base})`,
    [SEGMENT_ID],
  );
  await db.query('UPDATE portal_settings SET ticket_email_segment_id = $1', [SEGMENT_ID]);
  await db.query(
    `INSERT INTO users (id, email, name, password_hash, staff_role, created_at, updated_at)
     SELECT ${staffIdSql('g')},
       CASE g WHEN 1 THEN 'owner@large.example' WHEN 2 THEN 'admin@large.example' ELSE 'agent' || (g - 2) || '@large.example' END,
       CASE g WHEN 1 THEN 'Olga Owner' WHEN 2 THEN 'Arne Admin' ELSE ${pick(FIRST_NAMES, 'g * 7')} || ' ' || ${pick(LAST_NAMES, 'g * 11')} || ' (agent ' || (g - 2) || ')' END,
       $1, CASE g WHEN 1 THEN 'owner' WHEN 2 THEN 'admin' ELSE 'agent' END, ${base}, ${base}
     FROM generate_series(1, $2::int + 2) g`,
    [passwordHash, AGENTS],
  );
  await db.query(
    `INSERT INTO ticket_groups (id, name, created_at) SELECT ${groupIdSql('g')}, (${`ARRAY[${GROUP_NAMES.map((n) => `'${n}'`).join(',')}]`})[g], ${base}
     FROM generate_series(1, ${GROUP_NAMES.length}) g`,
  );
  // Each agent in one group, the last eight also in Escalations.
  await db.query(
    `INSERT INTO ticket_group_members (group_id, user_id)
     SELECT ${groupIdSql(`1 + (a - 1) % ${GROUP_NAMES.length}`)}, ${staffIdSql('a + 2')} FROM generate_series(1, $1::int) a
     UNION SELECT ${groupIdSql(String(GROUP_NAMES.length))}, ${staffIdSql('a + 2')} FROM generate_series($1::int - 7, $1::int) a`,
    [AGENTS],
  );
  // Targets per priority (low, normal, high, urgent), around the clock: first response and resolution minutes.
  await db.query(
    `INSERT INTO sla_policies (id, segment_id, priority, first_response_minutes, resolution_minutes, created_at)
     SELECT ${slaIdSql('p')}, $1, (ARRAY['low','normal','high','urgent'])[p], (ARRAY[1440,480,240,60])[p], (ARRAY[5760,2880,1440,480])[p], ${base}
     FROM generate_series(1, 4) p`,
    [SEGMENT_ID],
  );
}

/** Accounts i..j with one account admin each (customer i belongs to account i). */
export async function seedAccounts(db: Queryable, from: number, to: number) {
  const created = timestampOf(`${ACCOUNTS_BASE_MS} + g * 1000`);
  await db.query(
    `INSERT INTO accounts (id, segment_id, name, created_at, updated_at)
     SELECT ${accountIdSql('g')}, $1, ${pick(COMPANY_WORDS, 'g')} || ' ' || ${pick(COMPANY_KINDS, 'g / 15')} || ' ' || g, ${created}, ${created}
     FROM generate_series($2::bigint, $3::bigint) g ORDER BY g`,
    [SEGMENT_ID, from, to],
  );
  await db.query(
    `INSERT INTO users (id, email, name, locale, created_at, updated_at)
     SELECT ${customerIdSql('g')}, lower(${pick(FIRST_NAMES, 'g')} || '.' || ${pick(LAST_NAMES, 'g / 31')}) || '.' || g || '@customers.large.example',
       ${pick(FIRST_NAMES, 'g')} || ' ' || ${pick(LAST_NAMES, 'g / 31')}, 'en', ${created}, ${created}
     FROM generate_series($1::bigint, $2::bigint) g ORDER BY g`,
    [from, to],
  );
  await db.query(
    `INSERT INTO memberships (account_id, user_id, role, created_at)
     SELECT ${accountIdSql('g')}, ${customerIdSql('g')}, 'account_admin', ${created}
     FROM generate_series($1::bigint, $2::bigint) g ORDER BY g`,
    [from, to],
  );
}

export const ownerId = () => staffId(1);
