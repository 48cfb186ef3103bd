import type { Case } from '../platform/cross-account-cases.ts';

/** The projects module's routes (projects, tasks, time entries, saved views) in the cross-account walk (platform/cross-account.test.ts). */
export const PROJECT_CASES: Case[] = [
  // Projects: projectId is the demo's project of the target account, taskId one of its tasks (waiting for
  // dependsOnId), itemId a checklist item of the account.
  { method: 'GET', route: '/api/v1/accounts/:accountId/projects', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/projects',
    scope: 'account',
    body: () => ({ name: 'Taken over' }),
  },
  { method: 'GET', route: '/api/v1/projects/:projectId', scope: 'account' },
  { method: 'PATCH', route: '/api/v1/projects/:projectId', scope: 'account', body: () => ({ name: 'Taken' }) },
  { method: 'DELETE', route: '/api/v1/projects/:projectId', scope: 'account' },
  // Saving another scope's project as a template reads as a missing project (the template would be the firm's).
  {
    method: 'POST',
    route: '/api/v1/projects/:projectId/template',
    scope: 'account',
    body: () => ({ name: 'Taken over' }),
  },
  { method: 'GET', route: '/api/v1/projects/:projectId/tasks', scope: 'account' },
  { method: 'POST', route: '/api/v1/projects/:projectId/tasks', scope: 'account', body: () => ({ title: 'Taken' }) },
  { method: 'GET', route: '/api/v1/tasks/:taskId', scope: 'account' },
  { method: 'PATCH', route: '/api/v1/tasks/:taskId', scope: 'account', body: () => ({ status: 'waiting' }) },
  { method: 'DELETE', route: '/api/v1/tasks/:taskId', scope: 'account' },
  { method: 'POST', route: '/api/v1/tasks/:taskId/checklist', scope: 'account', body: () => ({ title: 'Taken' }) },
  {
    method: 'PATCH',
    route: '/api/v1/tasks/:taskId/checklist/:itemId',
    scope: 'account',
    body: () => ({ done: true }),
  },
  { method: 'DELETE', route: '/api/v1/tasks/:taskId/checklist/:itemId', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/tasks/:taskId/dependencies',
    scope: 'account',
    body: (ids) => ({ dependsOnId: ids.dependsOnId }),
  },
  { method: 'DELETE', route: '/api/v1/tasks/:taskId/dependencies/:dependsOnId', scope: 'account' },
  { method: 'PUT', route: '/api/v1/tasks/:taskId/following', scope: 'account' },
  { method: 'DELETE', route: '/api/v1/tasks/:taskId/following', scope: 'account' },
  // The task's comments thread (its messages: the conversations routes, walked by thread id).
  { method: 'GET', route: '/api/v1/tasks/:taskId/thread', scope: 'account' },
  // Files on a task: the target's own document, attached to the target's own task.
  { method: 'GET', route: '/api/v1/tasks/:taskId/attachments', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/tasks/:taskId/attachments',
    scope: 'account',
    body: (ids) => ({ documentId: ids.documentId }),
  },
  { method: 'DELETE', route: '/api/v1/tasks/:taskId/attachments/:documentId', scope: 'account' },
  // Time entries (timeEntryId: one on the account's task) and saved views (taskViewId: one of its person's).
  { method: 'GET', route: '/api/v1/tasks/:taskId/time-entries', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/tasks/:taskId/time-entries',
    scope: 'account',
    body: () => ({ date: '2026-12-01', minutes: 10 }),
  },
  { method: 'PATCH', route: '/api/v1/time-entries/:timeEntryId', scope: 'account', body: () => ({ minutes: 1 }) },
  { method: 'DELETE', route: '/api/v1/time-entries/:timeEntryId', scope: 'account' },
  { method: 'GET', route: '/api/v1/projects/:projectId/time-totals', scope: 'account' },
  {
    method: 'GET',
    route: '/api/v1/accounts/:accountId/time-entries',
    scope: 'account',
    query: '?from=2026-01-01&to=2026-12-31',
  },
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/time-entries',
    scope: 'account',
    body: () => ({ date: '2026-12-01', minutes: 10 }),
  },
  { method: 'DELETE', route: '/api/v1/task-views/:taskViewId', scope: 'account' },
  // Templates are portal-wide staff configuration: the account's people get 403 for any id.
  { method: 'GET', route: '/api/v1/project-templates/:projectTemplateId', scope: 'staff' },
  {
    method: 'PATCH',
    route: '/api/v1/project-templates/:projectTemplateId',
    scope: 'staff',
    body: () => ({ name: 'Taken' }),
  },
  { method: 'DELETE', route: '/api/v1/project-templates/:projectTemplateId', scope: 'staff' },
];
