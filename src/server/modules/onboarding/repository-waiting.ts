import type { Queryable } from '../../platform/db/index.ts';

/*
 * Steps open without their item: the account had no people when the step opened (an engagement letter to sign
 * needs a signer). No account scope beyond the account id: these run in the transaction of a person joining it.
 */

export interface StepWaitingForPeople {
  id: string;
  onboarding_id: string;
  title: string;
  config: Record<string, unknown>;
  applied_by: string | null;
}

/** The open steps of `kind` with no item yet in the account's active onboarding, its row locked (one opener). */
export async function lockStepsWaitingForPeople(db: Queryable, accountId: string, kind: string) {
  const { rows } = await db.query<StepWaitingForPeople>(
    `SELECT s.id, s.onboarding_id, s.title, s.config, o.applied_by
       FROM onboarding_steps s JOIN onboardings o ON o.id = s.onboarding_id
      WHERE s.account_id = $1 AND s.kind = $2 AND s.status = 'open' AND s.item_id IS NULL AND o.status = 'active'
      ORDER BY s.position FOR UPDATE OF o`,
    [accountId, kind],
  );
  return rows;
}

/**
 * The same across many accounts (a CSV import's batch of new memberships), in one statement: only accounts whose
 * segment has `module` on, each step with its account.
 */
export async function lockStepsWaitingForPeopleIn(db: Queryable, accountIds: string[], kind: string, module: string) {
  const { rows } = await db.query<StepWaitingForPeople & { account_id: string }>(
    `SELECT s.id, s.account_id, s.onboarding_id, s.title, s.config, o.applied_by
       FROM onboarding_steps s JOIN onboardings o ON o.id = s.onboarding_id
       JOIN accounts a ON a.id = s.account_id JOIN segments g ON g.id = a.segment_id
      WHERE s.account_id = ANY($1::uuid[]) AND s.kind = $2 AND s.status = 'open' AND s.item_id IS NULL
        AND o.status = 'active' AND $3 = ANY(g.modules)
      ORDER BY s.account_id, s.position FOR UPDATE OF o`,
    [accountIds, kind, module],
  );
  return rows;
}

/** The step's item, made now; only while it has none (a second joiner in a race finds it set). */
export async function setStepItem(db: Queryable, stepId: string, itemId: string) {
  const { rowCount } = await db.query(
    "UPDATE onboarding_steps SET item_id = $2 WHERE id = $1 AND item_id IS NULL AND status = 'open'",
    [stepId, itemId],
  );
  return rowCount === 1;
}
