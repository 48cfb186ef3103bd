// Shared steps of the forms end-to-end tests.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The demo's Clients segment gets the forms module, as an admin would switch it on in the console. */
export async function switchFormsOn(owner: Page) {
  const ok = await owner.evaluate(async () => {
    const { csrfToken } = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
    const segments = (await (await fetch('/api/v1/segments')).json()) as {
      items: { id: string; name: string; modules: string[] }[];
    };
    const clients = segments.items.find((segment) => segment.name === 'Clients')!;
    const response = await fetch(`/api/v1/segments/${clients.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify({ modules: [...clients.modules, 'forms'] }),
    });
    return response.ok;
  });
  expect(ok).toBe(true);
}

export async function addField(page: Page, type: string, label: string) {
  await page.getByLabel('Type', { exact: true }).last().selectOption({ label: type });
  await page.getByLabel('Label', { exact: true }).last().fill(label);
  await page.getByRole('button', { name: 'Add a field' }).last().click();
}
