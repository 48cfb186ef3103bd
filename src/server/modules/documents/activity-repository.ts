import type { DocumentArea } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { timestampKey } from '../../platform/http/pagination.ts';
import { newId } from '../../platform/ids.ts';
import type { DocumentScope } from './policy.ts';
import { scopeParams } from '../../platform/actor.ts';

export type ActivityAction =
  | 'uploaded'
  | 'version_uploaded'
  | 'version_restored'
  | 'viewed'
  | 'downloaded'
  | 'renamed'
  | 'moved'
  | 'deleted'
  | 'restored';

/** No scope: written in the transaction of a change to a document the use case found through the caller's scope. */
export async function recordActivity(
  db: Queryable,
  event: {
    accountId: string;
    documentId: string;
    documentName: string;
    area: DocumentArea;
    action: ActivityAction;
    versionNumber: number | null;
    actorUserId: string;
    actorIsStaff: boolean;
    now: Date;
  },
) {
  await db.query(
    `INSERT INTO document_activity (id, account_id, document_id, document_name, area, action, version_number, actor_user_id, actor_is_staff, occurred_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      newId(event.now.getTime()),
      event.accountId,
      event.documentId,
      event.documentName,
      event.area,
      event.action,
      event.versionNumber,
      event.actorUserId,
      event.actorIsStaff,
      event.now,
    ],
  );
}

export interface ActivityRow {
  id: string;
  account_id: string;
  document_id: string | null;
  document_name: string;
  action: ActivityAction;
  version_number: number | null;
  actor_user_id: string | null;
  actor_name: string | null;
  actor_is_staff: boolean;
  occurred_at: Date;
  occurred_at_key: string;
}

/** Newest first, for one account or one document, within the caller's scope and areas. */
export async function listActivity(
  db: Queryable,
  documentScope: DocumentScope,
  filter: { accountId: string; documentId: string | null; after: [string, string] | null; limit: number },
) {
  const { rows } = await db.query<ActivityRow>(
    `SELECT e.id, e.account_id, e.document_id, e.document_name, e.action, e.version_number, e.actor_user_id, u.name AS actor_name,
       e.actor_is_staff, e.occurred_at, ${timestampKey('e.occurred_at')} AS occurred_at_key
     FROM document_activity e LEFT JOIN users u ON u.id = e.actor_user_id
     WHERE ($1::boolean OR e.account_id = ANY($2::uuid[])) AND e.area = ANY($3::text[]) AND e.account_id = $4
       AND ($5::uuid IS NULL OR e.document_id = $5)
       AND ($6::timestamptz IS NULL OR (e.occurred_at, e.id) < ($6::timestamptz, $7::uuid))
     ORDER BY e.occurred_at DESC, e.id DESC LIMIT $8`,
    [
      ...scopeParams(documentScope.accounts),
      documentScope.areas,
      filter.accountId,
      filter.documentId,
      filter.after?.[0] ?? null,
      filter.after?.[1] ?? null,
      filter.limit + 1,
    ],
  );
  return rows;
}
