import { expect } from 'vitest';
import type { TestPortal } from '../../support/harness.ts';
import { idOf } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';

export const WITH_ONBOARDING = ['documents', 'messages', 'billing', 'projects', 'forms', 'onboarding'];

/** Switches the Clients segment's modules, as staff would in the console. */
export async function setClientModules(portal: TestPortal, owner: HttpClient, modules: string[]) {
  const clients = await idOf(portal.ctx.db, 'segments', 'Clients');
  const response = await owner.patch(`/api/v1/segments/${clients}`, { modules });
  expect(response.statusCode, response.body).toBe(200);
  return clients;
}

/** A published one-field form, for form steps. */
export async function publishedForm(owner: HttpClient, name: string) {
  const form = await owner.post('/api/v1/forms', {
    name,
    definition: { fields: [{ key: 'company', label: 'Company', type: 'text', required: true }] },
  });
  expect(form.statusCode, form.body).toBe(201);
  expect((await owner.post(`/api/v1/forms/${form.json().id}/publish`)).statusCode).toBe(200);
  return form.json().id as string;
}

/** Every kind: welcome, then form and file request (both after the welcome), invoice after the form, two tasks. */
export function allKindsSteps(formId: string) {
  return [
    { kind: 'welcome', title: 'Welcome aboard', message: 'We are glad to have you.' },
    { kind: 'form', title: 'Tell us about you', formId, waitsFor: [0] },
    { kind: 'file_request', title: 'Last year’s accounts', note: 'PDF please', waitsFor: [0] },
    {
      kind: 'invoice',
      title: 'Set-up fee',
      currency: 'EUR',
      lines: [{ description: 'Onboarding', quantity: 1, unitPrice: 25000 }],
      waitsFor: [1],
    },
    { kind: 'task', title: 'Book the kick-off call', side: 'client', waitsFor: [3] },
    { kind: 'task', title: 'Set up the ledger', side: 'firm', waitsFor: [2] },
  ];
}

export type Step = { id: string; kind: string; title: string; status: string; side: string; link: string | null };

export async function onboardingOf(client: HttpClient, accountId: string) {
  const response = await client.get(`/api/v1/accounts/${accountId}/onboarding`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().onboarding as null | {
    id: string;
    status: string;
    steps: Step[];
    abilities: { cancel: boolean; reapply: boolean };
  };
}

/** The item id of a step (its link's last segment), e.g. the form assignment or the invoice. */
export const itemOf = (step: Step | undefined) => step?.link?.split('/').pop() as string;
