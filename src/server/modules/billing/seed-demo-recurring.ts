import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import { periodStart, type Schedule } from './recurring-schedule.ts';
import { insertCatalogItem } from './repository-catalog.ts';
import { insertSubscription } from './repository-recurring.ts';
import { todayOf } from './use-cases/load.ts';

/**
 * The demo's recurring billing: a catalogue of two services and Acme's monthly payroll plan, billed on the 1st from
 * next month on (so a fresh demo shows the plan with its next billing date, and no invoice is made at start).
 */
export async function seedDemoRecurring(
  ctx: AppContext,
  tx: Queryable,
  accountId: string,
  ownerId: string,
  vat: string,
) {
  const now = ctx.clock.now();
  const payroll = newId();
  await insertCatalogItem(
    tx,
    payroll,
    {
      name: 'Payroll service',
      description: 'Monthly payroll for up to 10 employees',
      prices: { EUR: 25_000, GBP: 22_000, USD: 27_000 },
      taxRateId: vat,
      kind: 'recurring',
      interval: { unit: 'month', every: 1, count: null },
    },
    now,
  );
  await insertCatalogItem(
    tx,
    newId(),
    {
      name: 'Year-end accounts',
      description: 'Statutory accounts and filing',
      prices: { EUR: 180_000, GBP: 160_000 },
      taxRateId: vat,
      kind: 'one_off',
      interval: null,
    },
    now,
  );
  const today = todayOf(now);
  const schedule: Schedule = {
    unit: 'month',
    every: 1,
    dayOfMonth: 1,
    startDate: today,
    endDate: null,
    count: null,
  };
  const first = periodStart(schedule, today.endsWith('-01') ? 1 : 0);
  await insertSubscription(
    tx,
    {
      id: newId(),
      accountId,
      name: 'Payroll plan',
      currency: 'EUR',
      unit: 'month',
      every: 1,
      dayOfMonth: 1,
      startDate: first,
      endDate: null,
      count: null,
      nextPeriodStart: first,
      autoSend: true,
      autoCharge: false,
      notes: '',
      // 250.00 + 20 % VAT.
      total: 30_000,
      sourceDocumentId: null,
      createdBy: ownerId,
      now,
    },
    [
      {
        position: 0,
        catalog_item_id: payroll,
        description: 'Payroll service',
        quantity: 1000,
        unit_price: 25_000,
        tax_rate_ids: [vat],
      },
    ],
  );
}
