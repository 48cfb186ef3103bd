// SQL building blocks of the large seed: deterministic ids, pseudo-random numbers and text, all computed inside
// the database (generate_series + INSERT ... SELECT) so a million rows never pass through Node.

/** The dataset's clock: every timestamp is derived from this instant, never from now(), so two runs are equal. */
export const DATASET_END = '2026-11-01T00:00:00Z';
const DATASET_END_MS = Date.parse(DATASET_END);
/** Accounts, people and the knowledge base are older than the year of tickets. */
export const ACCOUNTS_BASE_MS = DATASET_END_MS - 500 * 86_400_000;
export const KB_BASE_MS = DATASET_END_MS - 450 * 86_400_000;
export const TICKETS_SPAN_DAYS = 365;

/** The 12-bit "kind" inside each id keeps the id spaces of different tables apart. */
export const KIND = {
  segment: 1,
  staff: 2,
  group: 3,
  sla: 4,
  account: 5,
  customer: 6,
  category: 7,
  section: 8,
  article: 9,
  ticket: 10,
  message: 11,
  invoice: 12,
  invoiceLine: 13,
  project: 14,
  task: 15,
  approval: 16,
  order: 17,
  orderStatus: 18,
} as const;

/**
 * A UUIDv7-shaped id: 48 bits of milliseconds (so ids still sort by creation time and index like the app's),
 * version 7, the 12-bit kind, the RFC 4122 variant, then a 60-bit counter instead of random bits. Unique per
 * (kind, n), identical on every run — this is test data, whose ids must not be guessable-proof.
 */
export function idSql(kind: number, n: string, ms: string): string {
  return `(lpad(to_hex((${ms})::bigint), 12, '0') || '7' || '${kind.toString(16).padStart(3, '0')}' || '8' || lpad(to_hex((${n})::bigint), 15, '0'))::uuid`;
}

