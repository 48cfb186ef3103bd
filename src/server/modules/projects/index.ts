/*
 * Projects and tasks: projects of an account (templates, members, internal ones), tasks with checklist,
 * followers, dependencies, comments and recurrence. Other modules and app.ts use only what is exported here.
 */
import type { AppContext } from '../../platform/context.ts';
import { provideSubjectThreads } from '../conversations/index.ts';
import { projectRoutes as projectRouteSet } from './routes.ts';
import { taskThreads } from './subject-thread.ts';
import { taskCompleted } from './task-hooks.ts';
import { timeEntryChanged } from './time-hooks.ts';

/** Every projects route. */
export function projectRoutes(ctx: AppContext) {
  // A task's comments are its conversations thread; this module's policy says who reads and writes it. Registered
  // when the app is built, not at import: conversations' index may still be loading then (import cycle).
  provideSubjectThreads('task', taskThreads);
  return projectRouteSet(ctx);
}
export { seedDemoProjects } from './seed-demo.ts';
export { projectObligations } from './repository-obligations.ts';
export { sendOverdueDigests, sendTaskReminders } from './reminders.ts';
export { timeMinutesPerAccount } from './use-cases/time-entries.ts';
/** For billing's retainers: an account's billable time on client-visible tasks, per task and in total. */
export { billableMinutes, billableOtherTime, billableTimePerTask } from './repository-time-retainer.ts';
/** For billing's live retainer burn: time of an account logged, changed or deleted (in that transaction). */
export const onTimeEntryChanged = timeEntryChanged.listen;
/** For onboarding: a task made in the caller's transaction, and the hook of tasks being completed. */
export { createTaskInTransaction } from './task-hooks.ts';
export const onTaskCompleted = taskCompleted.listen;
