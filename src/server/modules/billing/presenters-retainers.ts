import type {
  Retainer,
  RetainerBurn,
  RetainerOverage,
  RetainerOtherWork,
  RetainerTask,
} from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { retainerPolicy } from './policy-retainers.ts';
import type { burnOf } from './retainer-burn.ts';
import type { OverageRow, RetainerRow } from './repository-retainers.ts';

export function presentOverage(row: OverageRow, actor: Actor): RetainerOverage {
  return {
    id: row.id,
    retainerId: row.retainer_id,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    minutes: row.minutes,
    amount: { amount: row.amount, currency: row.currency },
    status: row.status,
    taxRateIds: row.tax_rate_ids,
    requestedAt: row.requested_at.toISOString(),
    decided: row.decided_at
      ? { by: row.decided_by_name ?? '', at: row.decided_at.toISOString(), comment: row.comment }
      : null,
    invoice: row.invoice_id ? { id: row.invoice_id, number: row.invoice_number } : null,
    abilities: retainerPolicy.overageAbilities(actor, { accountId: row.account_id, status: row.status }),
  };
}

export function presentRetainer(
  row: RetainerRow,
  actor: Actor,
  burn: {
    period: { start: string; end: string };
    figures: ReturnType<typeof burnOf>;
    tasks: RetainerTask[];
    otherWork: RetainerOtherWork[];
  },
  overages: OverageRow[],
): Retainer {
  const money = (amount: number) => ({ amount, currency: row.currency });
  const presentedBurn: RetainerBurn = {
    periodStart: burn.period.start,
    periodEnd: burn.period.end,
    usedMinutes: burn.figures.usedMinutes,
    budgetMinutes: burn.figures.budgetMinutes,
    leftMinutes: burn.figures.leftMinutes,
    overMinutes: burn.figures.overMinutes,
    usedAmount: money(burn.figures.usedAmount),
    budgetAmount: money(burn.figures.budgetAmount),
    leftAmount: money(burn.figures.leftAmount),
    unrequestedMinutes: burn.figures.unrequestedMinutes,
    tasks: burn.tasks,
    otherWork: burn.otherWork.map((work) => ({ ...work, title: actor.staffRole === null ? null : work.title })),
  };
  return {
    id: row.id,
    accountId: row.account_id,
    name: row.name,
    unit: row.unit,
    period: row.period,
    budgetMinutes: row.budget_minutes,
    budgetAmount: row.budget_amount === null ? null : money(row.budget_amount),
    hourlyRate: money(row.hourly_rate),
    taxRateIds: row.tax_rate_ids,
    startsOn: row.starts_on,
    endedOn: row.ended_on,
    version: row.version,
    burn: presentedBurn,
    overages: overages.map((overage) => presentOverage(overage, actor)),
    abilities: retainerPolicy.retainerAbilities(actor, {
      endedOn: row.ended_on,
      unrequestedMinutes: burn.figures.unrequestedMinutes,
    }),
  };
}
