import { fileAnswers, validateAnswers, type FormDefinition } from '../../../../contract/index.ts';
import { hasModule, type Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { conflict, forbidden, invalid } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { sharedDocumentIdsOf } from '../../documents/index.ts';
import { createTicketUseCase } from '../../tickets/index.ts';
import { createTaskInTransaction } from '../../projects/index.ts';
import { answersAsLines } from '../../../../contract/index.ts';
import { formPolicy } from '../policy.ts';
import { formAssignmentSubmitted } from '../hooks.ts';
import { markSubmitted, setSubmissionTask, setSubmissionTicket, insertSubmission } from '../repository-fills.ts';
import { loadAssignment } from './assignments.ts';

/**
 * The answers checked with the schema built from the version's own definition (the browser runs the same one), and
 * each file answer checked to name live documents of the account's shared area. 400 with every field's path.
 */
export async function checkedAnswers(
  db: Queryable,
  accountId: string | null,
  definition: FormDefinition,
  answers: unknown,
) {
  const result = validateAnswers(definition, answers);
  if (!result.ok) throw invalid(result.errors);
  const files = fileAnswers(definition, result.answers);
  if (files.length) {
    const known = accountId
      ? await sharedDocumentIdsOf(
          db,
          accountId,
          files.flatMap((file) => file.ids),
        )
      : new Set<string>();
    const errors = files
      .filter((file) => file.ids.some((id) => !known.has(id)))
      .map((file) => ({ path: file.path, code: 'unknown_file', message: 'Upload the file to this account first.' }));
    if (errors.length) throw invalid(errors);
  }
  return result.answers;
}

/**
 * The firm's task to review a submission (the form's `createTask`), in the account's project named after the form,
 * assigned to whoever made the form, written in the submission's transaction: exactly one task per submission.
 */
export async function openReviewTask(
  tx: Queryable,
  input: {
    submissionId: string;
    accountId: string;
    formName: string;
    definition: FormDefinition;
    answers: Record<string, unknown>;
    /** The email of who sent it (a signed-in person, or a public form's visitor). */
    submittedBy: string;
    assigneeId: string | null;
    createdBy: string | null;
    now: Date;
  },
) {
  const task = await createTaskInTransaction(tx, {
    accountId: input.accountId,
    projectId: null,
    projectName: input.formName,
    reuseProjectByName: true,
    title: `Review: ${input.formName}`.slice(0, 200),
    description: [`Submitted by ${input.submittedBy}.`, '', ...answersAsLines(input.definition, input.answers)]
      .join('\n')
      .slice(0, 10_000),
    assigneeId: input.assigneeId,
    createdBy: input.createdBy,
    now: input.now,
  });
  await setSubmissionTask(tx, input.submissionId, task.taskId);
}

/**
 * Submits an assignment once: the draft stays as it was when the answers are refused, a second submit (or a
 * concurrent one, serialized by the assignment's row lock) is 409 `already_submitted`. When the form asks for it and
 * the account has tickets, a ticket follows with the answers as its description.
 */
export async function submitAssignmentUseCase(ctx: AppContext, actor: Actor, id: string, answers: unknown) {
  const row = await loadAssignment(ctx, actor, id);
  if (!formPolicy.canFill(actor, row.account_id)) throw forbidden('Only the account’s people fill its forms.');
  if (row.submitted_at) throw conflict('This form was already submitted.', 'already_submitted');
  const kept = await checkedAnswers(ctx.db, row.account_id, row.definition, answers);
  const now = ctx.clock.now();
  const submissionId = newId(now.getTime());
  await ctx.db.transaction(async (tx) => {
    const locked = await loadAssignment(ctx, actor, id, tx, true);
    if (locked.submitted_at) throw conflict('This form was already submitted.', 'already_submitted');
    await insertSubmission(tx, {
      id: submissionId,
      formId: row.form_id,
      versionId: locked.version_id,
      accountId: row.account_id,
      assignmentId: id,
      answers: kept,
      source: 'portal',
      by: actor.userId,
      email: actor.email,
      now,
    });
    await markSubmitted(tx, id, now);
    // In the submission's transaction, under the assignment's lock: exactly one task per submission, or none.
    if (row.create_task && hasModule(actor, row.account_id, 'projects'))
      await openReviewTask(tx, {
        submissionId,
        accountId: row.account_id,
        formName: row.form_name,
        definition: row.definition,
        answers: kept,
        submittedBy: actor.email,
        assigneeId: row.form_created_by,
        createdBy: actor.userId,
        now,
      });
    await formAssignmentSubmitted.fire(tx, { assignmentId: id, accountId: row.account_id, now });
    await recordAudit(tx, {
      action: 'form.submitted',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'form_submission', id: submissionId, label: row.form_name },
      accountId: row.account_id,
      details: { formId: row.form_id, version: row.version_number },
      occurredAt: now,
    });
  });
  if (row.create_ticket && hasModule(actor, row.account_id, 'tickets')) {
    const ticket = await createTicketUseCase(
      ctx,
      actor,
      {
        accountId: row.account_id,
        subject: `${row.form_name}: answers`.slice(0, 200),
        body: answersAsLines(row.definition, kept).join('\n').slice(0, 20_000) || row.form_name,
      },
      'web',
      // The submission is already kept: a required ticket field (a claim's policy number) is the agent's to fill,
      // never a reason to refuse the ticket after the answers were accepted.
      { requiredFields: 'later' },
    );
    await setSubmissionTicket(ctx.db, submissionId, ticket.id);
  }
  return { submissionId };
}
