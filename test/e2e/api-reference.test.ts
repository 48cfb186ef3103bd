// The API reference at /api/docs: the interactive renderer loads from our own origin under the portal's strict CSP
// (a violation would leave the page empty and log to the console), lists the operations of the contract, and its
// try-it sends a real request with the signed-in person's session.
import { describe, expect, it } from 'vitest';
import { captureScreens, newPage, signInAs, usePortico } from '../support/e2e.ts';

const e2e = usePortico();

describe('API reference', () => {
  it('renders the contract and tries an operation with the session', async () => {
    const page = await newPage(e2e.browser);
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await signInAs(page, e2e.baseUrl, 'dana.diaz@customers.example');

    await page.goto(`${e2e.baseUrl}/api/docs`);
    const meOperation = page.locator('#operations-me-get_api_v1_me');
    // Operations start folded under their tags: open "me". The first render parses the whole contract (hundreds of
    // operations), which on a loaded 2-core machine can take longer than a click's usual wait.
    const meTag = page.locator('#operations-tag-me');
    await meTag.waitFor({ timeout: 120_000 });
    await meTag.click();
    await meOperation.waitFor();
    // Both ways in are offered: the session cookie and a bearer API token.
    await page.getByRole('button', { name: /Authorize/ }).waitFor();
    await captureScreens(page, 'api-reference');

    await meOperation.locator('.opblock-summary').click();
    await meOperation.getByRole('button', { name: 'Try it out' }).click();
    await meOperation.getByRole('button', { name: 'Execute' }).click();
    const responses = meOperation.locator('.live-responses-table');
    await responses.getByText('dana.diaz@customers.example').first().waitFor();
    expect(await responses.locator('tbody .response-col_status').first().innerText()).toContain('200');
    // The request snippet shows how to call it from a shell.
    await meOperation
      .getByText(/curl -X 'GET'/)
      .first()
      .waitFor();
    expect(problems.filter((text) => /Content Security Policy|Refused/i.test(text))).toEqual([]);
  });
});
