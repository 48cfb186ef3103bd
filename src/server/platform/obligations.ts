import type { BuiltModuleName } from '../../contract/index.ts';
import type { AccountScope } from './actor.ts';
import type { Queryable } from './db/index.ts';

/** Who owes the item: the firm (staff) or the client (the account's people). */
export type ObligationSide = 'firm' | 'client';

/**
 * Timeline order: due time ascending (so overdue items come first), a missing due date last, then id. `dueKey` is the
 * due time as `timestampKey` writes it (microseconds, UTC; `9999-12-31T23:59:59.999999Z` for none), so the order is
 * the same in SQL and in JS string comparison, and a page's last key is the next page's cursor. An all-day item's key
 * is the last microsecond of its day (it is due by the end of the day), so "overdue first" holds within a day too:
 * a timed item already overdue this morning comes before a task due today, which is not overdue yet.
 */
export interface ObligationKey {
  dueKey: string;
  id: string;
}

export const NO_DUE_KEY = '9999-12-31T23:59:59.999999Z';

/** One thing owed, as a provider reads it from its module's own rows. */
export interface Obligation extends ObligationKey {
  accountId: string;
  accountName: string;
  side: ObligationSide;
  /** `ticket_reply`, `task`, `deliverable`, `file_request`, `invoice`, ... (a new module brings its own). */
  kind: string;
  title: string;
  ownerId: string | null;
  ownerName: string | null;
  /** A date without a time (tasks, file requests, invoices): due at the end of that UTC day. */
  allDay: boolean;
  /** The module's own state of the object (`todo`, `open`, `sent`, ...). */
  state: string;
  /** The web page of the object, for the viewer's layout (portal or console). */
  link: string;
}

/** Whose timeline is read: the scope is already checked by the caller; `staff` decides what people may see. */
export interface ObligationViewer {
  userId: string;
  staff: boolean;
}

export interface ObligationPageRequest {
  after: ObligationKey | null;
  /** The most a provider returns (the merger asks limit + 1 of each to know whether there is a next page). */
  limit: number;
}

/**
 * What a module contributes to the obligations timeline. Each module exports its provider from its index.ts and
 * app.ts hands the list to the obligations module, which merges the providers' pages in timeline order and leaves
 * out modules switched off for an account's segment. Adding a module (approvals, forms, signatures) is one provider
 * and one line in app.ts: the timeline, its API and its pages stay as they are.
 *
 * Every method returns open items only, in timeline order after `after`, at most `limit`, from a keyset walk an index
 * serves (so a page costs the same on an account with 10 items or 10,000).
 */
export interface ObligationsProvider {
  /** The segment module the items belong to. */
  module: BuiltModuleName;
  /** One account's items on one side. People (`viewer.staff` false) never get staff-only items (internal projects). */
  forAccount(
    db: Queryable,
    viewer: ObligationViewer,
    request: ObligationPageRequest & { accountId: string; side: ObligationSide },
  ): Promise<Obligation[]>;
  /** The firm's side across the scope ("waiting on us"), accounts whose segment has the module only. */
  firmSide(db: Queryable, request: ObligationPageRequest & { scope: AccountScope }): Promise<Obligation[]>;
  /** What this person owns (assigned to them), across their accounts with the module, for their calendar feed. */
  ownedBy(
    db: Queryable,
    viewer: ObligationViewer,
    request: ObligationPageRequest & { scope: AccountScope },
  ): Promise<Obligation[]>;
}

/**
 * SQL condition: the segment `segmentColumn` (the joined account's `segment_id`) has `module` switched on. A fragment
 * the providers' queries embed, so "module off drops its items" stays one definition (module is a fixed name, not
 * input). The segments with the module are read once per statement (an InitPlan: there are a handful) and each row
 * is checked against that array on the account row the query joins anyway: the planner keeps the due-ordered index
 * walk and stops at the page. (An EXISTS on accounts and segments per row became a semi-join that read and sorted
 * every open item across accounts before the LIMIT: 1,000 ms on 100,000 tasks.)
 */
export function segmentHasModuleSql(segmentColumn: string, module: BuiltModuleName) {
  return `${segmentColumn} = ANY(ARRAY(SELECT os.id FROM segments os WHERE '${module}' = ANY(os.modules)))`;
}

/** Timeline order of two items (see `ObligationKey`). */
export function compareObligations(a: ObligationKey, b: ObligationKey) {
  if (a.dueKey !== b.dueKey) return a.dueKey < b.dueKey ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Merges the providers' pages (each already in order) into one page of `limit` and whether more follow. */
export function mergeObligationPages(pages: Obligation[][], limit: number) {
  const all = pages.flat().sort(compareObligations);
  return { items: all.slice(0, limit), more: all.length > limit };
}

/*
 * SQL fragments the providers' repositories embed, so the key and the keyset condition are written once (the
 * timeline's order must be the same in every module). `due` is a `date` column (all-day items) or a `timestamptz`
 * column; `$after` params are the cursor's due key (text, checked as a timestamp) and id.
 */
const DATE_DUE = (column: string) => `COALESCE(${column}, DATE '9999-12-31')`;

/** The due key of a date column (the day's last microsecond, UTC; none: 9999-12-31's). */
export const dateDueKeySql = (column: string) => `to_char(${DATE_DUE(column)}, 'YYYY-MM-DD"T23:59:59.999999Z"')`;

/** A date column's due time as the key says it: the end of the day. */
const DATE_DUE_END = (column: string) => `(${DATE_DUE(column)} + interval '1 day' - interval '1 microsecond')`;

/**
 * After the cursor, for a date column: the first condition is the index's range (whole days from the cursor's day),
 * the second the exact order against keys with a time of day from other modules.
 */
export const dateAfterSql = (column: string, idColumn: string, dueParam: string, idParam: string) =>
  `(${DATE_DUE(column)} >= (${dueParam}::timestamptz AT TIME ZONE 'UTC')::date
    AND (${DATE_DUE_END(column)}, ${idColumn}) > (${dueParam}::timestamptz AT TIME ZONE 'UTC', ${idParam}::uuid))`;

/** The order of a date column's items (the index's own). */
export const dateOrderSql = (column: string, idColumn: string) => `${DATE_DUE(column)}, ${idColumn}`;

/** The due key of a timestamptz column that is never null where it is read. */
export const timeDueKeySql = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** After the cursor, for a timestamptz column. */
export const timeAfterSql = (column: string, idColumn: string, dueParam: string, idParam: string) =>
  `(${column}, ${idColumn}) > (${dueParam}::timestamptz, ${idParam}::uuid)`;

/** Query parameters of a page request: the cursor (or the start) and the limit. */
export function pageParams(request: ObligationPageRequest): [string, string, number] {
  return [
    request.after?.dueKey ?? '0001-01-01T00:00:00.000000Z',
    request.after?.id ?? '00000000-0000-0000-0000-000000000000',
    request.limit,
  ];
}

/**
 * A provider whose items are all owed by one side of one account as a whole (no one person owns them: file requests,
 * invoices): nothing for the other side, for "waiting on us" when that side is the client's, nor for anyone's calendar.
 */
export function accountSideProvider(
  module: BuiltModuleName,
  side: ObligationSide,
  read: (
    db: Queryable,
    viewer: ObligationViewer,
    request: ObligationPageRequest & { accountId: string },
  ) => Promise<Obligation[]>,
): ObligationsProvider {
  return {
    module,
    forAccount: async (db, viewer, request) => (request.side === side ? read(db, viewer, request) : []),
    firmSide: async () => [],
    ownedBy: async () => [],
  };
}
