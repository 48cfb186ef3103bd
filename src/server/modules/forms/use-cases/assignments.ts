import type { z } from 'zod';
import type { AssignForm, ListQuery } from '../../../../contract/index.ts';
import { accountScopeOf, requireModule, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { conflict, fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { staleVersion } from '../../../platform/http/if-match.ts';
import { decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { formPolicy } from '../policy.ts';
import { presentAssignment, presentAssignmentDetail } from '../presenters.ts';
import { accountInScope, findAssignment, insertAssignment, listAssignments, saveDraft } from '../repository-fills.ts';
import { findForm, latestVersion } from '../repository-forms.ts';

const scopeOf = (actor: Actor) => scopeParams(accountScopeOf(actor));

/** An assignment the caller may see, or 404 whether it is missing or another account's. */
export async function loadAssignment(ctx: AppContext, actor: Actor, id: string, db: Queryable = ctx.db, lock = false) {
  const row = await findAssignment(db, scopeOf(actor), id, lock);
  if (!row) throw notFound();
  return row;
}

/**
 * Requests a form from an account, pinned to its latest published version (what onboarding calls too, inside its
 * own transaction). The caller checked who may do it and that the account has the module.
 */
export async function assignFormInTransaction(
  tx: Queryable,
  input: { formId: string; accountId: string; dueDate: string | null; assignedBy: string; now: Date },
) {
  const version = await latestVersion(tx, input.formId);
  if (!version) throw fieldError('formId', 'not_published', 'Publish the form before requesting it.');
  if (version.archived) throw fieldError('formId', 'form_archived', 'This form is archived: restore it first.');
  const id = newId(input.now.getTime());
  await insertAssignment(tx, {
    id,
    formId: input.formId,
    versionId: version.id,
    accountId: input.accountId,
    dueDate: input.dueDate,
    by: input.assignedBy,
    now: input.now,
  });
  return { id, versionNumber: version.number };
}

export async function assignFormUseCase(ctx: AppContext, actor: Actor, accountId: string, input: AssignForm) {
  const account = await accountInScope(ctx.db, scopeOf(actor), accountId);
  if (!account) throw notFound();
  if (!formPolicy.canManage(actor)) throw forbidden();
  requireModule(actor, accountId, 'forms', account.modules);
  const form = await findForm(ctx.db, input.formId);
  if (!form) throw fieldError('formId', 'not_found', 'Choose a form from the list.');
  const now = ctx.clock.now();
  const id = await ctx.db.transaction(async (tx) => {
    const made = await assignFormInTransaction(tx, {
      formId: form.id,
      accountId,
      dueDate: input.dueDate,
      assignedBy: actor.userId,
      now,
    });
    await recordAudit(tx, {
      action: 'form.assigned',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'form_assignment', id: made.id, label: form.name },
      accountId,
      details: { formId: form.id, version: made.versionNumber, dueDate: input.dueDate },
      occurredAt: now,
    });
    return made.id;
  });
  return presentAssignmentDetail(await loadAssignment(ctx, actor, id), actor);
}

export async function listAssignmentsUseCase(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  query: z.infer<typeof ListQuery>,
) {
  const scope = scopeOf(actor);
  if (!(await accountInScope(ctx.db, scope, accountId))) throw notFound();
  const rows = await listAssignments(ctx.db, scope, {
    accountId,
    cursor: decodeCursor(query.cursor, ['timestamp', 'uuid']),
    limit: query.limit,
  });
  return toPage(
    rows,
    query.limit,
    (row) => presentAssignment(row, actor),
    (row) => [row.cursor_at, row.id],
  );
}

export async function getAssignmentUseCase(ctx: AppContext, actor: Actor, id: string) {
  return presentAssignmentDetail(await loadAssignment(ctx, actor, id), actor);
}

/**
 * Autosave: the draft as the person left it (partial, unvalidated: the rules apply at submit). With If-Match, a
 * save from a device that missed another device's save is 409 `stale_version`, so nothing typed elsewhere is
 * silently overwritten; the client reloads the draft and carries on.
 */
export async function saveDraftUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  answers: Record<string, unknown>,
  expectedVersion: number | null,
) {
  const row = await loadAssignment(ctx, actor, id);
  if (!formPolicy.canFill(actor, row.account_id)) throw forbidden('Only the account’s people fill its forms.');
  if (row.submitted_at) throw conflict('This form was already submitted.', 'already_submitted');
  const now = ctx.clock.now();
  const version = await saveDraft(ctx.db, scopeOf(actor), id, {
    answers,
    expectedVersion,
    by: actor.userId,
    now,
  });
  if (version === null) {
    const again = await loadAssignment(ctx, actor, id);
    if (again.submitted_at) throw conflict('This form was already submitted.', 'already_submitted');
    throw staleVersion();
  }
  return { answers, version, savedAt: now.toISOString() };
}
