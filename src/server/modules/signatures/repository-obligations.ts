import { scopeParams } from '../../platform/actor.ts';
import type { Queryable } from '../../platform/db/index.ts';
import {
  segmentHasModuleSql,
  pageParams,
  timeAfterSql,
  timeDueKeySql,
  type Obligation,
  type ObligationSide,
  type ObligationsProvider,
} from '../../platform/obligations.ts';

/*
 * Envelopes on the obligations timeline: an open envelope is owed by the side of the signers whose turn it is
 * (sequential: the first who has not signed; parallel: every one waiting), due at its expiry (none: undated, last).
 * Params: $1 due key after, $2 id after, $3 limit, $4 link prefix ('' or '/console'), $5 side, then the filter's.
 */
const DUE = `COALESCE(e.expires_at, TIMESTAMPTZ '9999-12-31 23:59:59.999999+00')`;
const SELECT = `
  SELECT e.id, e.account_id AS "accountId", a.name AS "accountName", ${timeDueKeySql(DUE)} AS "dueKey",
    $5::text AS side, 'signature' AS kind, e.title,
    CASE WHEN count(*) = 1 THEN min(g.user_id::text)::uuid END AS "ownerId",
    CASE WHEN count(*) = 1 THEN min(g.name) END AS "ownerName",
    false AS "allDay", e.status AS state, $4::text || '/signatures/' || e.id AS link
  FROM signature_envelopes e JOIN accounts a ON a.id = e.account_id
  JOIN signature_signers g ON g.envelope_id = e.id AND g.status = 'waiting' AND g.side = $5::text
    AND (e.mode = 'parallel' OR g.position = (SELECT min(q.position) FROM signature_signers q
                                               WHERE q.envelope_id = e.id AND q.status <> 'signed'))
  WHERE e.status = 'sent' AND ${timeAfterSql(DUE, 'e.id', '$1', '$2')}`;
const GROUP_ORDER = `GROUP BY e.id, a.name ORDER BY ${DUE}, e.id LIMIT $3`;

async function rows(db: Queryable, sql: string, params: unknown[]) {
  return (await db.query<Obligation>(sql, params)).rows;
}

function params(request: Parameters<typeof pageParams>[0], staff: boolean, side: ObligationSide) {
  return [...pageParams(request), staff ? '/console' : '', side];
}

export const signatureObligations: ObligationsProvider = {
  module: 'signatures',
  forAccount(db, viewer, request) {
    return rows(db, `${SELECT} AND e.account_id = $6::uuid ${GROUP_ORDER}`, [
      ...params(request, viewer.staff, request.side),
      request.accountId,
    ]);
  },
  firmSide(db, request) {
    // Across accounts: the scope and the segment's module are filters on a walk in due order.
    return rows(
      db,
      `${SELECT} AND ($6::boolean OR e.account_id = ANY($7::uuid[]))
         AND ${segmentHasModuleSql('a.segment_id', 'signatures')} ${GROUP_ORDER}`,
      [...params(request, true, 'firm'), ...scopeParams(request.scope)],
    );
  },
  ownedBy(db, viewer, request) {
    // The person's own turn only (they are the signer of the row the join keeps).
    return rows(
      db,
      `${SELECT} AND g.user_id = $6::uuid AND ($7::boolean OR e.account_id = ANY($8::uuid[]))
         AND ${segmentHasModuleSql('a.segment_id', 'signatures')} ${GROUP_ORDER}`,
      [
        ...params(request, viewer.staff, viewer.staff ? 'firm' : 'client'),
        viewer.userId,
        ...scopeParams(request.scope),
      ],
    );
  },
};
