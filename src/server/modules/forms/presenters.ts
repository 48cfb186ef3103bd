import type { Form, FormAssignment, FormAssignmentDetail, FormSubmission } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { formPolicy } from './policy.ts';
import type { FormRow } from './repository-forms.ts';
import type { AssignmentRow, SubmissionRow } from './repository-fills.ts';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function presentForm(row: FormRow, actor: Actor): Form {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    definition: row.definition,
    publishedVersion: row.published_version,
    unpublishedChanges:
      row.published_definition === null || JSON.stringify(row.published_definition) !== JSON.stringify(row.definition),
    publicSlug: row.public_slug,
    leadSegmentId: row.lead_segment_id,
    createTicket: row.create_ticket,
    createTask: row.create_task,
    submissionCount: row.submission_count,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
    archivedAt: row.archived_at?.toISOString() ?? null,
    abilities: formPolicy.formAbilities(actor),
  };
}

export function presentAssignment(row: AssignmentRow, actor: Actor): FormAssignment {
  const submitted = row.submitted_at !== null;
  return {
    id: row.id,
    formId: row.form_id,
    formName: row.form_name,
    accountId: row.account_id,
    accountName: row.account_name,
    versionNumber: row.version_number,
    dueDate: row.due_date,
    status: submitted ? 'submitted' : row.draft_saved_at ? 'draft' : 'assigned',
    submissionId: row.submission_id,
    submittedAt: iso(row.submitted_at),
    createdAt: row.created_at.toISOString(),
    abilities: formPolicy.assignmentAbilities(actor, { accountId: row.account_id, submitted }),
  };
}

export function presentAssignmentDetail(row: AssignmentRow, actor: Actor): FormAssignmentDetail {
  return {
    ...presentAssignment(row, actor),
    description: row.description,
    definition: row.definition,
    draft: { answers: row.draft_answers, version: row.draft_version, savedAt: iso(row.draft_saved_at) },
  };
}

export function presentSubmission(row: SubmissionRow): FormSubmission {
  return {
    id: row.id,
    formId: row.form_id,
    formName: row.form_name,
    accountId: row.account_id,
    accountName: row.account_name,
    versionNumber: row.version_number,
    definition: row.definition,
    answers: row.answers,
    source: row.source,
    submittedBy: row.submitted_by ? { id: row.submitted_by, name: row.submitted_by_name ?? '' } : null,
    submitterEmail: row.submitter_email,
    submittedAt: row.submitted_at.toISOString(),
    ticketId: row.ticket_id,
    taskId: row.task_id,
  };
}
