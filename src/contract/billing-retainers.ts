import { z } from 'zod';
import { Abilities, Id, Timestamp } from './common.ts';
import { MinorAmount } from './billing.ts';
import { Money } from './money.ts';

/**
 * Retainers: an account's budget of hours or money, per calendar month or prepaid once, burnt by the billable time
 * staff log on the account's tasks. Work past the budget is billed only once the client approves it.
 */
export const RetainerUnit = z.enum(['hours', 'money']);
export type RetainerUnit = z.infer<typeof RetainerUnit>;
export const RetainerPeriod = z.enum(['monthly', 'prepaid']);
export type RetainerPeriod = z.infer<typeof RetainerPeriod>;
export const OverageStatus = z.enum(['pending', 'approved', 'declined']);
export type OverageStatus = z.infer<typeof OverageStatus>;

const BUDGET_MINUTES_HINT = 'Use a whole number of minutes from 1 to 10,000,000.';
const BudgetMinutes = z
  .number({ error: BUDGET_MINUTES_HINT })
  .int(BUDGET_MINUTES_HINT)
  .min(1, BUDGET_MINUTES_HINT)
  .max(10_000_000, BUDGET_MINUTES_HINT);

const RetainerFields = z.object({
  name: z.string().trim().min(1).max(120),
  unit: RetainerUnit,
  period: RetainerPeriod,
  /** Hours budgets: the budget in minutes; money budgets: null. */
  budgetMinutes: BudgetMinutes.nullable(),
  /** Money budgets: the budget in minor units of the account's currency; hours budgets: null. */
  budgetAmount: MinorAmount.nullable(),
  /** What an hour costs (minor units): burns a money budget, and prices overage. */
  hourlyRate: MinorAmount,
  startsOn: z.iso.date(),
  /**
   * Tax rates of the overage's invoice line (console tax rates, not archived), computed with the one rounding rule
   * of contract/money.ts like any line. Copied onto each overage request when staff ask the client.
   */
  taxRateIds: z.array(Id).max(5).optional(),
});
const budgetMatchesUnit = (value: {
  unit?: RetainerUnit;
  budgetMinutes?: number | null;
  budgetAmount?: number | null;
}) =>
  value.unit === undefined ||
  (value.unit === 'hours'
    ? value.budgetMinutes != null && value.budgetAmount == null
    : value.budgetAmount != null && value.budgetAmount > 0 && value.budgetMinutes == null);
const BUDGET_HINT = {
  path: ['budgetMinutes'],
  message: 'An hours retainer has a budget in minutes; a money retainer has a budget amount above 0.',
};

export const CreateRetainer = RetainerFields.strict().refine(budgetMatchesUnit, BUDGET_HINT);
export type CreateRetainer = z.infer<typeof CreateRetainer>;
/** The unit and period stay as made (a retainer's history is read in them); end it and make another instead. */
export const UpdateRetainer = RetainerFields.pick({
  name: true,
  budgetMinutes: true,
  budgetAmount: true,
  hourlyRate: true,
  taxRateIds: true,
})
  .partial()
  .strict();
export type UpdateRetainer = z.infer<typeof UpdateRetainer>;

export const RetainerTask = z.object({
  taskId: Id,
  title: z.string(),
  projectId: Id,
  projectName: z.string(),
  minutes: z.number().int(),
});
export type RetainerTask = z.infer<typeof RetainerTask>;

export const RetainerOtherWork = z.object({
  kind: z.enum(['account', 'ticket', 'thread']),
  /** The ticket's or thread's id (the account's for time on the account). */
  id: Id,
  title: z.string().nullable(),
  minutes: z.number().int(),
});
export type RetainerOtherWork = z.infer<typeof RetainerOtherWork>;

export const RetainerOverage = z.object({
  id: Id,
  retainerId: Id,
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  minutes: z.number().int(),
  amount: Money,
  status: OverageStatus,
  /** The tax rates its invoice line carries (the retainer's when staff asked). */
  taxRateIds: z.array(Id),
  requestedAt: Timestamp,
  decided: z.object({ by: z.string(), at: Timestamp, comment: z.string() }).nullable(),
  /** The invoice that bills it, once sent (approved overage only). */
  invoice: z.object({ id: Id, number: z.string().nullable() }).nullable(),
  abilities: Abilities('approve', 'decline'),
});
export type RetainerOverage = z.infer<typeof RetainerOverage>;

/** The current period's burn: what was used, what is left, what it was spent on, and the overage not yet asked. */
export const RetainerBurn = z.object({
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  usedMinutes: z.number().int(),
  budgetMinutes: z.number().int(),
  leftMinutes: z.number().int(),
  overMinutes: z.number().int(),
  usedAmount: Money,
  budgetAmount: Money,
  leftAmount: Money,
  /** Overage minutes of this period no request covers yet (staff may ask the client for them). */
  unrequestedMinutes: z.number().int(),
  tasks: z.array(RetainerTask),
  /**
   * Billable time not on a task: on the account itself, on a ticket, on a conversation thread. The ticket's or
   * thread's subject is shown to staff only (an account's people may not all see every ticket or thread).
   */
  otherWork: z.array(RetainerOtherWork),
});
export type RetainerBurn = z.infer<typeof RetainerBurn>;

export const Retainer = z.object({
  id: Id,
  accountId: Id,
  name: z.string(),
  unit: RetainerUnit,
  period: RetainerPeriod,
  budgetMinutes: z.number().int().nullable(),
  budgetAmount: Money.nullable(),
  hourlyRate: Money,
  taxRateIds: z.array(Id),
  startsOn: z.iso.date(),
  endedOn: z.iso.date().nullable(),
  version: z.number().int(),
  burn: RetainerBurn.nullable(),
  overages: z.array(RetainerOverage),
  abilities: Abilities('update', 'end', 'requestOverage'),
});
export type Retainer = z.infer<typeof Retainer>;

export const RetainerList = z.object({
  items: z.array(Retainer),
  abilities: Abilities('create'),
});
export type RetainerList = z.infer<typeof RetainerList>;

export const DecideOverage = z.object({ comment: z.string().trim().max(2000).default('') }).strict();
export type DecideOverage = z.infer<typeof DecideOverage>;
