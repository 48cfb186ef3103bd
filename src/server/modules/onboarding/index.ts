/*
 * Onboarding: templates per segment (ordered steps), applied to accounts by hand or with a new account, the
 * checklist, the console overview and the time-to-onboard figure. Other modules and app.ts use only what is
 * exported here; step kinds plug in through platform/onboarding-steps.ts.
 */
export { onboardingRoutes } from './routes.ts';
export { onboardingObligations } from './repository-obligations.ts';
