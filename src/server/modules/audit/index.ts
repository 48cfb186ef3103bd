import type { Queryable } from '../../platform/db/index.ts';
import { insertAuditEvent, type AuditEntry } from './repository.ts';

export { auditRoutes } from './routes.ts';
export type { AuditEntry };

/** Records a security-relevant event; call it inside the transaction of the change it describes. */
export function recordAudit(db: Queryable, entry: AuditEntry) {
  return insertAuditEvent(db, entry);
}
