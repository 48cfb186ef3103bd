/*
 * Projects and tasks: projects of an account (templates, members, internal ones), tasks with checklist,
 * followers, dependencies, comments and recurrence. Other modules and app.ts use only what is exported here.
 */
import { provideSubjectThreads } from '../conversations/index.ts';
import { taskThreads } from './subject-thread.ts';
import { taskCompleted } from './task-hooks.ts';

// A task's comments are its conversations thread; this module's policy says who reads and writes it.
provideSubjectThreads('task', taskThreads);

export { projectRoutes } from './routes.ts';
export { seedDemoProjects } from './seed-demo.ts';
export { projectObligations } from './repository-obligations.ts';
export { sendOverdueDigests, sendTaskReminders } from './reminders.ts';
export { timeMinutesPerAccount } from './use-cases/time-entries.ts';
/** For billing's retainers: an account's billable time on client-visible tasks, per task and in total. */
export { billableMinutes, billableTimePerTask } from './repository-time-retainer.ts';
/** For onboarding: a task made in the caller's transaction, and the hook of tasks being completed. */
export { createTaskInTransaction } from './task-hooks.ts';
export const onTaskCompleted = taskCompleted.listen;
