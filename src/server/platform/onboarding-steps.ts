import type { BuiltModuleName } from '../../contract/index.ts';
import type { AppContext } from './context.ts';
import type { Queryable } from './db/index.ts';
import { txHook } from './tx-hooks.ts';

/** Who the step waits on: the client (the account's people) or the firm (staff). */
export type StepSide = 'client' | 'firm';

/** What opening a step gets: the step and the account it is for, inside the onboarding's transaction. */
export interface StepOpening {
  ctx: AppContext;
  accountId: string;
  onboardingId: string;
  stepId: string;
  title: string;
  config: Record<string, unknown>;
  /** The staff member acting (who applied the template, or its author for automatic applies); null when none. */
  by: string | null;
  now: Date;
  /** Stored file keys the caller removes if its transaction fails (invoice PDFs). */
  stored: string[];
}

/**
 * One kind of onboarding step (welcome, form, file request, invoice, task; e-signature plugs in the same way). A
 * module registers its kind at startup: opening a step creates the module's own item (an assignment, a request,
 * an invoice) in the onboarding's transaction, and the module reports the item's progress with
 * `reportStepItem` from the transaction of its own change. The onboarding module knows no kind's internals.
 */
export interface OnboardingStepKind {
  kind: string;
  /** The segment module the item belongs to; an account whose segment lacks it skips the step. Null: always on. */
  module: BuiltModuleName | null;
  /** Who the step waits on once open. */
  side(config: Record<string, unknown>): StepSide;
  /** Creates the item; `itemId` null for steps with no item of their own (a welcome message). */
  open(tx: Queryable, opening: StepOpening): Promise<{ itemId: string | null }>;
  /** The page of the item for the viewer's layout (portal or console), or null. */
  link(itemId: string | null, layout: 'portal' | 'console', accountId: string): string | null;
  /**
   * Kinds whose item can end without being done (an envelope declined, voided or expired) make a new item for the
   * same step: staff re-issue it from the step. Absent: the step cannot be re-issued.
   */
  reissue?(tx: Queryable, opening: StepOpening): Promise<{ itemId: string | null }>;
}

/** Why an open step's item can no longer complete it, as its module reports it (shown on the step). */
export interface StepItemIssue {
  /** The module's word for it: `declined`, `voided`, `expired`. */
  state: string;
  /** Who ended it (the signer who declined, the staff member who voided), when someone did. */
  byName: string | null;
  reason: string | null;
}

const kinds = new Map<string, OnboardingStepKind>();

export function registerOnboardingStepKind(kind: OnboardingStepKind) {
  kinds.set(kind.kind, kind);
}

export function onboardingStepKind(kind: string): OnboardingStepKind | null {
  return kinds.get(kind) ?? null;
}

/**
 * An item's progress as its module sees it: `done` completes the step; `client`/`firm` says who it waits on now (a
 * file request uploaded waits on the firm's review; returned, on the client again; an engagement letter the client
 * signed waits on the firm's countersignature). With `issue`, the item ended without completing the step: it waits
 * on the firm to re-issue it.
 */
export interface StepItemProgress {
  kind: string;
  itemId: string;
  state: 'done' | StepSide;
  issue?: StepItemIssue;
  now: Date;
}

/** Fired by the step kinds (from the item module's transaction); the onboarding module listens. */
export const stepItemProgress = txHook<StepItemProgress>();
