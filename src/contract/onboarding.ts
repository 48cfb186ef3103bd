import { z } from 'zod';
import { BillingLineInput } from './billing.ts';
import { Abilities, Id, ListQuery, Timestamp } from './common.ts';
import { Currency, MAX_AMOUNT } from './money.ts';

const Title = z.string().trim().min(1).max(200);
/** Positions (0-based) of earlier steps this one waits for; checked against its own position by the server. */
const WaitsFor = z.array(z.number().int().min(0).max(49)).max(49).default([]);

/**
 * One step of a template, by kind. A new kind (e-signature) adds its variant here and registers its opener with
 * platform/onboarding-steps.ts on the server.
 */
export const OnboardingStepInput = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('welcome'),
      title: Title,
      waitsFor: WaitsFor,
      message: z.string().trim().min(1).max(5000),
    })
    .strict(),
  z.object({ kind: z.literal('form'), title: Title, waitsFor: WaitsFor, formId: Id }).strict(),
  z
    .object({
      kind: z.literal('file_request'),
      title: Title,
      waitsFor: WaitsFor,
      note: z.string().trim().max(2000).nullable().default(null),
    })
    .strict(),
  z
    .object({
      kind: z.literal('invoice'),
      title: Title,
      waitsFor: WaitsFor,
      /** Used when the account has no billing profile currency yet. */
      currency: Currency,
      /** The invoice's lines, or (when set) one line from a catalogue item at its price in the invoice's currency. */
      lines: z.array(BillingLineInput).max(50).default([]),
      catalogItemId: Id.nullable().default(null),
    })
    .strict(),
  z
    .object({
      kind: z.literal('task'),
      title: Title,
      waitsFor: WaitsFor,
      description: z.string().max(5000).default(''),
      /** Who does it: the client (the account's admins) or the firm (the staff member who applied the template). */
      side: z.enum(['client', 'firm']).default('client'),
    })
    .strict(),
  /**
   * The engagement letter to sign (the signatures module's template: the client's name, these fees, the day the
   * step opens), sent to the account's people when the step opens, or when the first person joins if there is none
   * yet; countersigned by the staff member who applied the template. Done when every signer signed.
   */
  z
    .object({
      kind: z.literal('signature'),
      title: Title,
      waitsFor: WaitsFor,
      fees: z.object({ amount: z.number().int().min(0).max(MAX_AMOUNT), currency: Currency }).strict(),
      message: z.string().trim().max(5000).default(''),
      countersign: z.boolean().default(true),
    })
    .strict(),
]);
export type OnboardingStepInput = z.infer<typeof OnboardingStepInput>;
export const OnboardingStepKind = z.enum(['welcome', 'form', 'file_request', 'invoice', 'task', 'signature']);

export const OnboardingTemplate = z.object({
  id: Id,
  segmentId: Id,
  segmentName: z.string(),
  name: z.string(),
  autoApply: z.boolean(),
  steps: z.array(OnboardingStepInput),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: z.number().int(),
  abilities: Abilities('update', 'delete', 'apply'),
});
export type OnboardingTemplate = z.infer<typeof OnboardingTemplate>;

export const CreateOnboardingTemplate = z
  .object({
    segmentId: Id,
    name: Title,
    autoApply: z.boolean().default(false),
    steps: z.array(OnboardingStepInput).max(50).default([]),
  })
  .strict();
export type CreateOnboardingTemplate = z.infer<typeof CreateOnboardingTemplate>;

export const UpdateOnboardingTemplate = z
  .object({
    name: Title.optional(),
    autoApply: z.boolean().optional(),
    steps: z.array(OnboardingStepInput).max(50).optional(),
  })
  .strict();
export type UpdateOnboardingTemplate = z.infer<typeof UpdateOnboardingTemplate>;

export const OnboardingTemplateListQuery = z.object({ segmentId: Id.optional() });

export const ApplyOnboarding = z.object({ templateId: Id }).strict();

export const OnboardingStepStatus = z.enum(['waiting', 'open', 'done', 'skipped', 'cancelled']);
export const OnboardingStatus = z.enum(['active', 'completed', 'cancelled']);

export const OnboardingStep = z.object({
  id: Id,
  position: z.number().int(),
  kind: z.string(),
  title: z.string(),
  /** The welcome step's text; null for other kinds. */
  message: z.string().nullable(),
  status: OnboardingStepStatus,
  /** Who the step waits on while open. */
  side: z.enum(['client', 'firm']),
  waitsFor: z.array(z.number().int()),
  /** The page of the step's item (form, file request, invoice, task) for the caller's layout. */
  link: z.string().nullable(),
  /**
   * Why the step's item can no longer complete it (an engagement letter `declined`, `voided` or `expired`): the step
   * waits on the firm to re-issue it (`abilities.reissue`). Null otherwise.
   */
  issue: z
    .object({
      state: z.string(),
      /** Who ended it: the signer who declined, the staff member who voided. */
      byName: z.string().nullable(),
      reason: z.string().nullable(),
    })
    .nullable(),
  openedAt: Timestamp.nullable(),
  completedAt: Timestamp.nullable(),
  abilities: Abilities('complete', 'reissue'),
});
export type OnboardingStep = z.infer<typeof OnboardingStep>;

export const Onboarding = z.object({
  id: Id,
  accountId: Id,
  accountName: z.string(),
  templateId: Id.nullable(),
  templateName: z.string(),
  status: OnboardingStatus,
  startedAt: Timestamp,
  completedAt: Timestamp.nullable(),
  cancelledAt: Timestamp.nullable(),
  /** In checklist order: the client's next open step first, then the other open ones, waiting, finished. */
  steps: z.array(OnboardingStep),
  abilities: Abilities('cancel', 'reapply'),
});
export type Onboarding = z.infer<typeof Onboarding>;

/** An account's current (or latest) onboarding, or none. */
export const AccountOnboarding = z.object({ onboarding: Onboarding.nullable() });
export type AccountOnboarding = z.infer<typeof AccountOnboarding>;

/** The console overview: where each onboarding stands. */
export const OnboardingSummary = z.object({
  id: Id,
  accountId: Id,
  accountName: z.string(),
  segmentName: z.string(),
  templateName: z.string(),
  status: OnboardingStatus,
  startedAt: Timestamp,
  completedAt: Timestamp.nullable(),
  stepsDone: z.number().int(),
  stepsTotal: z.number().int(),
  /** The first open step (where the account is stuck), since when, and whose turn it is. */
  currentStep: z
    .object({ title: z.string(), kind: z.string(), side: z.enum(['client', 'firm']), openedAt: Timestamp })
    .nullable(),
});
export type OnboardingSummary = z.infer<typeof OnboardingSummary>;

export const OnboardingListQuery = ListQuery.extend({ status: OnboardingStatus.default('active') });

/** Time to onboard per segment: the median of completed onboardings (start to last step). */
export const OnboardingStats = z.object({
  segments: z.array(
    z.object({
      segmentId: Id,
      segmentName: z.string(),
      completed: z.number().int(),
      inProgress: z.number().int(),
      medianSeconds: z.number().nullable(),
    }),
  ),
});
export type OnboardingStats = z.infer<typeof OnboardingStats>;
