import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { forbidden } from '../../../platform/http/errors.ts';
import { recurringPolicy } from '../policy-recurring.ts';
import { runRecurringBilling } from './recurring-sweep.ts';

/** "Bill due periods now" from the console: the timer's sweep, run once (safe next to a running timer). */
export async function runRecurringBillingUseCase(ctx: AppContext, actor: Actor) {
  if (!recurringPolicy.canRunBilling(actor)) throw forbidden();
  return runRecurringBilling(ctx);
}
