import type { Case } from '../platform/cross-account-cases.ts';

/** The forms module's routes in the cross-account walk (platform/cross-account.test.ts). */
export const FORM_CASES: Case[] = [
  // Forms: formId is portal-wide configuration (staff only); assignmentId and submissionId are the target account's
  // (a form requested from it, and its submission); slug names a public form, which belongs to no account.
  { method: 'GET', route: '/api/v1/forms/:formId', scope: 'staff' },
  { method: 'PATCH', route: '/api/v1/forms/:formId', scope: 'staff', body: () => ({ name: 'Taken' }) },
  { method: 'POST', route: '/api/v1/forms/:formId/publish', scope: 'staff' },
  { method: 'GET', route: '/api/v1/forms/:formId/submissions', scope: 'staff' },
  { method: 'GET', route: '/api/v1/forms/:formId/submissions/export.csv', scope: 'staff' },
  { method: 'GET', route: '/api/v1/accounts/:accountId/form-assignments', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/form-assignments',
    scope: 'account',
    body: (ids) => ({ formId: ids.formId }),
  },
  { method: 'GET', route: '/api/v1/form-assignments/:assignmentId', scope: 'account' },
  {
    method: 'PUT',
    route: '/api/v1/form-assignments/:assignmentId/draft',
    scope: 'account',
    body: () => ({ answers: { note: 'Taken' } }),
  },
  {
    method: 'POST',
    route: '/api/v1/form-assignments/:assignmentId/submit',
    scope: 'account',
    body: () => ({ answers: { note: 'Taken' } }),
  },
  { method: 'GET', route: '/api/v1/form-submissions/:submissionId', scope: 'account' },
  { method: 'GET', route: '/api/v1/public-forms/:slug', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/public-forms/:slug/submissions',
    scope: 'account',
    body: () => ({ name: 'Intruder', email: 'intruder@elsewhere.example', answers: {}, fillToken: 'x' }),
  },
];
