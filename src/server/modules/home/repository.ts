import { scopeParams, type AccountScope } from '../../platform/actor.ts';
import type { Queryable } from '../../platform/db/index.ts';

export interface AccountModulesRow {
  id: string;
  name: string;
  modules: string[];
}

/** Accounts in the scope among `ids`, with their segment's modules (so counts of a switched-off module are left out). */
export async function accountsWithModules(
  db: Queryable,
  scope: AccountScope,
  ids: string[],
): Promise<AccountModulesRow[]> {
  const { rows } = await db.query<AccountModulesRow>(
    `SELECT a.id, a.name, s.modules FROM accounts a JOIN segments s ON s.id = a.segment_id
     WHERE ($1::boolean OR a.id = ANY($2::uuid[])) AND a.id = ANY($3::uuid[])`,
    [...scopeParams(scope), ids],
  );
  return rows;
}