/** The same id computed in Node (for the few rows the seed creates one by one, and for tests). */
export function idOf(kind: number, n: number, ms: number): string {
  const hex = `${ms.toString(16).padStart(12, '0')}7${kind.toString(16).padStart(3, '0')}8${n.toString(16).padStart(15, '0')}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const msOf = (timestamp: string) => `(extract(epoch FROM ${timestamp}) * 1000)::bigint`;
export const timestampOf = (ms: string) => `to_timestamp((${ms})::float8 / 1000)`;

export const accountIdSql = (i: string) => idSql(KIND.account, i, `${ACCOUNTS_BASE_MS} + (${i}) * 1000`);
export const customerIdSql = (i: string) => idSql(KIND.customer, i, `${ACCOUNTS_BASE_MS} + (${i}) * 1000`);
export const sectionIdSql = (i: string) => idSql(KIND.section, i, String(KB_BASE_MS));
export const staffId = (i: number) => idOf(KIND.staff, i, ACCOUNTS_BASE_MS);
export const staffIdSql = (i: string) => idSql(KIND.staff, i, String(ACCOUNTS_BASE_MS));
export const groupIdSql = (i: string) => idSql(KIND.group, i, String(ACCOUNTS_BASE_MS));
export const slaIdSql = (i: string) => idSql(KIND.sla, i, String(ACCOUNTS_BASE_MS));
export const SEGMENT_ID = idOf(KIND.segment, 1, ACCOUNTS_BASE_MS);

/**
 * A 16-bit pseudo-random number (0..65535): slice `slot` (0..7) of md5(`salt:n`). One md5 per row gives up to
 * eight independent draws; md5 is the same on every PostgreSQL version and in PGlite, unlike hash functions.
 */
export const r16 = (hash: string, slot: number) => `('x' || substr(${hash}, ${slot * 4 + 1}, 4))::bit(16)::int`;
/** A 32-bit one from slots `slot` and `slot + 1`. */
export const r32 = (hash: string, slot: number) => `('x' || substr(${hash}, ${slot * 4 + 1}, 8))::bit(32)::bigint`;

/** A SQL array literal of words; pick one with `pick(list, expr)`. */
const sqlArray = (words: readonly string[]) =>
  `ARRAY[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(',')}]::text[]`;
export const pick = (words: readonly string[], expr: string) =>
  `(${sqlArray(words)})[1 + ((${expr})::bigint % ${words.length})]`;

// Small vocabularies: every pair of a verb and a noun appears in titles, so realistic two-word queries
// ("reset password", "export invoice") hit a few dozen titles and a few hundred bodies at full scale.
export const VERBS = [
  'reset',
  'export',
  'import',
  'configure',
  'update',
  'cancel',
  'change',
  'connect',
  'create',
  'delete',
  'download',
  'enable',
  'disable',
  'find',
  'install',
  'manage',
  'merge',
  'migrate',
  'print',
  'recover',
  'schedule',
  'share',
  'sync',
  'transfer',
  'verify',
] as const;
export const NOUNS = [
  'password',
  'invoice',
  'account',
  'subscription',
  'report',
  'payment',
  'user',
  'team',
  'calendar',
  'integration',
  'email',
  'notification',
  'device',
  'license',
  'backup',
  'dashboard',
  'document',
  'order',
  'refund',
  'address',
  'profile',
  'webhook',
  'domain',
  'certificate',
  'printer',
  'workspace',
  'project',
  'contact',
  'template',
  'signature',
  'label',
  'shipment',
  'warehouse',
  'budget',
  'receipt',
  'session',
  'permission',
  'role',
  'token',
  'timesheet',
] as const;
export const QUALIFIERS = [
  'on mobile',
  'in bulk',
  'for a team',
  'after an upgrade',
  'from the web app',
  'with single sign-on',
  'for another user',
  'on a shared device',
  'in the new editor',
  'from a spreadsheet',
  'without losing data',
  'for a past month',
  'across workspaces',
  'when offline',
  'in another language',
  'with two-factor authentication',
  'from the API',
  'for a closed account',
  'in the browser',
  'on Windows',
] as const;
export const STATES = [
  'active',
  'verified',
  'saved',
  'up to date',
  'connected',
  'enabled',
  'signed in',
  'backed up',
] as const;
export const SUBJECT_OPENERS = [
  'Cannot',
  'Unable to',
  'How do I',
  'Problem when I try to',
  'Need help to',
  'Error when I',
  'Is it possible to',
  'Urgent: cannot',
] as const;
export const CATEGORY_NAMES = [
  'Getting started',
  'Account and sign-in',
  'Billing and invoices',
  'Payments',
  'Orders',
  'Shipping',
  'Returns and refunds',
  'Integrations',
  'API and webhooks',
  'Mobile apps',
  'Security',
  'Notifications',
  'Reports',
  'Teams and permissions',
  'Documents',
  'Calendars',
  'Devices and printers',
  'Data import and export',
  'Troubleshooting',
  'Release notes',
] as const;
export const SECTION_NAMES = [
  'Basics',
  'How-to guides',
  'Settings',
  'Common problems',
  'Advanced',
  'Limits',
  'FAQ',
  'Best practices',
  'Administration',
  'Reference',
] as const;
export const GROUP_NAMES = [
  'Billing',
  'Technical',
  'Onboarding',
  'Shipping',
  'Accounts',
  'Integrations',
  'Hardware',
  'Escalations',
] as const;
export const TAGS = [
  'billing',
  'bug',
  'login',
  'mobile',
  'feature-request',
  'refund',
  'vip',
  'api',
  'outage',
  'how-to',
  'export',
  'security',
] as const;
export const FIRST_NAMES = [
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
  'Carlos',
  'Dmitri',
  'Emma',
  'Farid',
  'Greta',
  'Hugo',
] as const;
export const LAST_NAMES = [
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
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
] as const;
export const COMPANY_WORDS = [
  'Harbor',
  'Summit',
  'Cedar',
  'Granite',
  'Maple',
  'Northern',
  'Silver',
  'Blue',
  'Red Oak',
  'Pioneer',
  'Atlas',
  'Beacon',
  'Copper',
  'Delta',
  'Evergreen',
] as const;
export const COMPANY_KINDS = [
  'Logistics',
  'Dental',
  'Bakery',
  'Studio',
  'Consulting',
  'Motors',
  'Farms',
  'Clinic',
  'Labs',
  'Outfitters',
  'Print Shop',
  'Partners',
] as const;
