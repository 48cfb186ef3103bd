/*
 * Projects and tasks: projects of an account (templates, members, internal ones), tasks with checklist,
 * followers, dependencies, comments and recurrence. Other modules and app.ts use only what is exported here.
 */
export { projectRoutes } from './routes.ts';
export { seedDemoProjects } from './seed-demo.ts';
export { projectObligations } from './repository-obligations.ts';
