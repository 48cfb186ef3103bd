import type { z } from 'zod';
import type { FormSubmissionListQuery } from '../../../../contract/index.ts';
import { accountScopeOf, scopeParams, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { csvRow } from '../../../platform/http/csv.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import { decodeCursor, toPage } from '../../../platform/http/pagination.ts';
import { recordExport } from '../../audit/index.ts';
import { answerText, columnsOf } from '../../../../contract/index.ts';
import { formPolicy } from '../policy.ts';
import { presentSubmission } from '../presenters.ts';
import { findSubmission, listSubmissions, type SubmissionRow } from '../repository-fills.ts';
import { findForm } from '../repository-forms.ts';

const scopeOf = (actor: Actor) => scopeParams(accountScopeOf(actor));

/** One submission: staff in scope, and the people of its account (their own record); 404 for anyone else. */
export async function getSubmissionUseCase(ctx: AppContext, actor: Actor, id: string) {
  const row = await findSubmission(ctx.db, scopeOf(actor), id);
  if (!row) throw notFound();
  return presentSubmission(row);
}

async function loadFormForStaff(ctx: AppContext, actor: Actor, formId: string) {
  if (!formPolicy.canManage(actor)) throw forbidden();
  const form = await findForm(ctx.db, formId);
  if (!form) throw notFound();
  return form;
}

export async function listSubmissionsUseCase(
  ctx: AppContext,
  actor: Actor,
  formId: string,
  query: z.infer<typeof FormSubmissionListQuery>,
) {
  await loadFormForStaff(ctx, actor, formId);
  const rows = await listSubmissions(ctx.db, scopeOf(actor), {
    formId,
    accountId: query.accountId,
    cursor: decodeCursor(query.cursor, ['timestamp', 'uuid']),
    limit: query.limit,
  });
  return toPage(
    rows,
    query.limit,
    (row) => {
      const { definition: _definition, answers: _answers, ...summary } = presentSubmission(row);
      return summary;
    },
    (row) => [row.cursor_at, row.id],
  );
}

const CSV_MAX_ROWS = 10_000;

/**
 * Every submission of a form in the caller's scope as CSV: one column per field of the latest version (older
 * versions' fields that were removed get their own columns after), each cell through `csvCell` (formulas
 * neutralized). Counted and audited as an export before any byte is built.
 */
export async function exportSubmissionsCsvUseCase(ctx: AppContext, actor: Actor, formId: string) {
  const form = await loadFormForStaff(ctx, actor, formId);
  await recordExport(ctx, actor, {
    action: 'export.forms_csv',
    target: { type: 'form', id: form.id, label: form.name },
    accountId: null,
    details: {},
  });
  const rows: SubmissionRow[] = [];
  let cursor: string[] | null = null;
  do {
    const page = await listSubmissions(ctx.db, scopeOf(actor), { formId, cursor, limit: 500 });
    rows.push(...page.slice(0, 500));
    const last = page[499];
    cursor = page.length > 500 && last ? [last.cursor_at, last.id] : null;
  } while (cursor && rows.length < CSV_MAX_ROWS);

  // Columns: the newest definition's fields first, then fields only older versions had.
  const columns = new Map<string, ReturnType<typeof columnsOf>[number]>();
  for (const field of columnsOf(form.published_definition ?? form.definition)) columns.set(field.key, field);
  for (const row of rows)
    for (const field of columnsOf(row.definition)) if (!columns.has(field.key)) columns.set(field.key, field);
  const fields = [...columns.values()];

  let csv = csvRow(['Submitted at', 'Account', 'Submitted by', 'Version', ...fields.map((field) => field.label)]);
  for (const row of rows) {
    const own = new Map(columnsOf(row.definition).map((field) => [field.key, field]));
    csv += csvRow([
      row.submitted_at.toISOString(),
      row.account_name,
      row.submitted_by_name ?? row.submitter_email ?? '',
      row.version_number,
      ...fields.map((field) => {
        const answered = own.get(field.key) ?? field;
        return answerText(answered, row.answers[field.key]);
      }),
    ]);
  }
  const name = form.name.replace(/[^A-Za-z0-9 _-]/g, '').trim() || 'form';
  return { csv, filename: `${name} submissions.csv` };
}
