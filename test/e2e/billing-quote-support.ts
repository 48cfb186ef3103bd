// The steps the quote end-to-end tests share: staff open a new quote for an account, send the draft, and the
// client opens and accepts it in the portal. What each test checks in between stays in the test.
import type { Page } from 'playwright-core';

/** Staff open the new-document page for the account with "Quote" chosen; the caller fills the lines. */
export async function startQuote(owner: Page, baseUrl: string, accountId: string) {
  await owner.goto(`${baseUrl}/console/billing/new?accountId=${accountId}`);
  await owner.getByRole('heading', { level: 1, name: 'New invoice or quote' }).waitFor();
  await owner.getByLabel('Type').selectOption({ label: 'Quote' });
}

/** Staff send the draft on its page; returns the quote's title (its number), as the client's list shows it. */
export async function sendQuote(owner: Page) {
  await owner.getByRole('button', { name: 'Send', exact: true }).click();
  const heading = owner.getByRole('heading', { level: 1, name: /^Quote Q-/ });
  await heading.waitFor();
  return (await heading.textContent())!;
}

/** The client opens the quote from their billing page. */
export async function openQuoteInPortal(client: Page, baseUrl: string, title: string) {
  await client.goto(`${baseUrl}/billing`);
  await client.getByRole('link', { name: title }).click();
  await client.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** The client signs with their name and accepts; the page says who accepted. */
export async function acceptQuote(client: Page, fullName: string) {
  await client.getByLabel('Your full name').fill(fullName);
  await client.getByLabel(/I accept this quote/).check();
  await client.getByRole('button', { name: 'Accept quote' }).click();
  await client.getByText(new RegExp(`Accepted by ${fullName}`)).waitFor();
}
