// Follow-ups of onboarding and document feedback: a declined engagement letter shows on the onboarding step for
// both sides and staff re-send it from the step in one action (the client's open checklist follows live); a
// document's feedback is per version, earlier versions' discussions one choice away, and a notification about one
// opens that version's discussion. With SCREENSHOT_DIR set, each page is captured at 1280 and 375 px.
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { captureScreens, pageAs, usePortico } from '../support/e2e.ts';

const portico = usePortico(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {});

/** An API call with the page's session (setup done elsewhere in the app). `raw`: a text body as a file upload. */
async function apiAs<T>(page: Page, method: string, path: string, body?: unknown, raw?: string): Promise<T> {
  return page.evaluate(
    async ({ method, path, body, raw }) => {
      const { csrfToken } = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string };
      const headers: Record<string, string> = { 'x-csrf-token': csrfToken };
      if (raw !== undefined) headers['content-type'] = 'text/plain';
      else if (body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers,
        body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    { method, path, body, raw },
  );
}

type Onboarding = { onboarding: { steps: { id: string; link: string | null }[] } };

describe('onboarding letters and per-version feedback', () => {
  it('a declined letter shows on both sides; staff send a new envelope from the step', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    const segments = await apiAs<{ items: { id: string; name: string; modules: string[] }[] }>(
      owner,
      'GET',
      '/segments',
    );
    const clients = segments.items.find((segment) => segment.name === 'Clients')!;
    await apiAs(owner, 'PATCH', `/segments/${clients.id}`, {
      modules: [...new Set([...clients.modules, 'onboarding', 'signatures'])],
    });
    const accounts = await apiAs<{ items: { id: string; name: string }[] }>(owner, 'GET', '/accounts?limit=200');
    const acme = accounts.items.find((account) => account.name === 'Acme Manufacturing')!.id;
    const template = await apiAs<{ id: string }>(owner, 'POST', '/onboarding-templates', {
      segmentId: clients.id,
      name: 'Engagement',
      steps: [{ kind: 'signature', title: 'Sign our engagement letter', fees: { amount: 90000, currency: 'EUR' } }],
    });
    const applied = await apiAs<Onboarding>(owner, 'POST', `/accounts/${acme}/onboardings`, {
      templateId: template.id,
    });
    const envelopeId = applied.onboarding.steps[0]!.link!.split('/').pop()!;

    const alice = await pageAs(portico, 'alice@acme.example');
    await apiAs(alice, 'POST', `/signature-envelopes/${envelopeId}/decline`, { reason: 'The fees are not agreed' });
    // The checklist's live stream is open (its response has started) before staff act: what follows is live.
    const streamOpen = alice.waitForResponse((response) => new URL(response.url()).pathname === '/api/v1/events');
    await alice.goto(`${portico.baseUrl}/onboarding`);
    await streamOpen;
    await alice.getByRole('heading', { level: 1, name: 'Getting started' }).waitFor();
    await alice.getByText('Declined by Alice Archer. Reason: The fees are not agreed').waitFor();
    await alice.getByText('Your firm is re-issuing this document.', { exact: false }).waitFor();
    await alice.getByText('Being re-issued').waitFor();
    await captureScreens(alice, 'portal-onboarding-letter-declined');

    await owner.goto(`${portico.baseUrl}/console/onboarding/accounts/${acme}`);
    await owner.getByText('Declined by Alice Archer. Reason: The fees are not agreed').waitFor();
    await captureScreens(owner, 'console-onboarding-letter-declined');
    await owner.getByRole('button', { name: 'Send a new envelope' }).click();
    await owner.getByText('A new envelope was sent.').waitFor();
    await owner.getByText('Waiting on the client').waitFor();
    // The client's open checklist refreshes by itself (no reload): the letter is theirs to sign again.
    await alice.getByText('Being re-issued').waitFor({ state: 'detached' });
    await alice.getByText('Waiting on you').first().waitFor();
    await alice.getByRole('link', { name: 'Open: Sign our engagement letter' }).waitFor();
    await captureScreens(alice, 'portal-onboarding-letter-reissued');
  });

  it('a document’s feedback follows the version: earlier versions’ discussions stay one choice away', async () => {
    const owner = await pageAs(portico, 'owner@northwind.example');
    const accounts = await apiAs<{ items: { id: string; name: string }[] }>(owner, 'GET', '/accounts?limit=200');
    const acme = accounts.items.find((account) => account.name === 'Acme Manufacturing')!.id;
    const first = await apiAs<{ document: { id: string } }>(
      owner,
      'POST',
      `/accounts/${acme}/documents?name=brochure.txt&area=shared`,
      undefined,
      'first draft',
    );
    const documentId = first.document.id;
    const v1Thread = await apiAs<{ id: string }>(owner, 'GET', `/documents/${documentId}/thread`);
    await apiAs(owner, 'POST', `/threads/${v1Thread.id}/messages`, { body: 'The logo is too small in draft one' });
    await apiAs(owner, 'POST', `/documents/${documentId}/versions?name=brochure.txt`, undefined, 'second draft');

    await owner.goto(`${portico.baseUrl}/console/accounts/${acme}/documents/files/${documentId}`);
    await owner.getByRole('heading', { level: 1, name: 'brochure.txt' }).waitFor();
    const choice = owner.getByLabel('Discussion of');
    await choice.waitFor();
    await owner.getByText('About version 2.', { exact: false }).waitFor();
    await captureScreens(owner, 'console-document-feedback-current');
    await choice.selectOption({ label: 'Version 1' });
    await owner.getByText('This is the discussion of an earlier version.', { exact: false }).waitFor();
    await owner.getByText('The logo is too small in draft one').waitFor();
    await captureScreens(owner, 'console-document-feedback-earlier');

    // The client answers in version 1's discussion; staff click the notification and land on that discussion
    // (version 1 chosen, the message in view), not on the current version's.
    const alice = await pageAs(portico, 'alice@acme.example');
    const answer = await apiAs<{ id: string }>(alice, 'POST', `/threads/${v1Thread.id}/messages`, {
      body: 'Draft one had the better colours',
    });
    const versions = await apiAs<{ items: { id: string; number: number }[] }>(
      owner,
      'GET',
      `/documents/${documentId}/versions`,
    );
    const v1 = versions.items.find((version) => version.number === 1)!.id;
    await owner.goto(`${portico.baseUrl}/console/notifications`);
    const item = owner.locator('li.notification', { hasText: 'Draft one had the better colours' });
    await item.getByRole('link', { name: 'brochure.txt', exact: false }).click();
    await owner.getByRole('heading', { level: 1, name: 'brochure.txt' }).waitFor();
    await owner.locator(`#message-${answer.id}:focus`).waitFor();
    await owner.getByText('This is the discussion of an earlier version.', { exact: false }).waitFor();
    if ((await owner.getByLabel('Discussion of').inputValue()) !== v1) throw new Error('version 1 is not chosen');
    await owner.getByText('The logo is too small in draft one').waitFor();
    await captureScreens(owner, 'console-document-feedback-from-notification');
  });
});
