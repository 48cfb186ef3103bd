import { txHook } from '../../platform/tx-hooks.ts';

/** An assignment was submitted, inside the submit's transaction (onboarding completes its form step). */
export const formAssignmentSubmitted = txHook<{ assignmentId: string; accountId: string; now: Date }>();
