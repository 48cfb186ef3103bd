import { expect } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import type { Case } from '../platform/cross-account-cases.ts';

/** The onboarding module's routes in the cross-account walk (platform/cross-account.test.ts). */
export const ONBOARDING_CASES: Case[] = [
  // Templates are portal-wide staff configuration; onboardings and their steps are the target account's.
  { method: 'GET', route: '/api/v1/onboarding-templates/:onboardingTemplateId', scope: 'staff' },
  {
    method: 'PATCH',
    route: '/api/v1/onboarding-templates/:onboardingTemplateId',
    scope: 'staff',
    body: () => ({ name: 'Taken' }),
  },
  { method: 'DELETE', route: '/api/v1/onboarding-templates/:onboardingTemplateId', scope: 'staff' },
  { method: 'GET', route: '/api/v1/accounts/:accountId/onboarding', scope: 'account' },
  {
    method: 'POST',
    route: '/api/v1/accounts/:accountId/onboardings',
    scope: 'staff',
    body: (ids) => ({ templateId: ids.onboardingTemplateId }),
  },
  { method: 'POST', route: '/api/v1/onboardings/:onboardingId/cancel', scope: 'staff' },
  { method: 'POST', route: '/api/v1/onboarding-steps/:onboardingStepId/complete', scope: 'account' },
  { method: 'POST', route: '/api/v1/onboarding-steps/:onboardingStepId/reissue', scope: 'staff' },
];

/** A template of the account's segment applied to it: its onboarding and its open welcome step. */
export async function onboardingIds(staff: HttpClient, accountId: string, segmentId: string) {
  const template = await staff.post('/api/v1/onboarding-templates', {
    segmentId,
    name: `Walk ${accountId}`,
    steps: [{ kind: 'welcome', title: 'Welcome', message: 'Hello' }],
  });
  expect(template.statusCode, template.body).toBe(201);
  const applied = await staff.post(`/api/v1/accounts/${accountId}/onboardings`, { templateId: template.json().id });
  expect(applied.statusCode, applied.body).toBe(201);
  return {
    onboardingTemplateId: template.json().id as string,
    onboardingId: applied.json().onboarding.id as string,
    onboardingStepId: applied.json().onboarding.steps[0].id as string,
  };
}
