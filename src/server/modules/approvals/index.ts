/*
 * Approvals: decisions asked of the account's people and staff on document versions, deliverables, quotes and
 * tasks, bound to the content's SHA-256. Other modules and app.ts use only what is exported here.
 */
export { approvalRoutes } from './routes.ts';
export { sendApprovalReminders } from './reminders.ts';
export { approvalObligations } from './repository-obligations.ts';
