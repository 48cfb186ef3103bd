import type { AppContext } from '../../platform/context.ts';
import {
  registerOnboardingStepKind,
  stepItemProgress,
  type OnboardingStepKind,
} from '../../platform/onboarding-steps.ts';
import type { BillingLineInput, Money } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { issueInvoiceInTransaction, onInvoicePaid } from '../billing/index.ts';
import { createFileRequestInTransaction, onFileRequestChanged } from '../documents/index.ts';
import { assignFormInTransaction, onFormAssignmentSubmitted } from '../forms/index.ts';
import { onMemberJoined } from '../identity/index.ts';
import { modulesOfAccount } from '../segments/index.ts';
import { createTaskInTransaction, onTaskCompleted } from '../projects/index.ts';
import {
  onSignatureClosed,
  onSignatureCompleted,
  onSignatureTurn,
  sendEngagementLetterInTransaction,
} from '../signatures/index.ts';
import { findOnboarding, setProject } from './repository.ts';
import {
  lockStepsWaitingForPeople,
  lockStepsWaitingForPeopleIn,
  setStepItem,
  type StepWaitingForPeople,
} from './repository-waiting.ts';

const ALL: [boolean, string[]] = [true, []];
const prefix = (layout: 'portal' | 'console') => (layout === 'console' ? '/console' : '');

/** The engagement letter of a signature step; null when the account has no people to sign yet. */
const sendLetter = (
  ctx: AppContext,
  tx: Queryable,
  step: { accountId: string; title: string; config: Record<string, unknown>; by: string | null; now: Date },
  stored: string[],
) =>
  sendEngagementLetterInTransaction(ctx, tx, {
    accountId: step.accountId,
    title: step.title,
    fees: step.config.fees as Money,
    message: String(step.config.message ?? ''),
    by: step.by,
    countersign: step.config.countersign !== false,
    now: step.now,
    stored,
  });

/** The built-in kinds. Each one's item is its module's own; e-signature registers its kind the same way. */
const BUILT_IN: OnboardingStepKind[] = [
  {
    kind: 'welcome',
    module: null,
    side: () => 'client',
    open: async () => ({ itemId: null }),
    link: () => null,
  },
  {
    kind: 'form',
    module: 'forms',
    side: () => 'client',
    open: async (tx, step) => {
      const made = await assignFormInTransaction(tx, {
        formId: String(step.config.formId),
        accountId: step.accountId,
        dueDate: null,
        assignedBy: step.by as string,
        now: step.now,
      });
      return { itemId: made.id };
    },
    link: (itemId, layout) => (itemId && layout === 'portal' ? `/forms/${itemId}` : null),
  },
  {
    kind: 'file_request',
    module: 'documents',
    side: () => 'client',
    open: async (tx, step) => ({
      itemId: await createFileRequestInTransaction(tx, {
        accountId: step.accountId,
        title: step.title,
        note: (step.config.note as string | null) ?? null,
        requestedBy: step.by,
        now: step.now,
      }),
    }),
    link: (_itemId, layout, accountId) =>
      layout === 'portal' ? '/documents/requests' : `/console/accounts/${accountId}/documents/requests`,
  },
  {
    kind: 'invoice',
    module: 'billing',
    side: () => 'client',
    open: async (tx, step) => ({
      itemId: await issueInvoiceInTransaction(step.ctx, tx, {
        accountId: step.accountId,
        currency: String(step.config.currency),
        lines: step.config.lines as BillingLineInput[],
        catalogItemId: (step.config.catalogItemId as string | null) ?? null,
        notes: step.title,
        createdBy: step.by,
        now: step.now,
        stored: step.stored,
      }),
    }),
    link: (itemId, layout) => (itemId ? `${prefix(layout)}/billing/${itemId}` : null),
  },
  {
    kind: 'task',
    module: 'projects',
    side: (config) => (config.side === 'firm' ? 'firm' : 'client'),
    open: async (tx, step) => {
      const onboarding = (await findOnboarding(tx, ALL, step.onboardingId))!;
      const firm = step.config.side === 'firm';
      const made = await createTaskInTransaction(tx, {
        accountId: step.accountId,
        projectId: onboarding.project_id,
        projectName: onboarding.template_name,
        title: step.title,
        description: String(step.config.description ?? ''),
        // The firm's side: the staff member who applied it; the client's: any account admin (unassigned).
        assigneeId: firm ? step.by : null,
        createdBy: step.by,
        now: step.now,
      });
      if (!onboarding.project_id) await setProject(tx, step.onboardingId, made.projectId);
      return { itemId: made.taskId };
    },
    link: (itemId, layout) => (itemId ? `${prefix(layout)}/tasks/${itemId}` : null),
  },
  {
    kind: 'signature',
    module: 'signatures',
    side: () => 'client',
    // No people yet (a new account): open without its envelope, which the first person's joining sends.
    open: async (tx, step) => ({ itemId: await sendLetter(step.ctx, tx, step, step.stored) }),
    link: (itemId, layout) => (itemId ? `${prefix(layout)}/signatures/${itemId}` : null),
    // A declined, voided or expired letter: a new envelope of the same letter, sent by the staff member re-issuing.
    reissue: async (tx, step) => ({ itemId: await sendLetter(step.ctx, tx, step, step.stored) }),
  },
];

