import { z } from 'zod';
import { Abilities, Id, ListQuery, Timestamp } from './common.ts';

export const ApprovalSubjectType = z.enum(['document_version', 'deliverable', 'quote', 'task']);
export type ApprovalSubjectType = z.infer<typeof ApprovalSubjectType>;
export const ApprovalMode = z.enum(['sequential', 'parallel']);
export type ApprovalMode = z.infer<typeof ApprovalMode>;
export const ApprovalStatus = z.enum(['pending', 'approved', 'changes_requested', 'cancelled']);
export type ApprovalStatus = z.infer<typeof ApprovalStatus>;
export const ApprovalDecisionKind = z.enum(['approved', 'changes_requested']);
export type ApprovalDecisionKind = z.infer<typeof ApprovalDecisionKind>;
/** Whose move it is: the account's people (client) or the firm's staff. */
export const ApprovalSide = z.enum(['client', 'firm']);
export type ApprovalSide = z.infer<typeof ApprovalSide>;

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'A SHA-256 in lowercase hex.');

/** One exact version asked about; a decision is about these bytes (sha256), not about the document's latest. */
export const ApprovalItem = z.object({
  documentId: Id,
  versionId: Id,
  versionNumber: z.number().int(),
  name: z.string(),
  sha256: z.string(),
});

export const Approver = z.object({
  userId: Id,
  name: z.string(),
  side: ApprovalSide,
  position: z.number().int(),
  decision: ApprovalDecisionKind.nullable(),
  comment: z.string().nullable(),
  decidedAt: Timestamp.nullable(),
  /** The content the decision is bound to (the approval's contentSha256 at the time). */
  decidedSha256: z.string().nullable(),
  /** Staff only (null for the account's people): where the decision came from. */
  decidedIp: z.string().nullable(),
  decidedUserAgent: z.string().nullable(),
  /** Whether it is this approver's turn (sequential: the first undecided one; parallel: every undecided one). */
  awaiting: z.boolean(),
});
export type Approver = z.infer<typeof Approver>;

export const Approval = z.object({
  id: Id,
  accountId: Id,
  accountName: z.string(),
  subjectType: ApprovalSubjectType,
  title: z.string(),
  message: z.string(),
  quoteId: Id.nullable(),
  taskId: Id.nullable(),
  items: z.array(ApprovalItem),
  mode: ApprovalMode,
  dueDate: z.string().nullable(),
  internal: z.boolean(),
  status: ApprovalStatus,
  contentSha256: z.string(),
  cancelReason: z.string().nullable(),
  replacesId: Id.nullable(),
  approvers: z.array(Approver),
  /** Who must move next: client, firm, or null when nothing is waiting. */
  waitingOn: ApprovalSide.nullable(),
  createdAt: Timestamp,
  closedAt: Timestamp.nullable(),
  version: z.number().int(),
  abilities: Abilities('decide', 'cancel', 'rerequest'),
});
export type Approval = z.infer<typeof Approval>;

const DateOnly = z.iso.date();

export const CreateApproval = z
  .object({
    subjectType: ApprovalSubjectType,
    title: z.string().trim().min(1).max(200).optional(),
    message: z.string().max(5_000).default(''),
    /** document_version: one document (its current version); deliverable: 1-20 documents. */
    documentIds: z.array(Id).min(1).max(20).optional(),
    quoteId: Id.optional(),
    taskId: Id.optional(),
    /** In order for sequential approvals; no one twice. */
    approverIds: z.array(Id).min(1).max(20),
    mode: ApprovalMode.default('parallel'),
    dueDate: DateOnly.nullable().default(null),
  })
  .strict();
export type CreateApproval = z.infer<typeof CreateApproval>;

export const DecideApproval = z
  .object({
    decision: ApprovalDecisionKind,
    comment: z.string().trim().max(5_000).default(''),
    /** The content the approver saw: must equal the approval's contentSha256 (409 content_changed otherwise). */
    contentSha256: Sha256,
    /** Deciding for someone else is refused (403): given, it must be the caller. */
    approverId: Id.optional(),
  })
  .strict();
export type DecideApproval = z.infer<typeof DecideApproval>;

export const ApprovalListQuery = ListQuery.extend({
  status: ApprovalStatus.optional(),
  documentId: Id.optional(),
  /** `me`: approvals whose turn is the caller's. */
  waitingOn: z.enum(['me', 'client', 'firm']).optional(),
});
export type ApprovalListQuery = z.infer<typeof ApprovalListQuery>;
