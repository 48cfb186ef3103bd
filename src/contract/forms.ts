import { z } from 'zod';
import { Abilities, DisplayName, EmailAddress, Id, ListQuery, Timestamp } from './common.ts';
import { FormDefinition } from './form-definition.ts';

export * from './form-definition.ts';
export * from './form-schema.ts';
export * from './form-answer-text.ts';

const DateOnly = z.iso.date();
const PublicSlug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{2,59}$/, 'Use 3 to 60 lowercase letters, digits and dashes.')
  .describe('The public address is /f/<slug>');

/** Answers as sent: validated against the form's own version by the use case (400 with field paths). */
export const AnswersInput = z.record(z.string().max(40), z.unknown());

export const Form = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  /** The working copy; `publishedVersion` is what people answer. */
  definition: FormDefinition,
  publishedVersion: z.number().int().nullable(),
  /** The working copy differs from the last published version. */
  unpublishedChanges: z.boolean(),
  publicSlug: z.string().nullable(),
  leadSegmentId: Id.nullable(),
  createTicket: z.boolean(),
  /** Each submission opens a task for the firm in the account's project named after the form. */
  createTask: z.boolean(),
  submissionCount: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: z.number().int(),
  /** Archived forms take no new requests or versions and their public address is gone; set with `archived`. */
  archivedAt: Timestamp.nullable(),
  abilities: Abilities('update', 'publish', 'assign', 'readSubmissions'),
});
export type Form = z.infer<typeof Form>;

export const CreateForm = z
  .object({
    name: z.string().trim().min(1).max(200),
    description: z.string().max(5000).default(''),
    definition: FormDefinition.default({ fields: [] }),
    publicSlug: PublicSlug.nullable().default(null),
    leadSegmentId: Id.nullable().default(null),
    createTicket: z.boolean().default(false),
    createTask: z.boolean().default(false),
  })
  .strict();
export type CreateForm = z.infer<typeof CreateForm>;

export const UpdateForm = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    description: z.string().max(5000).optional(),
    definition: FormDefinition.optional(),
    publicSlug: PublicSlug.nullable().optional(),
    leadSegmentId: Id.nullable().optional(),
    createTicket: z.boolean().optional(),
    createTask: z.boolean().optional(),
    archived: z.boolean().optional(),
  })
  .strict();
export type UpdateForm = z.infer<typeof UpdateForm>;

export const FormAssignmentStatus = z.enum(['assigned', 'draft', 'submitted']);
export type FormAssignmentStatus = z.infer<typeof FormAssignmentStatus>;

export const FormAssignment = z.object({
  id: Id,
  formId: Id,
  formName: z.string(),
  accountId: Id,
  accountName: z.string(),
  versionNumber: z.number().int(),
  dueDate: z.string().nullable(),
  status: FormAssignmentStatus,
  submissionId: Id.nullable(),
  submittedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  abilities: Abilities('fill'),
});
export type FormAssignment = z.infer<typeof FormAssignment>;

export const FormDraft = z.object({ answers: AnswersInput, version: z.number().int(), savedAt: Timestamp.nullable() });
export type FormDraft = z.infer<typeof FormDraft>;

/** One assignment with what filling it needs: its version's definition and the draft so far (any device). */
export const FormAssignmentDetail = FormAssignment.extend({
  description: z.string(),
  definition: FormDefinition,
  draft: FormDraft,
});
export type FormAssignmentDetail = z.infer<typeof FormAssignmentDetail>;

export const AssignForm = z.object({ formId: Id, dueDate: DateOnly.nullable().default(null) }).strict();
export type AssignForm = z.infer<typeof AssignForm>;

export const SaveDraft = z.object({ answers: AnswersInput }).strict();
export const SubmitForm = z.object({ answers: AnswersInput }).strict();

export const FormSubmission = z.object({
  id: Id,
  formId: Id,
  formName: z.string(),
  accountId: Id,
  accountName: z.string(),
  versionNumber: z.number().int(),
  /** The definition of the version answered, to read the answers with. */
  definition: FormDefinition,
  answers: AnswersInput,
  source: z.enum(['portal', 'public']),
  submittedBy: z.object({ id: Id, name: z.string() }).nullable(),
  submitterEmail: z.string().nullable(),
  submittedAt: Timestamp,
  ticketId: Id.nullable(),
  /** The task this submission opened (the form's `createTask`), if any. */
  taskId: Id.nullable(),
});
export type FormSubmission = z.infer<typeof FormSubmission>;

export const FormSubmissionSummary = FormSubmission.omit({ definition: true, answers: true });
export type FormSubmissionSummary = z.infer<typeof FormSubmissionSummary>;

export const FormSubmissionListQuery = ListQuery.extend({ accountId: Id.optional() }).strict();

/** A public form as a visitor sees it; `fillToken` proves when the visitor started (minimum fill time). */
export const PublicForm = z.object({
  name: z.string(),
  description: z.string(),
  definition: FormDefinition,
  fillToken: z.string(),
});
export type PublicForm = z.infer<typeof PublicForm>;

export const PublicSubmission = z
  .object({
    name: DisplayName,
    email: EmailAddress,
    company: z.string().trim().max(200).optional(),
    answers: AnswersInput,
    fillToken: z.string().max(500),
    /** The honeypot: hidden from people, filled by bots. A filled one is accepted and dropped. */
    website: z.string().max(500).optional(),
  })
  .strict();
export type PublicSubmission = z.infer<typeof PublicSubmission>;
