/*
 * Forms: the console's builder, frozen versions, assignments to accounts with autosaved drafts, submissions (CSV,
 * tickets), public forms for leads. Other modules and app.ts use only what is exported here.
 */
import { formAssignmentSubmitted } from './hooks.ts';

export { formRoutes } from './routes.ts';
/** Requested forms not yet submitted, on the obligations timeline (owed by the client). */
export { formObligations } from './repository-obligations.ts';
/** For onboarding: request a form from an account inside the caller's transaction; whether it was submitted. */
export { assignFormInTransaction } from './use-cases/assignments.ts';
export { assignmentSubmitted } from './repository-fills.ts';
export const onFormAssignmentSubmitted = formAssignmentSubmitted.listen;
/** For onboarding templates: whether a form has a published version (a step can request it). */
export { latestVersion as latestFormVersion } from './repository-forms.ts';
/** The demo's claim declaration (the insurance recipe), requested from a policyholder. */
export { seedDemoClaimDeclaration } from './seed-demo.ts';
