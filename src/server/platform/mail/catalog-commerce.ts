import type { CatalogEntry } from './catalog-types.ts';

/** Orders and returns (modules orders, returns): one email per status change, the status a choice of the text. */
export const COMMERCE_MAILS: CatalogEntry[] = [
  {
    key: 'orderStatus',
    family: 'commerce',
    subject: 'mail.order.status.subject',
    paragraphs: ['mail.order.status.body'],
    button: 'mail.order.status.button',
    sample: { portal: 'Northwind Advisory', number: 'SO-10452', status: 'shipped', account: 'Acme Manufacturing' },
    choices: {
      status: ['placed', 'paid', 'partially_fulfilled', 'fulfilled', 'shipped', 'delivered', 'cancelled', 'returned'],
    },
    sampleUrl: '/orders/sample',
  },
  {
    key: 'returnStatus',
    family: 'commerce',
    subject: 'mail.return.status.subject',
    paragraphs: ['mail.return.status.body'],
    button: 'mail.return.status.button',
    sample: {
      portal: 'Northwind Advisory',
      number: 'SO-10452-R1',
      order: 'SO-10452',
      status: 'approved',
      account: 'Acme Manufacturing',
      detail: '',
    },
    choices: { status: ['requested', 'approved', 'rejected', 'received', 'inspected', 'refunded', 'exchanged'] },
    sampleUrl: '/returns/sample',
  },
];
