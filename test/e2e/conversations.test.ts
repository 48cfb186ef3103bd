// Conversations: staff and a client exchange messages live (two browsers), an internal note stays with staff, a
// notification email links to the thread, and a reply sent by SMTP to its Reply-To address lands in the thread.
import { createServer } from 'node:net';
import nodemailer from 'nodemailer';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, launchBrowser, signInAs, startPortico, type RunningPortico } from '../support/e2e.ts';

let portico: RunningPortico;
let browser: Browser;
let smtpPort: number;
const contexts: BrowserContext[] = [];
/**
 * Live updates must arrive without a reload. The deadline is generous on purpose: on a loaded machine delivery
 * can take seconds, and how fast it is belongs to `npm run bench`, not to this test.
 */
const LIVE = { timeout: 15_000 };
const SUBJECT = `Delivery schedule ${Date.now().toString(36)}`;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

beforeAll(async () => {
  smtpPort = await freePort();
  [portico, browser] = await Promise.all([
    startPortico({
      INBOUND_SMTP_PORT: String(smtpPort),
      INBOUND_SMTP_HOST: '127.0.0.1',
      INBOUND_EMAIL_DOMAIN: 'reply.northwind.example',
    }),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await portico?.stop();
});

async function browserOf(timezoneId: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', timezoneId });
  contexts.push(context);
  return context.newPage();
}

async function personPage(email: string, timezoneId = 'Europe/Paris'): Promise<Page> {
  const page = await browserOf(timezoneId);
  await signInAs(page, portico.baseUrl, email);
  return page;
}

const thread = (page: Page) => page.getByRole('region', { name: 'Messages of this conversation' });
const reply = (page: Page) => page.getByRole('textbox', { name: 'Your reply' });

async function send(page: Page, text: string, options: { internal?: boolean } = {}) {
  await reply(page).fill(text);
  if (options.internal) {
    await page.getByLabel('Internal note (staff only)').check();
    await page.getByRole('button', { name: 'Add internal note' }).click();
  } else {
    await page.getByRole('button', { name: 'Send', exact: true }).click();
  }
  // Own message shows at once; the composer is emptied for the next one.
  await thread(page).getByText(text).waitFor();
  await expect.poll(() => reply(page).inputValue()).toBe('');
}

let alice: Page;
let owner: Page;
let threadPath = '';

describe('a conversation between a client and staff', () => {
  it('the client starts a thread, staff open it from the inbox, and each sees the other’s messages live', async () => {
    [alice, owner] = await Promise.all([
      personPage('alice@acme.example'),
      personPage('owner@northwind.example', 'America/New_York'),
    ]);

    await alice
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: /^Messages/ })
      .click();
    await alice.getByRole('heading', { level: 1, name: 'Messages' }).waitFor();
    await alice.getByRole('link', { name: 'New conversation' }).click();
    await alice.getByLabel('Subject').fill(SUBJECT);
    await alice.getByRole('textbox', { name: 'Message' }).fill('Hello, when will the **next delivery** arrive?');
    await alice.getByRole('button', { name: 'Send message' }).click();
    await alice.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    // Markdown is rendered by the server (bold), shown as HTML.
    await thread(alice).locator('strong', { hasText: 'next delivery' }).waitFor();
    threadPath = new URL(alice.url()).pathname;
    expect(threadPath).toMatch(/^\/threads\/[0-9a-f-]{36}$/);

    // Staff: the console's inbox lists the new thread with its account and unread count.
    await owner.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Inbox' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    const item = owner.getByRole('list', { name: 'Inbox' }).getByRole('listitem').filter({ hasText: SUBJECT });
    await item.getByText('Acme Manufacturing').waitFor();
    await item.getByText('1', { exact: true }).waitFor(); // unread badge
    await item.getByRole('link', { name: SUBJECT }).click();
    await owner.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    expect(new URL(owner.url()).pathname).toBe(`/console${threadPath}`);
    await thread(owner).getByText('next delivery').waitFor();
    // The account's page links back to its conversations.
    await owner.getByRole('link', { name: 'All conversations' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Messages · Acme Manufacturing' }).waitFor();
    await owner.getByRole('list', { name: 'Conversations' }).getByRole('link', { name: SUBJECT }).click();
    await owner.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();

    await send(owner, 'Hi Alice, it ships on Thursday.');
    await thread(alice).getByText('Hi Alice, it ships on Thursday.').waitFor(LIVE);

    await send(alice, 'Thank you, Thursday works.');
    await thread(owner).getByText('Thank you, Thursday works.').waitFor(LIVE);

    // Staff see who has read their message (Alice has the thread open).
    await thread(owner)
      .getByRole('article')
      .filter({ hasText: 'it ships on Thursday' })
      .getByText(/Seen by .*Alice Archer/)
      .waitFor(LIVE);
  });

  it('an internal note is shown to staff as a note and never to the client, even after reload', async () => {
    await send(owner, 'Note: check stock before Thursday.', { internal: true });
    const note = thread(owner).getByRole('article').filter({ hasText: 'check stock before Thursday' });
    await note.getByText('Internal note', { exact: true }).waitFor();
    expect(await note.evaluate((el) => el.classList.contains('message--internal'))).toBe(true);

    // A normal message after the note: once Alice sees it, a leaked note would have arrived too.
    await send(owner, 'Confirmed for Thursday morning.');
    await thread(alice).getByText('Confirmed for Thursday morning.').waitFor(LIVE);
    expect(await alice.getByText('check stock before Thursday').count()).toBe(0);
    await alice.reload();
    await thread(alice).getByText('Confirmed for Thursday morning.').waitFor();
    expect(await alice.getByText('check stock before Thursday').count()).toBe(0);
    expect(await alice.getByText('Internal note').count()).toBe(0);
  });
});

describe('editing, deleting and quoting', () => {
  it('the client’s edit and deletion reach staff live; a staff reply quotes the client', async () => {
    await send(alice, 'Can we move it to Fryday?');
    const mine = thread(alice).getByRole('article').filter({ hasText: 'Fryday' });
    await thread(owner).getByText('Can we move it to Fryday?').waitFor(LIVE);

    await mine.getByRole('button', { name: 'Edit' }).click();
    const editor = thread(alice).getByRole('textbox', { name: 'Edit message' });
    await editor.fill('Can we move it to Friday?');
    await thread(alice).getByRole('button', { name: 'Save changes' }).click();
    const edited = thread(owner).getByRole('article').filter({ hasText: 'Can we move it to Friday?' });
    await edited.waitFor(LIVE);
    await edited.getByText('(edited)').waitFor();

    // Staff quote it in their reply.
    await edited.getByRole('button', { name: /^Reply quoting/ }).click();
    await expect.poll(() => reply(owner).inputValue()).toContain('> Can we move it to Friday?');
    await reply(owner).press('End');
    await reply(owner).pressSequentially('Friday is fine.');
    await owner.getByRole('button', { name: 'Send', exact: true }).click();
    const answer = thread(alice).getByRole('article').filter({ hasText: 'Friday is fine.' });
    await answer.waitFor(LIVE);
    await answer.locator('blockquote').first().waitFor();

    // Alice deletes her message: both see the mark instead of the text.
    await thread(alice)
      .getByRole('article')
      .filter({ hasText: 'Can we move it to Friday?' })
      .first()
      .getByRole('button', { name: 'Delete' })
      .click();
    await alice
      .getByRole('alertdialog', { name: /^Delete this message\?/ })
      .getByRole('button', { name: 'Delete' })
      .click();
    await thread(alice).getByText('Message deleted').waitFor();
    await thread(owner).getByText('Message deleted').waitFor(LIVE);

    // The firm keeps the record: staff still read what it said (struck through); the client sees only the mark.
    await owner.reload();
    await thread(owner).locator('.message-body--deleted').getByText('Can we move it to Friday?').waitFor();
    await alice.reload();
    await thread(alice).getByText('Message deleted').waitFor();
    expect(await thread(alice).locator('.message-body--deleted').count()).toBe(0);
  });
});

/** The newest dev-outbox mail to `to` that links to the thread: its id and the link. */
async function threadMailTo(page: Page, to: string): Promise<{ mailId: string; link: string }> {
  await page.goto(`${portico.baseUrl}/console/mail`);
  await page.getByRole('heading', { level: 1, name: 'Mail outbox' }).waitFor();
  const row = page.getByRole('row').filter({ hasText: to }).first();
  const deadline = Date.now() + 60_000;
  while (!(await row.isVisible())) {
    if (Date.now() > deadline) throw new Error(`No mail to ${to} in the outbox`);
    await page.getByRole('button', { name: 'Refresh' }).click();
    await row.waitFor({ timeout: 500 }).catch(() => undefined);
  }
  await row.getByRole('link').click();
  const links = page.getByTestId('mail-text').getByRole('link');
  await links.first().waitFor();
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  const link = hrefs.find((href) => href.includes(threadPath));
  if (!link) throw new Error(`The mail has no link to ${threadPath}: ${hrefs.join(', ')}`);
  const mailId = new URL(page.url()).pathname.split('/').pop() ?? '';
  return { mailId, link };
}

describe('notification email', () => {
  let replyTo = '';

  it('reaches the client with a link that opens the thread after sign-in', async () => {
    // Email goes only to people who have not read the message. Alice had the thread open until now (she read
    // everything live), so take her elsewhere and send one more message she cannot have seen.
    await alice.goto(`${portico.baseUrl}/profile`);
    await alice.getByRole('heading', { level: 1, name: 'Profile' }).waitFor();
    await owner.goto(`${portico.baseUrl}/console${threadPath}`);
    await owner.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    await send(owner, 'The delivery note is attached to your invoice.');
    const { mailId, link } = await threadMailTo(owner, 'alice@acme.example');
    expect(mailId).toMatch(/^[0-9a-f-]{36}$/);
    replyTo = (await owner.getByTestId('mail-reply-to').textContent()) ?? '';

    const fresh = await browserOf('Europe/Paris');
    await fresh.goto(link);
    await fresh.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    // Sign in on the page the link led to, so its `next` brings Alice to the thread.
    await fresh.getByLabel('Email').fill('alice@acme.example');
    await fresh.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await fresh.getByRole('button', { name: 'Sign in', exact: true }).click();
    await fresh.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    await thread(fresh).getByText('Hi Alice, it ships on Thursday.').waitFor();
  });

  it('a reply sent by SMTP to its Reply-To lands in the staff’s open thread', async () => {
    expect(replyTo).toMatch(/@/);
    await owner.goto(`${portico.baseUrl}/console${threadPath}`);
    await owner.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
    await transport.sendMail({
      from: 'Alice Archer <alice@acme.example>',
      to: replyTo,
      subject: `Re: ${SUBJECT}`,
      text: 'Replying by email: Thursday morning is perfect.\n\nOn Monday, Portico wrote:\n> Confirmed for Thursday morning.\n',
    });
    transport.close();
    await thread(owner).getByText('Replying by email: Thursday morning is perfect.').waitFor({ timeout: 10_000 });
  });
});

describe('notification centre and email preferences', () => {
  it('the client’s bell counts a new message live and opens it; email can be turned off from Profile', async () => {
    await alice.goto(`${portico.baseUrl}/`);
    await alice.getByRole('heading', { level: 1, name: 'Welcome, Alice Archer' }).waitFor();
    // Start from zero, then a new staff message raises the badge without reload.
    const bell = alice.getByRole('button', { name: /^Notifications/ });
    await bell.click();
    const panel = alice.getByRole('region', { name: 'Notifications' });
    const markAll = panel.getByRole('button', { name: 'Mark all as read' });
    if (await markAll.isVisible()) await markAll.click();
    await alice.getByRole('button', { name: 'Notifications', exact: true }).waitFor();
    await bell.click(); // close

    await send(owner, 'One more thing: bring the delivery note.');
    await alice.getByRole('button', { name: 'Notifications, 1 unread' }).waitFor(LIVE);
    await bell.click();
    await panel.getByRole('listitem').filter({ hasText: 'bring the delivery note' }).getByRole('link').click();
    await alice.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    await thread(alice).getByText('bring the delivery note').waitFor();
    await alice.getByRole('button', { name: 'Notifications', exact: true }).waitFor();

    await alice.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click();
    await alice.getByRole('link', { name: 'Notification email preferences' }).click();
    await alice.getByRole('heading', { level: 1, name: 'Notification emails' }).waitFor();
    const messages = alice.getByRole('group', { name: 'Messages' });
    await messages.getByLabel('Immediately').waitFor();
    expect(await messages.getByLabel('Immediately').isChecked()).toBe(true);
    await messages.getByLabel('Off').check();
    await alice.getByRole('button', { name: 'Save' }).click();
    await alice.getByText('Email preferences saved').waitFor();
    await alice.reload();
    await alice.getByRole('group', { name: 'Messages' }).getByLabel('Off').waitFor();
    expect(await alice.getByRole('group', { name: 'Messages' }).getByLabel('Off').isChecked()).toBe(true);
  });
});
