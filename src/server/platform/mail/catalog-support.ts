import type { CatalogEntry } from './catalog-types.ts';

const PORTAL = 'Northwind Advisory';
const MESSAGES = [
  {
    author: 'Jamie Lee',
    time: '2026-12-01 09:30',
    body: 'Thanks for the details. The corrected invoice is attached to the request.',
  },
];

/** A conversation's email: a reply marker above the messages when the mail has a reply address. */
const threadMail = (key: string, subject: 'mail.thread.ticketSubject' | 'mail.thread.subject'): CatalogEntry => ({
  key,
  family: 'support',
  subject,
  paragraphs: [{ each: 'messages', message: 'mail.thread.message' }],
  button: 'mail.thread.button',
  sample: { portal: PORTAL, number: 1042, subject: 'Invoice correction', messages: MESSAGES },
  sampleUrl: '/tickets/sample#message-sample',
  replyMarker: true,
});

/** Tickets, conversations, their digests and the satisfaction survey (tickets, conversations, satisfaction). */
export const SUPPORT_MAILS: CatalogEntry[] = [
  {
    key: 'ticketReceived',
    family: 'support',
    subject: 'mail.ticketReceived.subject',
    paragraphs: ['mail.ticketReceived.body', { message: 'mail.ticketReceived.reply', when: 'reply_by_email' }],
    button: 'mail.ticketReceived.button',
    sample: { portal: PORTAL, number: 1042, subject: 'Invoice correction', reply_by_email: 'yes' },
    sampleUrl: '/tickets/sample',
    replyMarker: true,
  },
  // An agent's reply to the customer, a customer's reply to the agents, a message of any other conversation.
  threadMail('ticketReply', 'mail.thread.ticketSubject'),
  threadMail('ticketCustomerReply', 'mail.thread.ticketSubject'),
  threadMail('threadMessage', 'mail.thread.subject'),
  {
    // When the portal hides message content in email: a pointer back, no text of the messages.
    key: 'threadHidden',
    family: 'support',
    subject: 'mail.thread.hidden.subject',
    paragraphs: ['mail.thread.hidden.body', 'mail.thread.hidden.signIn'],
    button: 'mail.thread.button',
    sample: { portal: PORTAL, number: 1042 },
    choices: { number: ['none'] },
    sampleUrl: '/tickets/sample',
  },
  {
    key: 'messagesDigest',
    family: 'support',
    subject: 'mail.digest.subject',
    paragraphs: ['mail.digest.body', { each: 'threads', message: 'mail.digest.line' }],
    button: 'mail.digest.button',
    sample: { portal: PORTAL, threads: [{ subject: 'Invoice correction', count: 2 }] },
    sampleUrl: '/',
  },
  {
    key: 'messagesDigestHidden',
    family: 'support',
    subject: 'mail.digest.subject',
    paragraphs: ['mail.digest.hidden'],
    button: 'mail.digest.button',
    sample: { portal: PORTAL },
    sampleUrl: '/',
  },
  {
    // The answer links (the button's and the second) must survive any edit: a template without both is refused.
    key: 'csat',
    family: 'support',
    subject: 'mail.csat.subject',
    paragraphs: ['mail.csat.body', { link: 'mail.csat.bad', url: 'bad_url' }],
    button: 'mail.csat.good',
    sample: {
      portal: PORTAL,
      number: 1042,
      subject: 'Invoice correction',
      bad_url: 'https://portal.example/rate#token=sample&rating=bad',
    },
    sampleUrl: '/rate#token=sample&rating=good',
    required: ['action_url', 'bad_url'],
  },
];