/**
 * A person joined: each open signature step of the account still without its envelope sends it now, in the joining
 * transaction (so the invitation's acceptance and the request commit together). The PDF stored for a transaction
 * that then fails is removed here when this listener fails; after that, it is an unreferenced object.
 */
function sendWaitingLetters(ctx: AppContext) {
  return async (tx: Queryable, event: { accountId: string; now: Date }) => {
    if (!(await modulesOfAccount(tx, event.accountId)).includes('signatures')) return;
    for (const step of await lockStepsWaitingForPeople(tx, event.accountId, 'signature'))
      await sendWaitingLetter(ctx, tx, { ...step, account_id: event.accountId }, event.now);
  };
}

/**
 * The batch version (a CSV import's new memberships): one statement finds the waiting letters of all the accounts
 * joined, usually none; each account's letters are sent once, however many of its people joined in the batch.
 */
function sendWaitingLettersOfMany(ctx: AppContext) {
  return async (tx: Queryable, events: { accountId: string; now: Date }[]) => {
    const accountIds = [...new Set(events.map((event) => event.accountId))];
    const steps = await lockStepsWaitingForPeopleIn(tx, accountIds, 'signature', 'signatures');
    for (const step of steps) await sendWaitingLetter(ctx, tx, step, events[0]!.now);
  };
}

async function sendWaitingLetter(
  ctx: AppContext,
  tx: Queryable,
  step: StepWaitingForPeople & { account_id: string },
  now: Date,
) {
  const stored: string[] = [];
  try {
    const opening = { accountId: step.account_id, title: step.title, config: step.config, by: step.applied_by };
    const envelopeId = await sendLetter(ctx, tx, { ...opening, now }, stored);
    if (envelopeId) await setStepItem(tx, step.id, envelopeId);
  } catch (error) {
    for (const key of stored) await ctx.storage.remove(key).catch(() => undefined);
    throw error;
  }
}

/**
 * Registers the built-in kinds and turns the item modules' hooks into step progress (what a signatures module
 * would fire itself). Returns the unsubscribe for the app's close.
 */
export function registerBuiltInStepKinds(ctx: AppContext) {
  for (const kind of BUILT_IN) registerOnboardingStepKind(kind);
  const stops = [
    onFormAssignmentSubmitted((tx, event) =>
      stepItemProgress.fire(tx, { kind: 'form', itemId: event.assignmentId, state: 'done', now: event.now }),
    ),
    onFileRequestChanged((tx, event) => {
      const state = event.status === 'accepted' ? 'done' : event.status === 'submitted' ? 'firm' : 'client';
      if (event.status === 'cancelled') return Promise.resolve();
      return stepItemProgress.fire(tx, { kind: 'file_request', itemId: event.fileRequestId, state, now: event.now });
    }),
    onInvoicePaid((tx, event) =>
      stepItemProgress.fire(tx, { kind: 'invoice', itemId: event.invoiceId, state: 'done', now: event.now }),
    ),
    onTaskCompleted((tx, event) =>
      stepItemProgress.fire(tx, { kind: 'task', itemId: event.taskId, state: 'done', now: event.now }),
    ),
    onSignatureCompleted((tx, event) =>
      stepItemProgress.fire(tx, { kind: 'signature', itemId: event.envelopeId, state: 'done', now: event.now }),
    ),
    // Whose turn the letter is: after the client's signatures, only the firm's countersignature is left.
    onSignatureTurn((tx, event) =>
      stepItemProgress.fire(tx, {
        kind: 'signature',
        itemId: event.envelopeId,
        state: event.waitingOn,
        now: event.now,
      }),
    ),
    // Declined, voided or expired: the step stays open, shows why, and waits on the firm to re-issue the letter.
    onSignatureClosed((tx, event) =>
      stepItemProgress.fire(tx, {
        kind: 'signature',
        itemId: event.envelopeId,
        state: 'firm',
        issue: { state: event.outcome, byName: event.byName, reason: event.reason },
        now: event.now,
      }),
    ),
    onMemberJoined(sendWaitingLetters(ctx), sendWaitingLettersOfMany(ctx)),
  ];
  return () => stops.forEach((stop) => stop());
}
